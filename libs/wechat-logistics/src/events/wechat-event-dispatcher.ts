import { Inject, Injectable, Logger } from '@nestjs/common';
import { type AppPush } from './app-push';
import { PushApps } from './push-apps';
import { WechatPushClaim } from '../core/interfaces';
import { logFields } from '../core/logging/log-fields';
import { type ResolvedWechatLogisticsOptions } from '../core/options/resolved-options';
import { sleep, withDeadline } from '../core/timing/deadline';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../wechat-logistics.constants';
import { type PushMode } from '../push/decoded-push';
import { PATH_UPDATE_EVENT } from '../push/path-update-event';
import { WechatEventHandlerRegistry } from './wechat-event-handler-registry';
import { type ClaimedEvent, PushEventClaims } from './push-event-claims';
import { type EventSequencePosition } from './push-event-ledger';
import { HandlerOverrun, startHandlers } from './running-handlers';
import { type PushFormat } from '../push/push-body';
import { type OpenedPush } from '../push/opened-push';
import { type WechatMessageContext } from './wechat-event-context';
import { PushHandlerFailedError } from '../core/errors/push-handler-failed.error';
import { WechatPushError } from '../push/wechat-push.error';
import {
  type EventDescription,
  type TypedWechatEvent,
} from './typed-wechat-event';
import {
  typedEventNamed,
  type WechatTypedEvent,
  type WechatTypedEventName,
} from './wechat-event-map';

/** Between attempts to record a processed event while the store is down (its own probe is once a second). */
const RECORD_RETRY_MS = 500;

/** A typed event ready for its handlers, as inline delivery and the queue's worker both hold it. */
export interface AcceptedWechatEvent {
  /** The app's own AppID (undefined only for a default app configured without one). */
  readonly appId: string | undefined;
  /** The typed event's name; absent on path updates queued before other events were typed. */
  readonly name?: WechatTypedEventName;
  readonly event: WechatTypedEvent;
  readonly mode: PushMode;
  readonly format: PushFormat;
}

export type HandledWechatEvent =
  | {
      readonly status: 'processed';
      readonly event: WechatTypedEvent;
      readonly stale: boolean;
    }
  | { readonly status: 'duplicate'; readonly event: WechatTypedEvent };

type AnyTypedEvent = TypedWechatEvent<WechatTypedEventName, WechatTypedEvent>;

/** One accepted event with everything its handling needs to say about it. */
interface EventAtHand {
  readonly definition: AnyTypedEvent;
  readonly claim: ClaimedEvent;
  readonly about: EventDescription;
  readonly sequence: EventSequencePosition | undefined;
}

