import { Injectable, Logger } from '@nestjs/common';
import { logFields } from '../core/logging/log-fields';
import { type OpenedPush } from '../push/opened-push';
import { type PushReply, SUCCESS_REPLY } from '../push/push-reply';
import {
  type PushRequest,
  type RawPushQuery,
} from '../push/push-message-decoder';
import { type AppPush } from './app-push';
import { type PushOutcome } from './push-outcome';
import { DurablePushQueue } from './queue/durable-push-queue';
import { type FailedPushDelivery } from './queue/failed-push-delivery';
import { PushRefusalLog } from './push-refusal-log';
import { WechatPushError } from '../push/wechat-push.error';
import { type AcceptedWechatEvent } from './accepted-wechat-event';
import { WechatEventDispatcher } from './wechat-event-dispatcher';
import { typedEventNamed, type WechatTypedEventName } from './wechat-event-map';

export { type PushOutcome } from './push-outcome';

/** A push as the app's controller hands it over; `appId` names the mini program (the default one when absent). */
export interface AppPushRequest extends PushRequest {
  readonly appId?: string;
}

/**
 * Receives every push of a mini program's one push URL: verifies it
 * (signature or msg_signature, AES and the AppID, the timestamp window) and
 * routes it by name. A typed event (`WechatEventMap`: `add_express_path`, the
 * `trade_manage_*` events of 发货信息管理, 即时配送's `update_waybill_status`)
 * is mapped to camelCase and handed to its `@OnWechatEvent(name)` handlers
 * (`@OnPathUpdate()` for path updates) exactly once across the cluster:
 * re-sends are dropped by the event's own dedupe key, and path updates that
 * arrive after a newer version are flagged stale. Anything else (a user's
 * message, an untyped event) goes, as WeChat sent it, to
 * `@OnWechatEvent(itsName)` and `@OnWechatEvent('*')` handlers, once per
 * receive. Transport-agnostic: the app's controller passes the raw request
 * in and sends `outcome.reply` (a complete controller for Express and
 * Fastify: the package README's "Receiving pushes").
 *
 * Each mini program has its own console settings: `receive({ appId, … })`
 * verifies with that app's Token and EncodingAESKey, handlers learn the app
 * from `context.appId`, and dedupe and ordering are kept per app.
 *
 * Typed events are handled inline (during WeChat's request) by default, or
 * from a BullMQ queue with `pushDelivery` (durable: retried, and listed and
 * replayed here when they never succeed).
 */
@Injectable()
export class WechatPushService {
  private readonly logger = new Logger('WechatLogistics');
  private readonly refusals = new PushRefusalLog();

  constructor(
    private readonly dispatcher: WechatEventDispatcher,
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
    const opened = push.decoder.open(request);
    const expected = push.options.format;
    if (expected !== 'any' && opened.format !== expected) {
      throw new WechatPushError(
        'unsupported',
        `push arrived as ${opened.format}; the console is set to ${expected}`,
      );
    }
    // The routing point: a typed event goes to its exactly-once handling, anything else to the plain handlers.
    const definition =
      opened.msgType === 'event' ? typedEventNamed(opened.name) : undefined;
    if (!definition) return this.deliverUntyped(appId, push, opened, deadline);
    const event = definition.map(opened.fields);
    const reply = definition.reply
      ? push.decoder.reply(
          opened,
          definition.reply(event, Math.floor(Date.now() / 1000)),
        )
      : SUCCESS_REPLY;
    if (!this.dispatcher.isHandled(definition.name))
      return this.ignored(appId, opened, reply);
    const accepted: AcceptedWechatEvent = {
      appId,
      name: definition.name,
      event,
      mode: opened.mode,
      format: opened.format,
    };
    if (!this.queue.enabled) {
      // Inline: WeChat's re-sends are the retries, so every failure is the last one this instance sees.
      const handled = await this.dispatcher.handleOnce(
        accepted,
        push,
        true,
        deadline,
      );
      return { ...handled, name: definition.name, reply } as PushOutcome;
    }
    const status = await this.queue.enqueue(
      accepted,
      () =>
        push.ledger.wasProcessed(
          this.dispatcher.dedupeKeyOf(accepted),
          deadline,
        ),
      deadline,
    );
    return { status, name: definition.name, event, reply } as PushOutcome;
  }

  private async deliverUntyped(
    appId: string | undefined,
    push: AppPush,
    opened: OpenedPush,
    deadline: number,
  ): Promise<PushOutcome> {
    const taken = await this.dispatcher.handleUntyped(
      appId,
      push,
      opened,
      deadline,
    );
    if (!taken) return this.ignored(appId, opened, SUCCESS_REPLY);
    return {
      status: 'delivered',
      msgType: opened.msgType,
      event: opened.msgType === 'event' ? opened.name : undefined,
      reply: SUCCESS_REPLY,
    };
  }

  /** Nobody handles it: acknowledged; its name (never its content) at debug. */
  private ignored(
    appId: string | undefined,
    opened: OpenedPush,
    reply: PushReply,
  ): PushOutcome {
    const event = opened.msgType === 'event' ? opened.name : undefined;
    this.logger.debug(
      `Push ignored ${logFields({ appId, msgType: opened.msgType, event })}`,
    );
    return { status: 'ignored', msgType: opened.msgType, event, reply };
  }

  /**
   * Durable delivery: events whose handlers failed on every attempt, `limit`
   * (default 100) from `offset`: path updates, or the typed events named by
   * `event` (`'*'`: all of them, told apart by `name`). Empty with inline
   * delivery, which keeps no failed set (WeChat's re-sends are its retries).
   */
  async failedDeliveries(options?: {
    limit?: number;
    offset?: number;
  }): Promise<FailedPushDelivery[]>;
  async failedDeliveries<Name extends WechatTypedEventName | '*'>(options: {
    event: Name;
    limit?: number;
    offset?: number;
  }): Promise<FailedPushDelivery<Name>[]>;
  async failedDeliveries(
    options: {
      event?: WechatTypedEventName | '*';
      limit?: number;
      offset?: number;
    } = {},
  ): Promise<FailedPushDelivery<'*'>[]> {
    if (!this.queue.enabled) return [];
    return this.queue.failed(
      options.limit ?? 100,
      options.offset ?? 0,
      options.event ?? 'add_express_path',
    );
  }

  /**
   * Durable delivery: puts failed events (`ids`, else all of them, of every kind) back
   * on the queue with fresh attempts; resolves to how many went back. 0 with
   * inline delivery.
   */
  async replayFailedDeliveries(ids?: readonly string[]): Promise<number> {
    if (!this.queue.enabled) return 0;
    return this.queue.replay(ids);
  }
}
