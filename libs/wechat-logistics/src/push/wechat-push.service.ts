import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AppPush } from '../apps/app-runtime';
import { WechatAppRegistry } from '../apps/wechat-app-registry';
import { WechatPushClaim } from '../interfaces';
import { logFields } from '../log-fields';
import { settleBy } from '../timing/deadline';
import { type PathUpdateContext } from './path-update-context';
import { type PathUpdateEvent } from './path-update-event';
import { PathUpdateHandlerRegistry } from './path-update-handler-registry';
import { PushHandlerFailedError } from './push-handler-failed.error';
import { type PushQuery, type PushRequest } from './push-message-decoder';
import { WechatPushError } from './wechat-push.error';

/** How long a claim outlives the handlers' time: the ledger writes after them, with room to spare. */
const CLAIM_SLACK_MS = 5000;

function inProgress(event: PathUpdateEvent): WechatPushError {
  return new WechatPushError(
    'in-progress',
    `version ${event.version} of waybill ${event.waybillId} is being handled right now; WeChat will re-send it`,
  );
}

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
 *
 * Each mini program has its own console settings: `receive({ appId, … })`
 * verifies with that app's Token and EncodingAESKey, handlers learn the app
 * from `context.appId`, and dedupe and ordering are kept per app.
 */
@Injectable()
export class WechatPushService {
  private readonly logger = new Logger('WechatLogistics');
  /** Claims this process holds right now: a copy arriving meanwhile is in progress, whatever the claim store says. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly apps: WechatAppRegistry,
    private readonly registry: PathUpdateHandlerRegistry,
    @Inject(WechatPushClaim) private readonly claims: WechatPushClaim,
  ) {}

  /** Whether the default app has a `pushToken` (other apps: `receive` refuses those without one, 415). */
  get enabled(): boolean {
    return this.apps.defaultApp?.push !== undefined;
  }

  /** Answers WeChat's URL verification for `appId` (default app when absent): `echostr` verbatim when the signature holds. */
  async verifyUrl(query: PushQuery, appId?: string): Promise<string> {
    return (await this.pushOf(appId)).push.decoder.verifyUrl(query);
  }

  /**
   * Verifies, decodes and dispatches one push for `request.appId` (the default
   * app when absent). Throws `WechatPushError` for a push that must be refused
   * (401, 400, 413, 415), `WechatUnknownAppError` for an app the module does
   * not know (404), and `PushHandlerFailedError` when a handler failed (answer
   * 500: WeChat re-sends).
   */
  async receive(request: AppPushRequest): Promise<PushOutcome> {
    // The app's own AppID, however the push named it (absent on the default app's route, or explicit):
    // one app, one claim and one ledger.
    const { appId, push } = await this.pushOf(request.appId);
    const { decoder, options, ledger } = push;
    const decoded = decoder.decode(request);
    const expected = options.format;
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
    if (await ledger.wasProcessed(event)) return this.duplicate(appId, event);
    const claim = await this.claim(appId, event, options.handlerTimeoutMs);
    try {
      // Another instance may have finished it between the check and the claim.
      if (await ledger.wasProcessed(event)) return this.duplicate(appId, event);
      const previousVersion = await ledger.newestVersion(event.waybillId);
      const stale =
        previousVersion !== undefined && event.version < previousVersion;
      await this.dispatch(event, options.handlerTimeoutMs, {
        appId,
        stale,
        previousVersion,
        mode: decoded.mode,
        format: decoded.format,
      });
      await ledger.recordProcessed(event);
      return { status: 'processed', event, stale };
    } finally {
      claim.release();
    }
  }

  private duplicate(
    appId: string | undefined,
    event: PathUpdateEvent,
  ): PushOutcome {
    this.logger.debug(
      `Path update dropped as a duplicate ${logFields({ appId, deliveryId: event.deliveryId, waybillId: event.waybillId, version: event.version })}`,
    );
    return { status: 'duplicate', event };
  }

  /**
   * Claims the event for this instance, cluster-wide: a copy being handled
   * elsewhere (or here) is refused as in progress (503), so WeChat re-sends
   * it and the re-send finds it processed or free. The claim outlives the
   * handlers' time, so one held by a crashed instance expires. If the claim
   * store fails, this process still guards its own copies and handles the
   * event: a store outage must not lose pushes.
   */
  private async claim(
    appId: string | undefined,
    event: PathUpdateEvent,
    handlerTimeoutMs: number,
  ): Promise<{ release(): void }> {
    const key = `wechat-logistics:push-claim:${appId ?? 'default'}:${event.deliveryId}:${event.waybillId}:${event.version}`;
    if (this.inFlight.has(key)) throw inProgress(event);
    let owner: string | undefined;
    try {
      owner = await this.claims.tryClaim(
        key,
        handlerTimeoutMs + CLAIM_SLACK_MS,
      );
    } catch (error) {
      this.logger.warn(
        `Push claim store failed; handling the push without a cluster-wide claim ${logFields({ appId, waybillId: event.waybillId, version: event.version, error: error instanceof Error ? error.name : typeof error })}`,
      );
      owner = '';
    }
    if (owner === undefined || this.inFlight.has(key)) throw inProgress(event);
    this.inFlight.add(key);
    return {
      release: () => {
        this.inFlight.delete(key);
        if (owner) void this.claims.release(key, owner).catch(() => false);
      },
    };
  }

  private async dispatch(
    event: PathUpdateEvent,
    timeoutMs: number,
    context: PathUpdateContext,
  ): Promise<void> {
    const subject = `logistics.onPathUpdate order ${event.orderId} waybill ${event.waybillId} version ${event.version}`;
    const handlers = this.registry.handlers;
    const deadline = Date.now() + timeoutMs;
    const outcomes = await Promise.all(
      handlers.map((handler) =>
        settleBy(
          Promise.resolve().then(() => handler.handle(event, context)),
          deadline,
          () => new Error(`no answer within ${timeoutMs} ms`),
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
          appId: context.appId,
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

  /** The app's AppID and push settings; refused (415) when it has none, as the single-app module always did. */
  private async pushOf(
    appId: string | undefined,
  ): Promise<{ appId: string | undefined; push: AppPush }> {
    const runtime =
      appId === undefined ? this.apps.defaultApp : await this.apps.get(appId);
    if (!runtime?.push)
      throw new WechatPushError(
        'unsupported',
        appId === undefined
          ? 'push events are not configured (no pushToken)'
          : `push events are not configured for app ${appId} (no pushToken)`,
      );
    return { appId: runtime.app.appId, push: runtime.push };
  }
}
