import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { type Cache } from 'cache-manager';
import { WechatTransportError } from '../errors';
import { type WechatTokenLock } from '../interfaces';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import { sleep, withTimeout } from './deadline';
import { ForceRefreshRation } from './force-refresh-ration';
import { SharedTokenStore } from './shared-token-store';
import { SingleFlight } from './single-flight';
import { TokenBreaker } from './token-breaker';
import { type FetchedToken, type TokenFetcher } from './token-fetcher';

/** A token just obtained, and the write that shares it with the cluster. */
interface Published {
  readonly token: string;
  readonly written: Promise<void>;
}

/** Waiters look for the lock holder's token this often (plus as much jitter), so a cluster does not poll in step. */
const POLL_MS = 50;
/** Time kept back to fetch alone when the shared store keeps timing out. */
const SOLO_FETCH_RESERVE_MS = 1500;
/** Tokens WeChat rejected lately: none of them is ever handed out again as a replacement. */
const REMEMBERED_REJECTIONS = 8;
/**
 * A token just read from (or written to) the shared store is used this long
 * without asking the store again: a store read per call cost more than the
 * rest of the token handling (docs/BENCHMARKS.md), and with Redis it is a
 * network round trip per WeChat call. A token another instance replaced
 * meanwhile is at most this stale; if WeChat rejects it, `replaceRejected`
 * reads the store at once and finds the replacement.
 */
const STORE_RECHECK_MS = 1000;

/**
 * Hands out access tokens. Tokens live in the app's cache store (memory, or
 * Redis for a cluster) under a key namespaced by endpoint and AppID, for
 * `expires_in` minus a safety margin.
 *
 * Refreshing: one per process at a time (single flight), and one per cluster
 * through the {@link WechatTokenLock}: the holder re-reads the cache first
 * (another instance may just have refreshed: then it fetches nothing), drops a
 * rejected token only if it is still the cached one, fetches, publishes, frees
 * the lock. The others poll the cache until a token they have not seen
 * rejected appears, or the lock frees and they take it; all within the call's
 * budget. With the in-memory default lock this is the plain single flight.
 *
 * When the store is slow or down, every operation gives up after
 * `tokenStoreTimeoutMs` and calls go on with this process's own copy of the
 * token, fetching one alone if need be. With `accessTokenProvider` the module
 * never fetches or caches tokens itself: the provider owns them.
 */
/** What {@link AccessTokenService.probe} found. */
export type TokenProbe =
  | { readonly ready: true }
  | { readonly ready: false; readonly storeDown: true }
  | {
      readonly ready: false;
      readonly failure: unknown;
      /** Set when the breaker is open: calls fail fast with `failure` until then. */
      readonly until?: number;
    };

export class AccessTokenService implements OnModuleDestroy {
  private readonly logger = new Logger('WechatLogistics');
  private readonly flight = new SingleFlight<string>();
  private readonly breaker: TokenBreaker;
  private readonly store: SharedTokenStore;
  private readonly ration: ForceRefreshRation;
  private readonly keys: { token: string; lock: string; failure: string };
  private readonly lockTtlMs: number;
  private readonly rejected = new Set<string>();
  /** This process's copy: used alone while the store is down, and without the store until `recheckAt`. */
  private local:
    { token: string; expiresAt: number; recheckAt: number } | undefined;
  private deniedForceRefreshFor: string | undefined;

  constructor(
    private readonly fetcher: TokenFetcher,
    cache: Cache,
    lock: WechatTokenLock,
    private readonly options: ResolvedWechatLogisticsOptions,
  ) {
    const scope = `${options.tokenEndpoint}:${options.appId ?? 'provider'}`;
    this.keys = {
      token: `wechat-logistics:access-token:${scope}`,
      lock: `wechat-logistics:token-lock:${scope}`,
      failure: `wechat-logistics:token-failure:${scope}`,
    };
    this.breaker = new TokenBreaker(options.tokenFailureCooldownMs);
    this.store = new SharedTokenStore(cache, lock, options.tokenStoreTimeoutMs);
    this.ration = new ForceRefreshRation(
      this.store,
      `wechat-logistics:force-refresh:${scope}`,
    );
    // Long enough for the holder's whole refresh (bounded by timeoutMs) and its cache writes.
    this.lockTtlMs = options.timeoutMs + 4 * options.tokenStoreTimeoutMs + 1000;
  }

  /**
   * The token this process read or fetched within the last second, if any:
   * the common case, answered without a promise. (Never one with
   * `accessTokenProvider`: the module then keeps no copy of its own.)
   */
  tokenInHand(now = Date.now()): string | undefined {
    const local = this.local;
    return local !== undefined && now < local.recheckAt
      ? local.token
      : undefined;
  }

  /** A token to use now: the cached one, or a fresh one. `timeoutMs` bounds the wait. */
  async getToken(timeoutMs: number): Promise<string> {
    if (this.options.accessTokenProvider)
      return this.flight.run(this.options.accessTokenProvider);
    const now = Date.now();
    const inHand = this.tokenInHand(now);
    if (inHand !== undefined) return inHand;
    const deadline = now + timeoutMs;
    return (await this.readShared(deadline)) ?? this.refresh(deadline);
  }

