import { type ResolvedPushOptions } from '../core/options/resolved-options';
import { type SharedStore } from '../core/store/shared-store';
import { ResolvedPushMessageDecoderOptions } from '../push/push-decoder-options';
import { PushMessageDecoder } from '../push/push-message-decoder';
import { PushEventLedger } from './push-event-ledger';

/** One mini program's push handling: its console's Token and key, its own dedupe records. */
export interface AppPush {
  readonly decoder: PushMessageDecoder;
  readonly options: ResolvedPushOptions;
  readonly ledger: PushEventLedger;
}

/**
 * An app's push handling, from push options options/ checked at bootstrap
 * (taken as they are: the decoder does not check them again).
 */
export function createAppPush(
  options: ResolvedPushOptions,
  appId: string | undefined,
  store: SharedStore,
): AppPush {
  return {
    options,
    decoder: new PushMessageDecoder(
      new ResolvedPushMessageDecoderOptions({
        token: options.token,
        encodingAesKey: options.encodingAesKey,
        appId: appId || undefined,
        timestampToleranceSeconds: options.timestampToleranceSeconds,
        maxBodyBytes: options.maxBodyBytes,
        requireEncryption: options.mode !== 'plain',
        now: Date.now,
      }),
    ),
    // The shared store holds the ledger too: shared across instances when the app shares it (Redis).
    ledger: new PushEventLedger(
      store,
      `wechat-logistics:push:${appId ?? 'default'}`,
      options.dedupeTtlSeconds * 1000,
    ),
  };
}
