/** Tokens WeChat rejected lately: none of them is ever handed out again as a replacement. */
const REMEMBERED_REJECTIONS = 8;
/**
 * A token just read from (or written to) the shared store is used this long
 * without asking the store again: a store read per call cost more than the
 * rest of the token handling (profiled), and with Redis it is a network round
 * trip per WeChat call. A token another instance replaced
 * meanwhile is at most this stale; if WeChat rejects it, the rejection makes
 * the store be read at once and the replacement found.
 */
const STORE_RECHECK_MS = 1000;

/**
 * This process's copy of one app's token: handed out without the store until
 * `recheckAt`, and alone while the shared store is down. Also the few tokens
 * WeChat rejected lately, so none comes back as a "replacement".
 */
export class LocalTokenCopy {
  private local:
    { token: string; expiresAt: number; recheckAt: number } | undefined;
  private readonly rejected = new Set<string>();

  /** The token read or fetched within the last second, if any. */
  inHand(now: number): string | undefined {
    const local = this.local;
    return local !== undefined && now < local.recheckAt
      ? local.token
      : undefined;
  }

  /** The copy while it lives and WeChat has not rejected it (used while the store is down). */
  current(now = Date.now()): string | undefined {
    const local = this.local;
    return local && local.expiresAt > now && !this.rejected.has(local.token)
      ? local.token
      : undefined;
  }

  keep(token: string, lifetimeMs: number, now = Date.now()): void {
    this.local = {
      token,
      expiresAt: now + lifetimeMs,
      recheckAt: now + Math.min(STORE_RECHECK_MS, lifetimeMs),
    };
  }

  /** A value from the store that may be handed out: a token not rejected lately. */
  usable(value: unknown): value is string {
    return (
      typeof value === 'string' && value !== '' && !this.rejected.has(value)
    );
  }

  wasRejected(token: string): boolean {
    return this.rejected.has(token);
  }

  rememberRejected(token: string): void {
    this.rejected.delete(token);
    this.rejected.add(token);
    if (this.rejected.size > REMEMBERED_REJECTIONS)
      this.rejected.delete(this.rejected.values().next().value as string);
    if (this.local?.token === token) this.local = undefined;
  }

  /** WeChat insists `token` is the one in force: later calls may use it again. */
  forgetRejection(token: string): void {
    this.rejected.delete(token);
  }
}
