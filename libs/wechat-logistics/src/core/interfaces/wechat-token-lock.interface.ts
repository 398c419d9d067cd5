/**
 * A lock every instance of an app sees, so that when many instances need a new
 * access token at once only one of them asks WeChat and the others reuse its
 * token from the shared cache. Give a cluster the library's `RedisTokenLock`
 * (same Redis as the token cache); the default, `InMemoryTokenLock`, is enough
 * for one process, where the in-process single flight already does the job.
 *
 * Implementations must not block: when the store cannot be reached, reject
 * (the module then degrades to a refresh by this process alone).
 */
export interface WechatTokenLock {
  /**
   * Takes `key` for `ttlMs` milliseconds if nobody holds it (`SET key owner NX PX ttlMs`).
   * Resolves to the owner value to release it with, or `undefined` when it is held elsewhere.
   */
  tryAcquire(key: string, ttlMs: number): Promise<string | undefined>;
  /**
   * Frees `key` only if `owner` still holds it (compare-and-delete), so a
   * holder whose lock expired never frees somebody else's. Resolves whether it did.
   */
  release(key: string, owner: string): Promise<boolean>;
  /**
   * Optional: sets `key`'s time to live to `ttlMs` again only if `owner` still
   * holds it. With it the holder keeps a short lease alive while it refreshes,
   * so when it dies mid-refresh (SIGKILL) the others take over within the lease,
   * not after a TTL long enough for the whole refresh. Resolves whether it did.
   */
  extend?(key: string, owner: string, ttlMs: number): Promise<boolean>;
}

/** Injection token of the module's {@link WechatTokenLock} (the `tokenLock` option, else an in-memory lock). */
export const WechatTokenLock = Symbol('WechatTokenLock');
