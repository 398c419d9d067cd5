import { type WechatTransportError } from '../errors';
import { withDeadline, sleep } from '../timing/deadline';
import { type SharedStore } from '../store/shared-store';
import {
  type ClusterRefreshSettings,
  cleanupDeadline,
} from './cluster-refresh-settings';
import { type ForceRefreshRation } from './force-refresh-ration';
import { type LocalTokenCopy } from './local-token-copy';
import { NewTokenPublisher, type Published } from './new-token-publisher';
import { SingleFlight } from './single-flight';
import { tokenBudgetUsedUp } from './token-budget';
import { type TokenBreaker } from './token-breaker';
import { type TokenFetcher } from './token-fetcher';
import { keepLease, LOCK_LEASE_MS, unlockAfter } from './token-lock-lease';

export { type ClusterRefreshSettings } from './cluster-refresh-settings';

/** Waiters look for the lock holder's token this often (plus as much jitter), so a cluster does not poll in step. */
const POLL_MS = 50;

/** Time kept back to fetch alone when the shared store keeps timing out. */
const SOLO_FETCH_RESERVE_MS = 1500;

/**
 * One app's token refresh, one per process at a time (single flight) and one
 * per cluster through the token lock: the holder re-reads the cache first
 * (another instance may just have refreshed: then it fetches nothing), drops a
 * rejected token only if it is still the cached one, fetches, publishes, frees
 * the lock. The others poll the cache until a token they have not seen
 * rejected appears, or the lock frees and they take it; all before their
 * deadline. With the in-memory default lock this is the plain single flight.
 * While the store is down the process refreshes alone.
 */
export class ClusterTokenRefresh {
  private readonly flight = new SingleFlight<string>();
  private readonly publisher: NewTokenPublisher;
  /** Deadline of an unlock or lease renewal that must happen even when the call's budget is spent. */
  private readonly cleanup = (): number => cleanupDeadline(this.settings);

  constructor(
    private readonly settings: ClusterRefreshSettings,
    private readonly fetcher: TokenFetcher,
    private readonly store: SharedStore,
    private readonly local: LocalTokenCopy,
    private readonly breaker: TokenBreaker,
    ration: ForceRefreshRation,
  ) {
    this.publisher = new NewTokenPublisher(
      settings,
      fetcher,
      store,
      local,
      breaker,
      ration,
    );
  }

  /** The shared cache's token (kept locally); while the store is down, this process's own copy. */
  async readShared(deadline: number): Promise<string | undefined> {
    let value: unknown;
    try {
      value = await this.store.read(this.settings.keys.token, deadline);
    } catch {
      return this.local.current();
    }
    return this.local.usable(value) ? this.adopt(value) : undefined;
  }

  /** A fresh token; each caller waits no longer than its own deadline. */
  refresh(deadline: number): Promise<string> {
    return withDeadline(
      this.flight.run(() => this.refreshOnce(deadline)),
      deadline,
      () => this.budgetUsedUp(),
    );
  }

  private async refreshOnce(deadline: number): Promise<string> {
    this.breaker.assertClosed();
    const { keys, lockTtlMs } = this.settings;
    const leased = this.store.leasesLocks;
    // A store too slow to answer is given up in time to fetch alone (WeChat answers within a second or so).
    const giveUpAt =
      deadline - Math.min(SOLO_FETCH_RESERVE_MS, (deadline - Date.now()) / 2);
    for (;;) {
      let owner: string | undefined;
      let shared: unknown;
      try {
        owner = await this.store.tryLock(
          keys.lock,
          leased ? LOCK_LEASE_MS : lockTtlMs,
          deadline,
        );
        // Held elsewhere: another instance is refreshing, its token will show up in the shared cache.
        if (owner === undefined)
          shared = await this.store.read(keys.token, deadline);
      } catch {
        if (this.store.down || Date.now() >= giveUpAt)
          return this.refreshAlone(deadline);
      }
      if (owner !== undefined) {
        const lease = leased
          ? keepLease(this.store, keys.lock, owner, this.cleanup)
          : undefined;
        let refreshed: Published;
        try {
          refreshed = await this.refreshLocked(deadline);
        } catch (error) {
          unlockAfter(
            this.store,
            keys.lock,
            owner,
            Promise.resolve(),
            lease,
            this.cleanup,
          );
          throw error;
        }
        unlockAfter(
          this.store,
          keys.lock,
          owner,
          refreshed.written,
          lease,
          this.cleanup,
        );
        return refreshed.token;
      }
      if (this.local.usable(shared)) return this.adopt(shared);
      const left = deadline - Date.now();
      if (left <= 0) throw this.budgetUsedUp();
      await sleep(Math.min(left, POLL_MS + Math.random() * POLL_MS));
    }
  }

  /** Holding the lock, so no other instance writes the token meanwhile: the read-then-delete is a compare-and-delete. */
  private async refreshLocked(deadline: number): Promise<Published> {
    const { keys } = this.settings;
    const shared = await this.store
      .read(keys.token, deadline)
      .catch(() => undefined);
    // Refreshed by another instance first.
    if (this.local.usable(shared))
      return { token: this.adopt(shared), written: Promise.resolve() };
    this.breaker.adopt(
      await this.store.read(keys.failure, deadline).catch(() => undefined),
    );
    if (shared !== undefined)
      await this.store.remove(keys.token, deadline).catch(() => undefined);
    return this.publisher.fetchAndPublish(deadline);
  }

  /** The store is down: this process refreshes on its own (its single flight still makes that one fetch). */
  private async refreshAlone(deadline: number): Promise<string> {
    return (
      this.local.current() ??
      (await this.publisher.fetchAndPublish(deadline)).token
    );
  }

  /** A token read from the shared cache has at least the margin left before WeChat expires it. */
  private adopt(token: string): string {
    this.local.keep(token, this.settings.tokenExpiryMarginSeconds * 1000);
    return token;
  }

  private budgetUsedUp(): WechatTransportError {
    return tokenBudgetUsedUp(this.fetcher.api);
  }
}
