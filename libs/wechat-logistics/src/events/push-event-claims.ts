import { Logger } from '@nestjs/common';
import { type WechatPushClaim } from '../core/interfaces';
import { logFields } from '../core/logging/log-fields';
import { OncePerInterval } from '../core/logging/once-per-interval';
import { withDeadline } from '../core/timing/deadline';
import { WechatPushError } from '../push/wechat-push.error';

/** What is claimed: the event's dedupe key, and how errors name it. */
export interface ClaimedEvent {
  /** The dedupe key's parts after the app, joined by `:`. */
  readonly key: string;
  /** `version 3 of waybill W1`. */
  readonly subject: string;
}

/** How long a claim outlives the handlers' time: the ledger writes after them, with room to spare. */
const CLAIM_SLACK_MS = 5000;

/**
 * The claims of one module on the events it handles, through the app's
 * claim store (in memory, or Redis for a cluster), plus the ones this
 * process holds right now: a copy arriving meanwhile is in progress,
 * whatever the claim store says.
 */
export class PushEventClaims {
  private readonly logger = new Logger('WechatLogistics');
  private readonly inFlight = new Set<string>();
  private readonly warnings = new OncePerInterval();

  constructor(
    private readonly claims: WechatPushClaim,
    /** Longest wait for a claim store's answer. */
    private readonly storeTimeoutMs: number,
  ) {}

  /**
   * Claims the event for this instance, cluster-wide: a copy being handled
   * elsewhere (or here) is refused as in progress, so it is tried again later
   * and then finds it processed or free. The claim outlives the handlers'
   * time, so one held by a crashed instance expires. A claim store that
   * fails or does not answer in time gives a 503 too: without the claim
   * another instance may be running the same event, and WeChat re-sends.
   */
  async take(
    appId: string | undefined,
    event: ClaimedEvent,
    handlerTimeoutMs: number,
    deadline: number,
  ): Promise<{ release(): void; readonly expiresAt: number }> {
    const key = `wechat-logistics:push-claim:${appId ?? 'default'}:${event.key}`;
    if (this.inFlight.has(key)) throw inProgress(event);
    const ttlMs = handlerTimeoutMs + CLAIM_SLACK_MS;
    const waitMs = Math.min(this.storeTimeoutMs, deadline - Date.now());
    let owner: string | undefined;
    try {
      owner = await withDeadline(
        this.claims.tryClaim(key, ttlMs),
        Date.now() + waitMs,
        () => new Error(`no answer within ${Math.max(0, waitMs)} ms`),
        // Taken after we gave up on it: free it rather than block the re-sends until it expires.
        (late) => {
          if (late) void this.claims.release(key, late).catch(() => false);
        },
      );
    } catch (error) {
      this.failed(appId, error);
      throw new WechatPushError(
        'unavailable',
        `the push claim store did not answer for ${event.subject}; WeChat will re-send it`,
        { cause: error },
      );
    }
    if (owner === undefined || this.inFlight.has(key)) throw inProgress(event);
    this.inFlight.add(key);
    const expiresAt = Date.now() + ttlMs;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(expiry);
      this.inFlight.delete(key);
      void this.claims.release(key, owner).catch(() => false);
    };
    // A handler that never ends must not keep its version "in progress" here after the claim lapsed everywhere else.
    const expiry = setTimeout(release, ttlMs);
    expiry.unref();
    return { release, expiresAt };
  }

  /** One WARN per cause per interval, however many pushes the outage refuses. */
  private failed(appId: string | undefined, error: unknown): void {
    const cause = error instanceof Error ? error.name : typeof error;
    const left = this.warnings.take(`${appId ?? ''}|${cause}`);
    if (left === undefined) return;
    this.logger.warn(
      `Push claim store failed; pushes are answered 503 until it answers (WeChat re-sends them) ${logFields({ appId, error: cause, suppressedSinceLastLine: left > 0 ? left : undefined })}`,
    );
  }
}

function inProgress(event: ClaimedEvent): WechatPushError {
  return new WechatPushError(
    'in-progress',
    `${event.subject} is being handled right now; WeChat will re-send it`,
  );
}
