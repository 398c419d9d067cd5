import { WechatApiError } from '../errors';

/**
 * Token-endpoint errcodes that no retry can heal: wrong AppID or secret, IP not
 * whitelisted, frozen account. Asking again only burns the token quota.
 */
const NON_HEALING_ERRCODES: ReadonlySet<number> = new Set([
  40013, 40125, 40164, 41002, 41004, 40243, 50004, 50007,
]);

/**
 * After a non-healing token error, every call fails fast with that same error
 * for a cool-down instead of asking WeChat again: one token request per
 * cool-down, not one per call.
 */
export class TokenBreaker {
  private open: { error: WechatApiError; until: number } | undefined;

  constructor(private readonly cooldownMs: number) {}

  /** Throws the remembered error while the breaker is open. */
  assertClosed(): void {
    if (this.open && Date.now() < this.open.until) throw this.open.error;
    this.open = undefined;
  }

  /** Opens the breaker if `error` cannot heal by retrying. */
  record(error: unknown): void {
    if (
      error instanceof WechatApiError &&
      NON_HEALING_ERRCODES.has(error.errcode)
    ) {
      this.open = { error, until: Date.now() + this.cooldownMs };
    }
  }
}
