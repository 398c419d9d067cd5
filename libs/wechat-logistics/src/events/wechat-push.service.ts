import { Injectable, Logger } from '@nestjs/common';
import { logFields } from '../core/logging/log-fields';
import { PathUpdateDispatcher } from './path-update-dispatcher';
import { type PathUpdateEvent } from '../push/path-update-event';
import {
  type PushRequest,
  type RawPushQuery,
} from '../push/push-message-decoder';
import { DurablePushQueue } from './queue/durable-push-queue';
import { type FailedPushDelivery } from './queue/failed-push-delivery';
import { PushRefusalLog } from './push-refusal-log';
import { WechatPushError } from '../push/wechat-push.error';

/** A push as the app's controller hands it over; `appId` names the mini program (the default one when absent). */
export interface AppPushRequest extends PushRequest {
  readonly appId?: string;
}

/** What became of an accepted push; every outcome is answered `success`. */
export type PushOutcome =
  | {
      readonly status: 'processed';
      readonly event: PathUpdateEvent;
      readonly stale: boolean;
    }
  | { readonly status: 'duplicate'; readonly event: PathUpdateEvent }
  /** Durable delivery: on the queue, handlers run from there (`pushDelivery`). */
  | { readonly status: 'queued'; readonly event: PathUpdateEvent }
  | {
      readonly status: 'ignored';
      readonly msgType: string;
      readonly event: string | undefined;
    };

/**
 * Receives WeChat's message pushes: verifies them (signature or msg_signature,
 * AES and the AppID, the timestamp window), decodes XML or JSON into a typed
 * `PathUpdateEvent`, drops re-sends of what was already processed, flags events
 * that arrive after a newer version as stale, and hands each new event to every
 * `@OnPathUpdate()` handler, exactly once across the cluster. Transport-agnostic:
 * the app's controller passes the raw request in and answers `success` (a
 * complete controller for Express and Fastify: the package README's
 * "Receiving path-update pushes").
 *
 * Each mini program has its own console settings: `receive({ appId, … })`
 * verifies with that app's Token and EncodingAESKey, handlers learn the app
 * from `context.appId`, and dedupe and ordering are kept per app.
 *
 * Handlers run inline (during WeChat's request) by default, or from a BullMQ
 * queue with `pushDelivery` (durable: retried, and listed and replayed here
 * when they never succeed).
 */
@Injectable()
export class WechatPushService {
  private readonly logger = new Logger('WechatLogistics');
  private readonly refusals = new PushRefusalLog();

  constructor(
    private readonly dispatcher: PathUpdateDispatcher,
    private readonly queue: DurablePushQueue,
  ) {}

  /** Whether the default app has a `pushToken` (other apps: `receive` refuses those without one, 415). */
  get enabled(): boolean {
    return this.dispatcher.hasDefaultPush;
  }

  /** `queue` with `pushDelivery: { queue }`, else `inline`. */
  get delivery(): 'inline' | 'queue' {
    return this.queue.enabled ? 'queue' : 'inline';
  }

  /** Answers WeChat's URL verification for `appId` (default app when absent): `echostr` verbatim when the signature holds. */
  async verifyUrl(query: RawPushQuery, appId?: string): Promise<string> {
    try {
      return (await this.dispatcher.pushOf(appId)).push.decoder.verifyUrl(
        query,
      );
    } catch (error) {
      this.refusals.report(error, appId);
      throw error;
    }
  }

  /**
   * Verifies, decodes and delivers one push for `request.appId` (the default
   * app when absent), within the app's `push.answerBudgetMs` (4 s) of this
   * call. Throws `WechatPushError` for a push that must be refused (401, 400,
   * 413, 415) or tried again later (503: in progress elsewhere, the claim,
   * ledger or queue not answering within the budget), `WechatUnknownAppError`
   * for an app the module does not know (404), and, inline,
   * `PushHandlerFailedError` when a handler failed or overran (answer 500:
   * WeChat re-sends).
   */
  async receive(request: AppPushRequest): Promise<PushOutcome> {
    const startedAt = Date.now();
    try {
      return await this.deliver(request, startedAt);
    } catch (error) {
      this.refusals.report(error, request.appId);
      throw error;
    }
  }

  private async deliver(
    request: AppPushRequest,
    startedAt: number,
  ): Promise<PushOutcome> {
    // The app's own AppID, however the push named it (absent on the default app's route, or explicit):
    // one app, one claim, one ledger and one queue job.
    const { appId, push } = await this.dispatcher.pushOf(request.appId);
    const deadline = startedAt + push.options.answerBudgetMs;
    const decoded = push.decoder.decode(request);
    const expected = push.options.format;
    if (expected !== 'any' && decoded.format !== expected) {
      throw new WechatPushError(
        'unsupported',
        `push arrived as ${decoded.format}; the console is set to ${expected}`,
      );
    }
    // The routing point: each kind of decoded push goes to its own handling here.
    if (decoded.kind === 'ignored') {
      this.logger.debug(
        `Push ignored ${logFields({ msgType: decoded.msgType, event: decoded.event })}`,
      );
      return {
        status: 'ignored',
        msgType: decoded.msgType,
        event: decoded.event,
      };
    }
    const accepted = {
      appId,
      event: decoded.event,
      mode: decoded.mode,
      format: decoded.format,
    };
    if (!this.queue.enabled)
      // Inline: WeChat's re-sends are the retries, so every failure is the last one this instance sees.
      return this.dispatcher.handleOnce(accepted, push, true, deadline);
    const status = await this.queue.enqueue(
      accepted,
      () => push.ledger.wasProcessed(accepted.event, deadline),
      deadline,
    );
    return { status, event: accepted.event };
  }

  /**
   * Durable delivery: path updates whose handlers failed on every attempt,
   * `limit` (default 100) from `offset`. Empty with inline delivery, which
   * keeps no failed set (WeChat's re-sends are its retries).
   */
  async failedDeliveries(
    options: { limit?: number; offset?: number } = {},
  ): Promise<FailedPushDelivery[]> {
    if (!this.queue.enabled) return [];
    return this.queue.failed(options.limit ?? 100, options.offset ?? 0);
  }

  /**
   * Durable delivery: puts failed path updates (`ids`, else all of them) back
   * on the queue with fresh attempts; resolves to how many went back. 0 with
   * inline delivery.
   */
  async replayFailedDeliveries(ids?: readonly string[]): Promise<number> {
    if (!this.queue.enabled) return 0;
    return this.queue.replay(ids);
  }
}
