import { setTimeout as sleep } from 'node:timers/promises';
import { PushCipher } from '../../push';
import { type EmulatorClock } from '../state/emulator-clock';
import { type EmulatedPushMessage } from './emulated-push-message';
import { type ResolvedEmulatorPushOptions } from './emulator-push-options';
import { newPushNonce, sealPush } from './push-envelope';
import {
  type MutablePushDelivery,
  type PushAttempt,
  type PushDelivery,
  type PushLog,
} from './push-log';
import {
  isPlainAcknowledgement,
  type PushReplyKind,
  readReplyMessage,
} from './push-reply-reading';
import { postOnce } from './push-transport';

export interface AppPusherDeps {
  /** The app whose pushes these are: the cipher's AppID and each delivery's `appId`. */
  readonly appId: string;
  readonly clock: EmulatorClock;
  readonly log: PushLog;
  /** Aborted by `stop()`: ends requests and retry pauses, and no retry follows. */
  readonly lifetime: AbortSignal;
}

interface ActiveConfig {
  readonly options: ResolvedEmulatorPushOptions;
  readonly cipher: PushCipher | undefined;
}

/** Builds an event from what only the push settings and the clock know. */
export type PushMessageBuilder = (
  toUserName: string,
  createTime: number,
) => EmulatedPushMessage;

/**
 * WeChat's side of message push for one app (§11.2), whatever the event:
 * a signed, possibly encrypted POST to the app's push URL, waiting up to
 * `replyTimeoutMs` for `success` and re-sending the same event up to
 * `retries` times. Runs in the background: the API reply (or control) that
 * caused the event never waits for it. Every family pushes through it.
 */
export class AppPusher {
  private active: ActiveConfig | undefined;

  constructor(private readonly deps: AppPusherDeps) {}

  /** Takes effect for pushes started afterwards; pushes in flight keep their settings. */
  configure(options: ResolvedEmulatorPushOptions | undefined): void {
    this.active = options && {
      options,
      cipher:
        options.mode === 'plain' || options.encodingAesKey === undefined
          ? undefined
          : new PushCipher(options.encodingAesKey, this.deps.appId),
    };
  }

  /** The Token of the current settings (intracity signs its callbacks with it); undefined while off. */
  get token(): string | undefined {
    return this.active?.options.token;
  }

  get enabled(): boolean {
    return this.active !== undefined;
  }

  /**
   * Starts delivering the event `build` makes, about `orderId` (see
   * `PushDelivery.orderId`), or returns undefined when push is off. The event
   * (CreateTime included) is fixed now, so retries repeat it. `replyKind`
   * 'reply-message': the event requires a reply message, not `success`
   * (see push-reply-reading.ts); each attempt records what it decoded.
   */
  push(
    orderId: string,
    build: PushMessageBuilder,
    replyKind: PushReplyKind = 'success',
  ): Promise<PushDelivery> | undefined {
    const config = this.active;
    if (!config) return undefined;
    const { options } = config;
    const event = build(options.toUserName, this.deps.clock.nowSeconds());
    return this.deps.log.start(
      {
        appId: this.deps.appId,
        orderId,
        url: options.url,
        mode: options.mode,
        format: options.format,
        event,
      },
      (record) => this.deliver(record, config, replyKind),
    );
  }

  private async deliver(
    record: MutablePushDelivery,
    config: ActiveConfig,
    replyKind: PushReplyKind,
  ): Promise<void> {
    const { lifetime } = this.deps;
    for (let attempt = 0; attempt <= config.options.retries; attempt += 1) {
      if (attempt > 0 && config.options.retryDelayMs > 0) {
        await sleep(config.options.retryDelayMs, undefined, {
          signal: lifetime,
        }).catch(() => undefined);
      }
      if (lifetime.aborted) return;
      const { accepted, ...result } = await this.attempt(
        record.event,
        config,
        replyKind,
      );
      record.attempts.push(result);
      if (accepted) {
        record.delivered = true;
        return;
      }
    }
  }

  /** One request, signed afresh: new timestamp and nonce, same event. */
  private async attempt(
    event: EmulatedPushMessage,
    { options, cipher }: ActiveConfig,
    replyKind: PushReplyKind,
  ): Promise<PushAttempt & { readonly accepted: boolean }> {
    const { clock, lifetime } = this.deps;
    const at = clock.now();
    const sealed = sealPush(event, options, {
      timestamp: String(Math.floor(at / 1000)),
      nonce: newPushNonce(),
      cipher,
    });
    const url = new URL(options.url);
    for (const [key, value] of Object.entries(sealed.query)) {
      url.searchParams.set(key, value);
    }
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const reply = await postOnce(url, {
        body: sealed.body,
        contentType: sealed.contentType,
        timeoutMs: options.replyTimeoutMs,
        lifetime,
      });
      const durationMs = elapsed();
      const sent = { at, query: sealed.query, ...reply, durationMs };
      if (reply.status < 200 || reply.status > 299)
        return { ...sent, accepted: false };
      if (replyKind === 'success')
        return { ...sent, accepted: isPlainAcknowledgement(reply.body) };
      const reading = readReplyMessage(reply.body, {
        token: options.token,
        cipher,
      });
      return {
        ...sent,
        accepted: reading.accepted,
        ...(reading.fields ? { reply: reading.fields } : {}),
        ...(reading.note ? { replyNote: reading.note } : {}),
      };
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        at,
        query: sealed.query,
        error: message,
        durationMs: elapsed(),
        accepted: false,
      };
    }
  }
}
