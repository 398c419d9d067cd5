/**
 * An atomic claim in the store every instance shares, so that a push WeChat
 * delivers to several instances at once (or re-sends while one is still
 * handling it) runs its handlers once: the instance that claims
 * `(app, deliveryId, waybillId, version)` handles it, the others answer so
 * that WeChat retries later. Give a cluster `RedisPushClaim` (same Redis as the
 * token cache); the default, `InMemoryPushClaim`, covers one process.
 *
 * A claim expires after `ttlMs` (an instance that crashed while handling frees
 * it that way); the holder releases it when its handlers are done or failed.
 */
export interface WechatPushClaim {
  /** Takes `key` for `ttlMs` if nobody holds it; resolves the owner value, or `undefined` when held elsewhere. */
  tryClaim(key: string, ttlMs: number): Promise<string | undefined>;
  /** Frees `key` only if `owner` still holds it. Resolves whether it did. */
  release(key: string, owner: string): Promise<boolean>;
  /**
   * Optional: sets `key`'s time to live to `ttlMs` again only if `owner` still
   * holds it. Shipments (`WechatShipmentService`) claim an order through this
   * same store and keep a short lease alive while their steps run, so a run
   * whose process died is taken over within the lease. Resolves whether it did.
   */
  extend?(key: string, owner: string, ttlMs: number): Promise<boolean>;
}

/** Injection token of the module's {@link WechatPushClaim} (the `pushClaim` option, else one in memory). */
export const WechatPushClaim = Symbol('WechatPushClaim');
