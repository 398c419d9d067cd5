import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AppPush } from './app-push';
import { PushApps } from './push-apps';
import { WechatPushClaim } from '../core/interfaces';
import { logFields } from '../core/logging/log-fields';
import { type ResolvedWechatLogisticsOptions } from '../core/options/resolved-options';
import { withDeadline } from '../core/timing/deadline';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../wechat-logistics.constants';
import { PATH_UPDATE_EVENT } from '../push/path-update-event';
import { type OpenedPush } from '../push/opened-push';
import { WechatPushError } from '../push/wechat-push.error';
import {
  type AcceptedWechatEvent,
  type HandledWechatEvent,
} from './accepted-wechat-event';
import { type EventAtHand, eventAtHand } from './event-at-hand';
import { reportFailures } from './handler-failure-report';
import { recordProcessed, wasProcessed } from './processed-event-record';
import { PushEventClaims } from './push-event-claims';
import { HandlerOverrun, startHandlers } from './running-handlers';
import { runUntypedHandlers } from './untyped-message-handlers';
import { WechatEventHandlerRegistry } from './wechat-event-handler-registry';
import {
  type WechatTypedEvent,
  type WechatTypedEventName,
} from './wechat-event-map';

/**
 * Runs the handlers of one typed event (`@OnWechatEvent(name)`, and
 * `@OnPathUpdate()` for path updates) exactly once across the cluster:
 * claims it, skips it when the ledger says it was processed, flags a late
 * version as stale, and records it as processed only when every handler
 * succeeded. Inline delivery calls it during WeChat's request, the durable
 * queue's worker for each job. Each event is keyed by its own dedupe key
 * (its family's definition).
 */
@Injectable()
export class WechatEventDispatcher {
  private readonly logger = new Logger('WechatLogistics');
  private readonly claims: PushEventClaims;

  constructor(
    @Inject(PushApps) private readonly apps: PushApps,
    private readonly registry: WechatEventHandlerRegistry,
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

  /** Whether any handler takes the typed event (path updates always go through: their ledger orders the versions). */
  isHandled(name: WechatTypedEventName): boolean {
    return name === PATH_UPDATE_EVENT || this.registry.typed(name).length > 0;
  }

  /** The ledger key of an accepted event. */
  dedupeKeyOf(accepted: AcceptedWechatEvent): string {
    return eventAtHand(accepted).claim.key;
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
    accepted: AcceptedWechatEvent,
    push: AppPush,
    lastAttempt: boolean,
    deadline = Number.POSITIVE_INFINITY,
  ): Promise<HandledWechatEvent> {
    const { appId, event } = accepted;
    const { ledger, options } = push;
    const hand = eventAtHand(accepted);
    if (await wasProcessed(ledger, hand, deadline))
      return this.duplicate(appId, event, hand);
    const claim = await this.claims.take(
      appId,
      hand.claim,
      options.handlerTimeoutMs,
      deadline,
    );
    // Released here unless a step below hands it to work that outlives the answer.
    let handedOver = false;
    try {
      // Another instance may have finished it between the check and the claim.
      if (await wasProcessed(ledger, hand, deadline))
        return this.duplicate(appId, event, hand);
      const previousVersion = hand.sequence
        ? await ledger
            .newestPosition(hand.sequence.stream, deadline)
            .catch(() => undefined)
        : undefined;
      const stale =
        hand.sequence !== undefined &&
        previousVersion !== undefined &&
        hand.sequence.position < previousVersion;
      if (Date.now() >= deadline) throw outOfTime(hand);
      const context = hand.sequence
        ? {
            appId,
            stale,
            previousVersion,
            mode: accepted.mode,
            format: accepted.format,
          }
        : { appId, mode: accepted.mode, format: accepted.format };
      const handlers = this.registry.typed(hand.definition.name);
      const running = startHandlers(handlers, event, context);
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
              await recordProcessed(ledger, hand, claim.expiresAt);
          })
          .finally(() => claim.release());
      }
      reportFailures(this.logger, {
        event,
        about: hand.about,
        appId: accepted.appId,
        handlers,
        outcomes,
        lastAttempt,
      });
      // Recorded in the background if the budget runs out first; the claim stays until it is.
      handedOver = true;
      const recorded = recordProcessed(ledger, hand, claim.expiresAt).finally(
        () => claim.release(),
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
   * Hands a push without a type of its own to the `@OnWechatEvent(itsName)`
   * and `@OnWechatEvent('*')` handlers, once per receive (see
   * {@link runUntypedHandlers}). Resolves to whether any handler took it.
   */
  handleUntyped(
    appId: string | undefined,
    push: AppPush,
    opened: OpenedPush,
    deadline: number,
  ): Promise<boolean> {
    return runUntypedHandlers(this.logger, this.registry, {
      appId,
      push,
      opened,
      deadline,
    });
  }

  private duplicate(
    appId: string | undefined,
    event: WechatTypedEvent,
    hand: EventAtHand,
  ): HandledWechatEvent {
    this.logger.debug(
      `${hand.about.title} dropped as a duplicate ${logFields({ appId, ...hand.about.keys })}`,
    );
    return { status: 'duplicate', event };
  }
}

function outOfTime(hand: EventAtHand): WechatPushError {
  return new WechatPushError(
    'unavailable',
    `no time left in the answer budget to run the handlers for ${hand.about.subject}; WeChat will re-send it`,
  );
}