  /**
   * WeChat rejected `rejected` (40001 / 40014 / 42001). Returns the token to
   * retry with, or `undefined` when the only token to be had is the rejected one.
   */
  async replaceRejected(
    rejected: string,
    timeoutMs: number,
  ): Promise<string | undefined> {
    let replacement: string;
    if (this.options.accessTokenProvider) {
      replacement = await this.flight.run(this.options.accessTokenProvider);
    } else {
      this.rememberRejected(rejected);
      const deadline = Date.now() + timeoutMs;
      const cached = await this.readShared(deadline);
      replacement =
        cached !== undefined && !this.rejected.has(cached)
          ? cached
          : await this.refresh(deadline);
    }
    return replacement === rejected ? undefined : replacement;
  }

  /**
   * Whether calls can get a token now, for readiness probes: a token in hand
   * or in the shared store, or an open breaker, answer at once (a probe every
   * few seconds costs no token fetch); otherwise one is fetched within
   * `timeoutMs`, as a call would. A shared store marked down counts as not
   * ready: the instances no longer share one token.
   */
  async probe(timeoutMs: number): Promise<TokenProbe> {
    const open = this.breaker.openError();
    if (open) return { ready: false, failure: open.error, until: open.until };
    let failure: unknown;
    if (this.tokenInHand() === undefined) {
      try {
        await this.getToken(timeoutMs);
      } catch (error) {
        failure = error;
      }
    }
    if (this.store.down) return { ready: false, storeDown: true };
    if (failure === undefined) return { ready: true };
    return {
      ready: false,
      failure,
      until: this.breaker.openError()?.until,
    };
  }

  onModuleDestroy(): void {
    this.store.dispose();
  }

  /** The shared cache's token; while the store is down, this process's own copy. */
  private async readShared(deadline: number): Promise<string | undefined> {
    let value: unknown;
    try {
      value = await this.store.read(this.keys.token, deadline);
    } catch {
      return this.localCopy();
    }
    return this.usable(value) ? this.adopt(value) : undefined;
  }

  /** One refresh per process at a time; each caller waits no longer than its own deadline. */
  private refresh(deadline: number): Promise<string> {
    return withTimeout(
      this.flight.run(() => this.refreshOnce(deadline)),
      Math.max(0, deadline - Date.now()),
      () => this.budgetUsedUp(),
    );
  }

  private async refreshOnce(deadline: number): Promise<string> {
    this.breaker.assertClosed();
    // A store too slow to answer is given up in time to fetch alone (WeChat answers within a second or so).
    const giveUpAt =
      deadline - Math.min(SOLO_FETCH_RESERVE_MS, (deadline - Date.now()) / 2);
    for (;;) {
      let owner: string | undefined;
      let shared: unknown;
      try {
        owner = await this.store.tryLock(
          this.keys.lock,
          this.lockTtlMs,
          deadline,
        );
        // Held elsewhere: another instance is refreshing, its token will show up in the shared cache.
        if (owner === undefined)
          shared = await this.store.read(this.keys.token, deadline);
      } catch {
        if (this.store.down || Date.now() >= giveUpAt)
          return this.refreshAlone(deadline);
      }
      if (owner !== undefined) {
        let refreshed: Published;
        try {
          refreshed = await this.refreshLocked(deadline);
        } catch (error) {
          this.unlockAfter(owner, Promise.resolve());
          throw error;
        }
        this.unlockAfter(owner, refreshed.written);
        return refreshed.token;
      }
      if (this.usable(shared)) return this.adopt(shared);
      const left = deadline - Date.now();
      if (left <= 0) throw this.budgetUsedUp();
      await sleep(Math.min(left, POLL_MS + Math.random() * POLL_MS));
    }
  }

  /**
   * Frees the lock once the new token is in the shared cache: the cluster
   * waits for that write, this instance's callers do not (on a frozen store
   * the write and the unlock could each take the whole store timeout).
   */
  private unlockAfter(owner: string, written: Promise<void>): void {
    void written
      .then(() =>
        this.store.unlock(this.keys.lock, owner, this.cleanupDeadline()),
      )
      .catch(() => false);
  }

  /** Holding the lock, so no other instance writes the token meanwhile: the read-then-delete is a compare-and-delete. */
  private async refreshLocked(deadline: number): Promise<Published> {
    const shared = await this.store
      .read(this.keys.token, deadline)
      .catch(() => undefined);
    // Refreshed by another instance first.
    if (this.usable(shared))
      return { token: this.adopt(shared), written: Promise.resolve() };
    this.breaker.adopt(
      await this.store.read(this.keys.failure, deadline).catch(() => undefined),
    );
    if (shared !== undefined)
      await this.store.remove(this.keys.token, deadline).catch(() => undefined);
    return this.fetchAndPublish(deadline);
  }

