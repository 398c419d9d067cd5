import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AppPush } from '../apps/app-runtime';
import { WechatAppRegistry } from '../apps/wechat-app-registry';
import { WechatPushClaim } from '../interfaces';
import { logFields } from '../log-fields';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import { settleBy, withDeadline } from '../timing/deadline';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../wechat-logistics.constants';
import { type PushMode } from './decoded-push';
import { type PathUpdateContext } from './path-update-context';
import { type PathUpdateEvent } from './path-update-event';
import { PathUpdateHandlerRegistry } from './path-update-handler-registry';
import { type PushFormat } from './push-body';
import { PushHandlerFailedError } from './push-handler-failed.error';
import { WechatPushError } from './wechat-push.error';

/** How long a claim outlives the handlers' time: the ledger writes after them, with room to spare. */
const CLAIM_SLACK_MS = 5000;

/** A path update ready for its handlers, as inline delivery and the queue's worker both hold it. */
export interface AcceptedPathUpdate {
  /** The app's own AppID (undefined only for a default app configured without one). */
  readonly appId: string | undefined;
  readonly event: PathUpdateEvent;
  readonly mode: PushMode;
  readonly format: PushFormat;
}

export type HandledPathUpdate =
  | {
      readonly status: 'processed';
      readonly event: PathUpdateEvent;
      readonly stale: boolean;
    }
  | { readonly status: 'duplicate'; readonly event: PathUpdateEvent };

/**
 * Runs the `@OnPathUpdate()` handlers for one event exactly once across the
 * cluster: claims it, skips it when the ledger says it was processed, flags a
 * late version as stale, and records it as processed only when every handler
 * succeeded. Inline delivery calls it during WeChat's request, the durable
 * queue's worker for each job.
 */
@Injectable()
export class PathUpdateDispatcher {
  private readonly logger = new Logger('WechatLogistics');
  /** Claims this process holds right now: a copy arriving meanwhile is in progress, whatever the claim store says. */
  private readonly inFlight = new Set<string>();
  /** Longest wait for a claim: the shared store's, as for the token lock. */
  private readonly storeTimeoutMs: number;

  constructor(
    private readonly apps: WechatAppRegistry,
    private readonly registry: PathUpdateHandlerRegistry,
    @Inject(WechatPushClaim) private readonly claims: WechatPushClaim,
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    options: ResolvedWechatLogisticsOptions,
  ) {
    this.storeTimeoutMs = options.tokenStoreTimeoutMs;
  }

  /** Whether the default app has a `pushToken`. */
  get hasDefaultPush(): boolean {
    return this.apps.defaultApp?.push !== undefined;
  }

  /** The app's AppID and push settings; refused (415) when it has none, as the single-app module always did. */
  async pushOf(
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

  /**
   * Throws `WechatPushError('in-progress')` while another copy is being
   * handled, and `PushHandlerFailedError` when a handler failed (logged at
   * ERROR with the whole event when `lastAttempt`, else at WARN: it will run again).
   */
  async handleOnce(
    accepted: AcceptedPathUpdate,
    push: AppPush,
    lastAttempt: boolean,
  ): Promise<HandledPathUpdate> {
    const { appId, event } = accepted;
    const { ledger, options } = push;
    // A ledger that fails or does not answer counts as "not processed": the claim (or, with the
    // store down, the in-process guard) still keeps copies apart, and the event is not lost.
    const processed = () => this.ledgerStep(ledger.wasProcessed(event), false);
    if (await processed()) return this.duplicate(appId, event);
    const claim = await this.claim(appId, event, options.handlerTimeoutMs);
    try {
      // Another instance may have finished it between the check and the claim.
      if (await processed()) return this.duplicate(appId, event);
      const previousVersion = await this.ledgerStep(
        ledger.newestVersion(event.waybillId),
        undefined,
      );
      const stale =
        previousVersion !== undefined && event.version < previousVersion;
      await this.dispatch(
        event,
        options.handlerTimeoutMs,
        {
          appId,
          stale,
          previousVersion,
          mode: accepted.mode,
          format: accepted.format,
        },
        lastAttempt,
      );
      // Not recorded (store down): a later re-send may run the handlers again, at least once rather than never.
      await this.ledgerStep(ledger.recordProcessed(event), undefined);
      return { status: 'processed', event, stale };
    } finally {
      claim.release();
    }
  }

  /**
   * One ledger operation; a failure (the store bounds, detects and logs its
   * outages, see SharedTokenStore) gives `fallback` instead.
   */
  private ledgerStep<T>(work: Promise<T>, fallback: T): Promise<T> {
    return work.catch(() => fallback);
  }

  private duplicate(
    appId: string | undefined,
    event: PathUpdateEvent,
  ): HandledPathUpdate {
    this.logger.debug(
      `Path update dropped as a duplicate ${logFields({ appId, deliveryId: event.deliveryId, waybillId: event.waybillId, version: event.version })}`,
    );
    return { status: 'duplicate', event };
  }

  /**
   * Claims the event for this instance, cluster-wide: a copy being handled
   * elsewhere (or here) is refused as in progress, so it is tried again later
   * and then finds it processed or free. The claim outlives the handlers'
   * time, so one held by a crashed instance expires. If the claim store
   * fails, this process still guards its own copies and handles the event: a
   * store outage must not lose pushes.
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
      owner = await withDeadline(
        this.claims.tryClaim(key, handlerTimeoutMs + CLAIM_SLACK_MS),
        Date.now() + this.storeTimeoutMs,
        () => new Error(`no answer within ${this.storeTimeoutMs} ms`),
        // Taken after we gave up on it: free it rather than block the re-sends until it expires.
        (late) => {
          if (late) void this.claims.release(key, late).catch(() => false);
        },
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
    lastAttempt: boolean,
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
    if (failed.length === 0) return;
    const causes = outcomes.filter((o): o is Error => o !== undefined);
    const fields = {
      api: 'logistics.onPathUpdate',
      appId: context.appId,
      orderId: event.orderId,
      waybillId: event.waybillId,
      version: event.version,
      handlers: failed.map((h) => h.name).join(','),
      causes: causes.map((c) => c.message).join('; '),
    };
    if (lastAttempt)
      // Logged in full (minus secrets) so an event that is given up on is never silently lost.
      this.logger.error(
        `Path-update handler failed ${logFields({ ...fields, event: JSON.stringify(event) })}`,
      );
    else
      this.logger.warn(
        `Path-update handler failed; it will run again ${logFields(fields)}`,
      );
    throw new PushHandlerFailedError(
      subject,
      failed.map((h) => h.name),
      { cause: causes[0] },
    );
  }
}

function inProgress(event: PathUpdateEvent): WechatPushError {
  return new WechatPushError(
    'in-progress',
    `version ${event.version} of waybill ${event.waybillId} is being handled right now; WeChat will re-send it`,
  );
}
