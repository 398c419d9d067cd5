import { WechatApiError } from '../errors';

/**
 * Token-endpoint errcodes that no retry can heal: wrong AppID or secret, IP not
 * whitelisted, frozen account. Asking again only burns the token quota.
 */
const NON_HEALING_ERRCODES: ReadonlySet<number> = new Set([
  40013, 40125, 40164, 41002, 41004, 40243, 50004, 50007,
]);
/** Whether this server's IP is whitelisted differs from one instance to the next: never shared. */
const INSTANCE_ERRCODES: ReadonlySet<number> = new Set([40164]);

/** A non-healing token failure as the other instances of a cluster learn it through the shared cache. */
export interface SharedTokenFailure {
  readonly errcode: number;
  readonly errmsg: string;
  readonly api: string;
  /** Epoch ms when the cool-down ends. */
  readonly until: number;
}

/**
 * After a non-healing token error, every call fails fast with that same error
 * for a cool-down instead of asking WeChat again: one token request per
 * cool-down, not one per call. The token service also shares the failure with
 * the other instances (see {@link record}), so a cluster with a wrong secret
 * sends one token request per cool-down, not one per instance.
 */
export class TokenBreaker {
  private open: { error: WechatApiError; until: number } | undefined;

  constructor(
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The error calls fail fast with, and until when; `undefined` while closed. */
  openError(): { error: WechatApiError; until: number } | undefined {
    return this.open && this.now() < this.open.until ? this.open : undefined;
  }

  /** Throws the remembered error while the breaker is open. */
  assertClosed(): void {
    if (this.open && this.now() < this.open.until) throw this.open.error;
    this.open = undefined;
  }

  /**
   * Opens the breaker if `error` cannot heal by retrying. Returns what the
   * other instances may adopt, unless the failure is this instance's own (IP).
   */
  record(error: unknown): SharedTokenFailure | undefined {
    if (
      !(error instanceof WechatApiError) ||
      !NON_HEALING_ERRCODES.has(error.errcode)
    ) {
      return undefined;
    }
    const until = this.now() + this.cooldownMs;
    this.open = { error, until };
    if (INSTANCE_ERRCODES.has(error.errcode)) return undefined;
    const { errcode, errmsg, api } = error;
    return { errcode, errmsg, api, until };
  }

  /** Opens the breaker with a failure another instance shared (ignores anything malformed or over). */
  adopt(value: unknown): void {
    const shared = value as Partial<SharedTokenFailure> | null | undefined;
    if (
      typeof shared?.errcode !== 'number' ||
      !NON_HEALING_ERRCODES.has(shared.errcode) ||
      typeof shared.until !== 'number' ||
      shared.until <= this.now()
    ) {
      return;
    }
    this.open = {
      error: new WechatApiError({
        errcode: shared.errcode,
        errmsg: typeof shared.errmsg === 'string' ? shared.errmsg : '',
        api: typeof shared.api === 'string' ? shared.api : 'auth.token',
      }),
      until: Math.min(shared.until, this.now() + this.cooldownMs),
    };
  }
}
