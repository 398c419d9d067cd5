import { sleep } from '../core/timing/deadline';
import { WechatPushError } from '../push/wechat-push.error';
import { type AppPush } from './app-push';
import { type EventAtHand } from './event-at-hand';

/** Between attempts to record a processed event while the store is down (its own probe is once a second). */
const RECORD_RETRY_MS = 500;

/**
 * Whether the ledger holds the event. Unknown is not "no": a ledger that
 * does not answer (in time) gives a 503, since running the handlers then
 * could run them a second time; WeChat re-sends once the store answers.
 */
export async function wasProcessed(
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
export async function recordProcessed(
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