/** The definition of an accepted event (a job queued before the upgrade carries no name: a path update). */
export function definitionOf(accepted: AcceptedWechatEvent): AnyTypedEvent {
  const definition = typedEventNamed(accepted.name ?? PATH_UPDATE_EVENT);
  if (!definition)
    throw new Error(`no typed push event is named ${accepted.name}`);
  return definition;
}

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
    return this.atHand(accepted).claim.key;
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
    const hand = this.atHand(accepted);
    if (await this.wasProcessed(ledger, hand, deadline))
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
      if (await this.wasProcessed(ledger, hand, deadline))
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
              await this.record(ledger, hand, claim.expiresAt);
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
      const recorded = this.record(ledger, hand, claim.expiresAt).finally(() =>
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
   * Hands a push without a type of its own (a user's message, an event no
   * family types) to the `@OnWechatEvent(itsName)` and `@OnWechatEvent('*')`
   * handlers, within the answer budget. Once per receive: nothing tells a
   * re-send of such a message from a new one, so there is no ledger or claim,
   * and a re-send after a failure runs every handler again. Resolves to
   * whether any handler took it; throws `PushHandlerFailedError` when one
   * failed or overran (500: WeChat re-sends).
   */
  async handleUntyped(
    appId: string | undefined,
    push: AppPush,
    opened: OpenedPush,
    deadline: number,
  ): Promise<boolean> {
    const handlers = this.registry.untyped(opened.name);
    if (handlers.length === 0) return false;
    const context: WechatMessageContext = {
      appId,
      name: opened.name,
      msgType: opened.msgType,
      mode: opened.mode,
      format: opened.format,
    };
    const running = startHandlers(handlers, { ...opened.fields }, context);
    const outcomes = await running.within(
      Math.min(Date.now() + push.options.handlerTimeoutMs, deadline),
    );
    reportFailures(this.logger, {
      event: opened.fields,
      about: {
        api: `push.${opened.name}`,
        title: `Message ${opened.name}`,
        handlerTitle: `Handler of ${opened.name}`,
        subject: `the ${opened.name} message`,
        reference: `msgType ${opened.msgType}`,
        keys: { name: opened.name },
      },
      appId,
      handlers,
      outcomes,
      lastAttempt: true,
    });
    return true;
  }

  private atHand(accepted: AcceptedWechatEvent): EventAtHand {
    const definition = definitionOf(accepted);
    const about = definition.describe(accepted.event);
    return {
      definition,
      about,
      claim: {
        key: definition.dedupeKey(accepted.event).map(String).join(':'),
        subject: about.subject,
      },
      sequence: definition.sequence?.(accepted.event),
    };
  }

  /**
   * Whether the ledger holds the event. Unknown is not "no": a ledger that
   * does not answer (in time) gives a 503, since running the handlers then
   * could run them a second time; WeChat re-sends once the store answers.
   */
  private async wasProcessed(
    ledger: AppPush['ledger'],
    hand: EventAtHand,
    deadline: number,
  ): Promise<boolean> {
    try {
      return await ledger.wasProcessed(hand.claim.key, deadline);
    } catch (error) {
      // The store logs its own outages (once); a push refused for it is not worth a line each.
      throw new WechatPushError(
        'unavailable',
        `the push ledger did not answer for ${hand.about.subject}; WeChat will re-send it`,
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
    hand: EventAtHand,
    until: number,
  ): Promise<void> {
    for (;;) {
      try {
        await ledger.recordProcessed(hand.claim.key, hand.sequence);
        return;
      } catch {
        if (Date.now() + RECORD_RETRY_MS >= until) return;
        await sleep(RECORD_RETRY_MS);
      }
    }
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

/**
 * Logs and throws when a handler failed or overran. The line holds the
 * event's keys, never its content (the buyer's openid, the track's text):
 * the event itself is at debug.
 */
export function reportFailures(
  logger: Logger,
  failure: {
    readonly event: unknown;
    readonly about: EventDescription;
    readonly appId: string | undefined;
    readonly handlers: readonly { readonly name: string }[];
    readonly outcomes: readonly (Error | undefined)[];
    readonly lastAttempt: boolean;
  },
): void {
  const { about, handlers, outcomes } = failure;
  const failed = handlers.filter((_, i) => outcomes[i] !== undefined);
  if (failed.length === 0) return;
  const causes = outcomes.filter((o): o is Error => o !== undefined);
  const fields = {
    api: about.api,
    appId: failure.appId,
    ...about.keys,
    handlers: failed.map((h) => h.name).join(','),
    causes: causes.map((c) => c.message).join('; '),
  };
  if (failure.lastAttempt)
    logger.error(
      `${about.handlerTitle} failed; the event is not retried ${logFields(fields)}`,
    );
  else
    logger.warn(
      `${about.handlerTitle} failed; it will run again ${logFields(fields)}`,
    );
  logger.debug(
    `${about.title} whose handler failed ${logFields({ ...about.keys, event: JSON.stringify(failure.event) })}`,
  );
  throw new PushHandlerFailedError(
    `${about.api} ${about.reference}`,
    failed.map((h) => h.name),
    { cause: causes[0] },
  );
}

function outOfTime(hand: EventAtHand): WechatPushError {
  return new WechatPushError(
    'unavailable',
    `no time left in the answer budget to run the handlers for ${hand.about.subject}; WeChat will re-send it`,
  );
}
