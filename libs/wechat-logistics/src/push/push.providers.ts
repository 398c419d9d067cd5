import { type Provider } from '@nestjs/common';
import { type Cache } from 'cache-manager';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import {
  RESOLVED_WECHAT_LOGISTICS_OPTIONS,
  WECHAT_TOKEN_CACHE,
} from '../wechat-logistics.constants';
import { PathUpdateHandlerRegistry } from './path-update-handler-registry';
import { PushEventLedger } from './push-event-ledger';
import { PushMessageDecoder } from './push-message-decoder';
import { WechatPushService } from './wechat-push.service';

const WECHAT_PUSH_DECODER = Symbol('WECHAT_PUSH_DECODER');

/** Push handling: built at bootstrap, so a bad pushToken or encodingAesKey fails the app's start. */
export const pushProviders: Provider[] = [
  {
    provide: WECHAT_PUSH_DECODER,
    useFactory: ({
      push,
      appId,
    }: ResolvedWechatLogisticsOptions): PushMessageDecoder | null =>
      push
        ? new PushMessageDecoder({
            token: push.token,
            encodingAesKey: push.encodingAesKey,
            appId,
            timestampToleranceSeconds: push.timestampToleranceSeconds,
            maxBodyBytes: push.maxBodyBytes,
            requireEncryption: push.mode !== 'plain',
          })
        : null,
    inject: [RESOLVED_WECHAT_LOGISTICS_OPTIONS],
  },
  {
    // The token store doubles as the ledger's: shared across instances when the app shares it (Redis).
    provide: PushEventLedger,
    useFactory: (
      cache: Cache,
      { appId, push }: ResolvedWechatLogisticsOptions,
    ) =>
      new PushEventLedger(
        cache,
        `wechat-logistics:push:${appId ?? 'default'}`,
        (push?.dedupeTtlSeconds ?? 1) * 1000,
      ),
    inject: [WECHAT_TOKEN_CACHE, RESOLVED_WECHAT_LOGISTICS_OPTIONS],
  },
  PathUpdateHandlerRegistry,
  {
    provide: WechatPushService,
    useFactory: (
      decoder: PushMessageDecoder | null,
      options: ResolvedWechatLogisticsOptions,
      ledger: PushEventLedger,
      registry: PathUpdateHandlerRegistry,
    ) =>
      new WechatPushService(
        decoder ?? undefined,
        options.push,
        ledger,
        registry,
      ),
    inject: [
      WECHAT_PUSH_DECODER,
      RESOLVED_WECHAT_LOGISTICS_OPTIONS,
      PushEventLedger,
      PathUpdateHandlerRegistry,
    ],
  },
];