  /** The store is down: this process refreshes on its own (its single flight still makes that one fetch). */
  private async refreshAlone(deadline: number): Promise<string> {
    return this.localCopy() ?? (await this.fetchAndPublish(deadline)).token;
  }

  /** Fetches a token, keeps it, and starts writing it to the shared cache (`written` settles when done, never rejects). */
  private async fetchAndPublish(deadline: number): Promise<Published> {
    let fetched = await this.fetch(deadline, false);
    if (this.rejected.has(fetched.accessToken)) {
      const forced = await this.forceRefresh(fetched, deadline);
      // Not forced: WeChat insists this is the token in force. The call that saw it
      // rejected fails (replaceRejected), but later calls use it again rather than
      // each refreshing in vain.
      if (forced) fetched = forced;
      else this.rejected.delete(fetched.accessToken);
    }
    const ttlMs = this.ttlMs(fetched);
    this.keepLocal(fetched.accessToken, ttlMs);
    // Written before the lock is freed, even past the caller's deadline: the cluster waits for it.
    const written = this.store
      .write(
        this.keys.token,
        fetched.accessToken,
        ttlMs,
        this.cleanupDeadline(),
      )
      .catch(() => undefined);
    return { token: fetched.accessToken, written };
  }

  /**
   * stable_token handed back the very token WeChat just rejected, so no routine
   * refresh can help. A forced one can, but it invalidates the token every other
   * server holds and WeChat grants 20 a day, 30 s apart (beyond that it silently
   * returns the old token). Hence only here, and only within the ration the whole
   * cluster shares; outside it the call fails fast rather than repeat a request
   * that cannot succeed.
   */
  private async forceRefresh(
    stale: FetchedToken,
    deadline: number,
  ): Promise<FetchedToken | undefined> {
    if (
      this.options.tokenEndpoint !== 'stable' ||
      !(await this.ration.tryTake(deadline))
    ) {
      if (this.deniedForceRefreshFor !== stale.accessToken) {
        this.deniedForceRefreshFor = stale.accessToken; // once per stale token, not once per call
        this.logger.warn(
          'WeChat rejected the access token its stable_token endpoint still hands out, and the force_refresh ration (20 a day, 30 s apart) allows no forced refresh now: such calls fail fast',
        );
      }
      return undefined;
    }
    this.logger.warn(
      'WeChat rejected the access token its stable_token endpoint still hands out; forcing a refresh (force_refresh: true, rationed)',
    );
    const forced = await this.fetch(deadline, true);
    return forced.accessToken === stale.accessToken ? undefined : forced;
  }

  private async fetch(
    deadline: number,
    forceRefresh: boolean,
  ): Promise<FetchedToken> {
    this.breaker.assertClosed();
    const timeoutMs = deadline - Date.now();
    if (timeoutMs <= 0) throw this.budgetUsedUp();
    try {
      return await this.fetcher.fetch(timeoutMs, { forceRefresh });
    } catch (error) {
      const shared = this.breaker.record(error);
      if (shared) {
        await this.store
          .write(
            this.keys.failure,
            shared,
            shared.until - Date.now(),
            this.cleanupDeadline(),
          )
          .catch(() => undefined);
      }
      throw error;
    }
  }

  private usable(value: unknown): value is string {
    return (
      typeof value === 'string' && value !== '' && !this.rejected.has(value)
    );
  }

  /** A token read from the shared cache has at least the margin left before WeChat expires it. */
  private adopt(token: string): string {
    this.keepLocal(token, this.options.tokenExpiryMarginSeconds * 1000);
    return token;
  }

  private rememberRejected(token: string): void {
    this.rejected.delete(token);
    this.rejected.add(token);
    if (this.rejected.size > REMEMBERED_REJECTIONS)
      this.rejected.delete(this.rejected.values().next().value as string);
    if (this.local?.token === token) this.local = undefined;
  }

  private keepLocal(token: string, lifetimeMs: number): void {
    const now = Date.now();
    this.local = {
      token,
      expiresAt: now + lifetimeMs,
      recheckAt: now + Math.min(STORE_RECHECK_MS, lifetimeMs),
    };
  }

  private localCopy(): string | undefined {
    const local = this.local;
    return local &&
      local.expiresAt > Date.now() &&
      !this.rejected.has(local.token)
      ? local.token
      : undefined;
  }

  /** Deadline of a write or unlock that must happen even when the call's budget is spent. */
  private cleanupDeadline(): number {
    return Date.now() + this.options.tokenStoreTimeoutMs;
  }

  private budgetUsedUp(): WechatTransportError {
    return new WechatTransportError(
      'timeout',
      this.fetcher.api,
      'no access token within the call budget',
    );
  }

  private ttlMs({ expiresInSeconds }: FetchedToken): number {
    const margin = Math.min(
      this.options.tokenExpiryMarginSeconds,
      expiresInSeconds / 2,
    );
    return Math.max(1, Math.floor((expiresInSeconds - margin) * 1000));
  }
}
