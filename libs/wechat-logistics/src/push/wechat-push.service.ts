import { Logger } from '@nestjs/common';
import { logFields } from '../log-fields';
import { type ResolvedPushOptions } from '../options/resolved-options';
import { type PathUpdateContext } from './path-update-context';
import { type PathUpdateEvent } from './path-update-event';
import { type PathUpdateHandlerRegistry } from './path-update-handler-registry';
import { PushHandlerFailedError } from './push-handler-failed.error';
import { type PushEventLedger } from './push-event-ledger';
import {
  type PushMessageDecoder,
  type PushQuery,
  type PushRequest,
} from './push-message-decoder';
import { WechatPushError } from './wechat-push.error';

/** What became of an accepted push; every outcome is answered `success`. */
export type PushOutcome =
  | {
      readonly status: 'processed';
      readonly event: PathUpdateEvent;
      readonly stale: boolean;
    }
  | { readonly status: 'duplicate'; readonly event: PathUpdateEvent }
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
 * `@OnPathUpdate()` handler. Transport-agnostic: the app's controller passes the
 * raw request in and answers `success` (see the demo's PushEventsController).
 */
export class WechatPushService {
  private readonly logger = new Logger('WechatLogistics');
  /** Events being handled right now, so a re-send arriving meanwhile is not handled twice here. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly decoder: PushMessageDecoder | undefined,
    private readonly options: ResolvedPushOptions | undefined,
    private readonly ledger: PushEventLedger,
    private readonly registry: PathUpdateHandlerRegistry,
  ) {}

  /** Whether `pushToken` is configured. */
  get enabled(): boolean {
    return this.decoder !== undefined;
  }

  /** Answers WeChat's URL verification: returns `echostr` verbatim when the signature holds. */
  verifyUrl(query: PushQuery): string {
    return this.requireDecoder().verifyUrl(query);
  }

  /**
   * Verifies, decodes and dispatches one push. Throws `WechatPushError` for a
   * push that must be refused (401, 400, 413, 415) and `PushHandlerFailedError`
   * when a handler failed (answer 500: WeChat re-sends).
   */
  async receive(request: PushRequest): Promise<PushOutcome> {
    const decoded = this.requireDecoder().decode(request);
    const expected = this.options?.format ?? 'any';
    if (expected !== 'any' && decoded.format !== expected) {
      throw new WechatPushError(
        'unsupported',
        `push arrived as ${decoded.format}; the console is set to ${expected}`,
      );
    }
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
    const { event } = decoded;
    const key = `${event.deliveryId}:${event.waybillId}:${event.version}`;
    if (this.inFlight.has(key) || (await this.ledger.wasProcessed(event))) {
      this.logger.debug(
        `Path update dropped as a duplicate ${logFields({ deliveryId: event.deliveryId, waybillId: event.waybillId, version: event.version })}`,
      );
      return { status: 'duplicate', event };
    }
    this.inFlight.add(key);
    try {
      const previousVersion = await this.ledger.newestVersion(event.waybillId);
      const stale =
        previousVersion !== undefined && event.version < previousVersion;
      await this.dispatch(event, {
        stale,
        previousVersion,
        mode: decoded.mode,
        format: decoded.format,
      });
      await this.ledger.recordProcessed(event);
      return { status: 'processed', event, stale };
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async dispatch(
    event: PathUpdateEvent,
    context: PathUpdateContext,
  ): Promise<void> {
    const subject = `logistics.onPathUpdate order ${event.orderId} waybill ${event.waybillId} version ${event.version}`;
    const timeoutMs = this.options?.handlerTimeoutMs ?? 4000;
    const handlers = this.registry.handlers;
    const outcomes = await Promise.all(
      handlers.map((handler) =>
        withTimeout(
          Promise.resolve().then(() => handler.handle(event, context)),
          timeoutMs,
        ),
      ),
    );
    const failed = handlers.filter((_, i) => outcomes[i] !== undefined);
    if (failed.length > 0) {
      const causes = outcomes.filter((o): o is Error => o !== undefined);
      // Logged in full (minus secrets) so an event WeChat eventually gives up on is never silently lost.
      this.logger.error(
        `Path-update handler failed ${logFields({
          api: 'logistics.onPathUpdate',
          orderId: event.orderId,
          waybillId: event.waybillId,
          version: event.version,
          handlers: failed.map((h) => h.name).join(','),
          causes: causes.map((c) => c.message).join('; '),
          event: JSON.stringify(event),
        })}`,
      );
      throw new PushHandlerFailedError(
        subject,
        failed.map((h) => h.name),
        { cause: causes[0] },
      );
    }
  }

  private requireDecoder(): PushMessageDecoder {
    if (!this.decoder)
      throw new WechatPushError(
        'unsupported',
        'push events are not configured (no pushToken)',
      );
    return this.decoder;
  }
}

/** Resolves to undefined on success, or the error (a timeout included); never rejects. */
async function withTimeout(
  work: Promise<unknown>,
  timeoutMs: number,
): Promise<Error | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Error>((resolve) => {
    timer = setTimeout(
      () => resolve(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      work.then(
        () => undefined,
        (error: unknown) =>
          error instanceof Error ? error : new Error(String(error)),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
