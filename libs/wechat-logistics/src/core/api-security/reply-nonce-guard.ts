/** Replies remembered at most, per app: beyond it the oldest are forgotten first. */
const MAX_REMEMBERED = 10_000;

/**
 * Refuses a reply whose `_n` this process has already believed within the
 * timestamp window: a recorded reply played back before it goes stale
 * verifies and decrypts like a fresh one (its signature covers only the
 * path, appid, timestamp and body), so only its nonce gives it away.
 */
export class ReplyNonceGuard {
  /** nonce → when it may be forgotten (ms); insertion order = expiry order. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  /** `true` the first time a nonce is shown within the window; `false` for a replay. */
  firstSight(nonce: string, now: number): boolean {
    for (const [old, expiresAt] of this.seen) {
      if (expiresAt > now && this.seen.size < MAX_REMEMBERED) break;
      this.seen.delete(old);
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, now + 2 * this.windowMs);
    return true;
  }
}
