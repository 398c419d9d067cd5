import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AppPush } from './app-push';
import { PushApps } from './push-apps';
import { WechatPushClaim } from '../core/interfaces';
import { logFields } from '../core/logging/log-fields';
import { type ResolvedWechatLogisticsOptions } from '../core/options/resolved-options';
import { sleep, withDeadline } from '../core/timing/deadline';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../wechat-logistics.constants';
import { type PushMode } from '../push/decoded-push';
import { type PathUpdateEvent } from '../push/path-update-event';
import { PathUpdateHandlerRegistry } from './path-update-handler-registry';
import { PushEventClaims } from './push-event-claims';
import { HandlerOverrun, startHandlers } from './running-handlers';
import { type PushFormat } from '../push/push-body';
import { PushHandlerFailedError } from '../core/errors/push-handler-failed.error';
import { WechatPushError } from '../push/wechat-push.error';

/** Between attempts to record a processed event while the store is down (its own probe is once a second). */
const RECORD_RETRY_MS = 500;

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
  private readonly claims: PushEventClaims;

  constructor(
    @Inject(PushApps) private readonly apps: PushApps,
    private readonly registry: PathUpdateHandlerRegistry,
    @Inject(WechatPushClaim) claimStore: WechatPushClaim,
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    options: ResolvedWechatLogisticsOptions,
  ) {
    // Longest wait for a claim: the shared store's, as for the token lock.
    this.claims = new PushEventClaims(claimStore, options.tokenStoreTimeoutMs);
  }

  /** Whether the default app has a `pushToken`. */
  get hasDefaultPush(): boolean {
    return this.apps.defaultPush !== undefined;
  }

  /** The app's AppID and push settings; refused (415) when it has none, as the single-app module always did. */
  async pushOf(
    appId: string | undefined,
  ): Promise<{ appId: string | undefined; push: AppPush }> {
    const found = await this.apps.find(appId);
    if (!found.push)
      throw new WechatPushError(
        'unsupported',
        appId === undefined
          ? 'push events are not configured (no pushToken)'
          : `push events are not configured for app ${appId} (no pushToken)`,
        {
          misconfiguration: {
            cause: 'no-push-settings',
            fix: `a push arrived for ${appId === undefined ? 'the default app' : 'an app'} without push settings: give it pushToken (and encodingAesKey for safe mode) from the mini program console, or remove the push URL from that console`,
          },
        },
      );
    return { appId: found.appId, push: found.push };
  }

  /**
   * Throws `WechatPushError('in-progress')` while another copy is being
   * handled, `WechatPushError('unavailable')` when the claim or the ledger
   * cannot answer in time (so nobody can tell whether the handlers ran), and
   * `PushHandlerFailedError` when a handler failed (logged at ERROR with the
   * event's keys when `lastAttempt`, else at WARN: it will run again).
   *
   * `deadline` (epoch ms) is the answer budget of an inline push: the store
   * waits, the claim, the ledger and the handlers all fit under it. A handler
   * still running at the deadline keeps the claim until it ends, and is
   * recorded as processed if it then succeeds: a re-send meanwhile is
   * answered in progress, one after it is a duplicate, so it runs once.
   */
  async handleOnce(
    accepted: AcceptedPathUpdate,
    push: AppPush,
    lastAttempt: boolean,
    deadline = Number.POSITIVE_INFINITY,
  ): Promise<HandledPathUpdate> {
    const { appId, event } = accepted;
    const { ledger, options } = push;
    if (await this.wasProcessed(ledger, event, deadline))
      return this.duplicate(appId, event);
    const claim = await this.claims.take(
      appId,
      event,
      options.handlerTimeoutMs,
      deadline,
    );
    // Released here unless a step below hands it to work that outlives the answer.
    let handedOver = false;
    try {
      // Another instance may have finished it between the check and the claim.
      if (await this.wasProcessed(ledger, event, deadline))
        return this.duplicate(appId, event);
      const previousVersion = await ledger
        .newestVersion(event.waybillId, deadline)
        .catch(() => undefined);
      const stale =
        previousVersion !== undefined && event.version < previousVersion;
      if (Date.now() >= deadline) throw outOfTime(event);
      const running = startHandlers(this.registry.handlers, event, {
        appId,
        stale,
        previousVersion,
        mode: accepted.mode,
        format: accepted.format,
      });
      const handlersDeadline = Math.min(
        Date.now() + options.handlerTimeoutMs,
        deadline,
      );
      const outcomes = await running.within(handlersDeadline);
      if (outcomes.some((outcome) => outcome instanceof HandlerOverrun)) {
        // Still running: whatever it does may yet take effect, so nobody else may start it meanwhile.
        handedOver = true;
        void running.all
          .then(async (late) => {
            if (late.every((outcome) => outcome === undefined))
              await this.record(ledger, event, claim.expiresAt);
          })
          .finally(() => claim.release());
      }
      this.reportFailures(event, accepted.appId, outcomes, lastAttempt);
      // Recorded in the background if the budget runs out first; the claim stays until it is.
      handedOver = true;
      const recorded = this.record(ledger, event, claim.expiresAt).finally(() =>
        claim.release(),
      );
      await withDeadline(recorded, deadline, () => new Error('late')).catch(
        () => undefined,
      );
      return { status: 'processed', event, stale };
    } finally {
      if (!handedOver) claim.release();
    }
  }

  /**
   * Whether the ledger holds the event. Unknown is not "no": a ledger that
   * does not answer (in time) gives a 503, since running the handlers then
   * could run them a second time; WeChat re-sends once the store answers.
   */
  private async wasProcessed(
    ledger: AppPush['ledger'],
    event: PathUpdateEvent,
    deadline: number,
  ): Promise<boolean> {
    try {
      return await ledger.wasProcessed(event, deadline);
    } catch (error) {
      // The store logs its own outages (once); a push refused for it is not worth a line each.
      throw new WechatPushError(
        'unavailable',
        `the push ledger did not answer for version ${event.version} of waybill ${event.waybillId}; WeChat will re-send it`,
        { cause: error },
      );
    }
  }

  /**
   * Records a processed event, trying again (the store may still count as
   * down just after an outage) while the claim keeps other copies out.
   * Never rejects: an unrecorded event may run once more, rather than never.
   */
  private async record(
    ledger: AppPush['ledger'],
    event: PathUpdateEvent,
    until: number,
  ): Promise<void> {
    for (;;) {
      try {
        await ledger.recordProcessed(event);
        return;
      } catch {
        if (Date.now() + RECORD_RETRY_MS >= until) return;
        await sleep(RECORD_RETRY_MS);
      }
    }
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
   * Logs and throws when a handler failed or overran. The line holds the
   * event's keys, never its content (the buyer's openid, the track's text):
   * `getPath` tells the whole track again; the event itself is at debug.
   */
  private reportFailures(
    event: PathUpdateEvent,
    appId: string | undefined,
    outcomes: readonly (Error | undefined)[],
    lastAttempt: boolean,
  ): void {
    const handlers = this.registry.handlers;
    const failed = handlers.filter((_, i) => outcomes[i] !== undefined);
    if (failed.length === 0) return;
    const causes = outcomes.filter((o): o is Error => o !== undefined);
    const fields = {
      api: 'logistics.onPathUpdate',
      appId,
      deliveryId: event.deliveryId,
      orderId: event.orderId,
      waybillId: event.waybillId,
      version: event.version,
      handlers: failed.map((h) => h.name).join(','),
      causes: causes.map((c) => c.message).join('; '),
    };
    if (lastAttempt)
      this.logger.error(
        `Path-update handler failed; the event is not retried ${logFields(fields)}`,
      );
    else
      this.logger.warn(
        `Path-update handler failed; it will run again ${logFields(fields)}`,
      );
    this.logger.debug(
      `Path-update event whose handler failed ${logFields({ waybillId: event.waybillId, version: event.version, event: JSON.stringify(event) })}`,
    );
    throw new PushHandlerFailedError(
      `logistics.onPathUpdate order ${event.orderId} waybill ${event.waybillId} version ${event.version}`,
      failed.map((h) => h.name),
      { cause: causes[0] },
    );
  }
}

function outOfTime(event: PathUpdateEvent): WechatPushError {
  return new WechatPushError(
    'unavailable',
    `no time left in the answer budget to run the handlers for version ${event.version} of waybill ${event.waybillId}; WeChat will re-send it`,
  );
}
