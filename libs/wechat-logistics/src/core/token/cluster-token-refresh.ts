import { Logger } from '@nestjs/common';
import { WechatTransportError } from '../errors';
import { logFields } from '../logging/log-fields';
import { sleep, withDeadline } from '../timing/deadline';
import { type ForceRefreshRation } from './force-refresh-ration';
import { type LocalTokenCopy } from './local-token-copy';
import { type SharedStore } from '../store/shared-store';
import { SingleFlight } from './single-flight';
import { type TokenBreaker } from './token-breaker';
import {
  type FetchedToken,
  type TokenCredentials,
  type TokenFetcher,
} from './token-fetcher';
import { type TokenKeys } from './token-keys';

/** A token just obtained, and the write that shares it with the cluster. */
interface Published {
  readonly token: string;
  readonly written: Promise<void>;
}

/** Waiters look for the lock holder's token this often (plus as much jitter), so a cluster does not poll in step. */
const POLL_MS = 50;
/**
 * With a lock that can renew (`extend`), the holder keeps this short lease
 * alive while it refreshes: if it dies mid-refresh, the others take over
 * within the lease instead of waiting out a TTL sized for a whole refresh.
 */
const LOCK_LEASE_MS = 2000;
const LEASE_RENEW_EVERY_MS = Math.floor(LOCK_LEASE_MS / 3);

/** Time kept back to fetch alone when the shared store keeps timing out. */
const SOLO_FETCH_RESERVE_MS = 1500;

/** The settings one app's refresh runs with. */
export interface ClusterRefreshSettings {
  readonly credentials: TokenCredentials;
  readonly keys: TokenKeys;
  readonly tokenEndpoint: 'stable' | 'classic';
  readonly tokenExpiryMarginSeconds: number;
  readonly tokenStoreTimeoutMs: number;
  /** Long enough for the holder's whole refresh (bounded by timeoutMs) and its cache writes. */
  readonly lockTtlMs: number;
}

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
  private readonly logger = new Logger('WechatLogistics');
  private readonly flight = new SingleFlight<string>();
  private deniedForceRefreshFor: string | undefined;

  constructor(
    private readonly settings: ClusterRefreshSettings,
    private readonly fetcher: TokenFetcher,
    private readonly store: SharedStore,
    private readonly local: LocalTokenCopy,
    private readonly breaker: TokenBreaker,
    private readonly ration: ForceRefreshRation,
  ) {}

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
        const lease = leased ? this.keepLease(owner) : undefined;
        let refreshed: Published;
        try {
          refreshed = await this.refreshLocked(deadline);
        } catch (error) {
          this.unlockAfter(owner, Promise.resolve(), lease);
          throw error;
        }
        this.unlockAfter(owner, refreshed.written, lease);
        return refreshed.token;
      }
      if (this.local.usable(shared)) return this.adopt(shared);
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
  private unlockAfter(
    owner: string,
    written: Promise<void>,
    lease?: NodeJS.Timeout,
  ): void {
    void written
      .then(() => {
        clearInterval(lease);
        return this.store.unlock(
          this.settings.keys.lock,
          owner,
          this.cleanupDeadline(),
        );
      })
      .catch(() => false);
  }

  /** Renews the holder's lease until the refresh is over (see LOCK_LEASE_MS). */
  private keepLease(owner: string): NodeJS.Timeout {
    const lease = setInterval(() => {
      this.store
        .extendLock(
          this.settings.keys.lock,
          owner,
          LOCK_LEASE_MS,
          this.cleanupDeadline(),
        )
        .catch(() => false);
    }, LEASE_RENEW_EVERY_MS);
    lease.unref();
    return lease;
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
    return this.fetchAndPublish(deadline);
  }

  /** The store is down: this process refreshes on its own (its single flight still makes that one fetch). */
  private async refreshAlone(deadline: number): Promise<string> {
    return this.local.current() ?? (await this.fetchAndPublish(deadline)).token;
  }

  /** Fetches a token, keeps it, and starts writing it to the shared cache (`written` settles when done, never rejects). */
  private async fetchAndPublish(deadline: number): Promise<Published> {
    let fetched = await this.fetch(deadline, false);
    if (this.local.wasRejected(fetched.accessToken)) {
      const forced = await this.forceRefresh(fetched, deadline);
      // Not forced: WeChat insists this is the token in force. The call that saw it
      // rejected fails (replaceRejected), but later calls use it again rather than
      // each refreshing in vain.
      if (forced) fetched = forced;
      else this.local.forgetRejection(fetched.accessToken);
    }
    const ttlMs = this.ttlMs(fetched);
    this.local.keep(fetched.accessToken, ttlMs);
    // Written before the lock is freed, even past the caller's deadline: the cluster waits for it.
    const written = this.store
      .write(
        this.settings.keys.token,
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
      this.settings.tokenEndpoint !== 'stable' ||
      !(await this.ration.tryTake(deadline))
    ) {
      if (this.deniedForceRefreshFor !== stale.accessToken) {
        this.deniedForceRefreshFor = stale.accessToken; // once per stale token, not once per call
        this.logger.warn(
          `WeChat rejected the access token its stable_token endpoint still hands out, and the force_refresh ration (20 a day, 30 s apart) allows no forced refresh now: such calls fail fast${this.appField()}`,
        );
      }
      return undefined;
    }
    this.logger.warn(
      `WeChat rejected the access token its stable_token endpoint still hands out; forcing a refresh (force_refresh: true, rationed)${this.appField()}`,
    );
    const forced = await this.fetch(deadline, true);
    return forced.accessToken === stale.accessToken ? undefined : forced;
  }

  private async fetch(
    deadline: number,
    forceRefresh: boolean,
  ): Promise<FetchedToken> {
    this.breaker.assertClosed();
    if (deadline - Date.now() <= 0) throw this.budgetUsedUp();
    try {
      return await this.fetcher.fetch(this.settings.credentials, deadline, {
        forceRefresh,
      });
    } catch (error) {
      const shared = this.breaker.record(error);
      if (shared) {
        await this.store
          .write(
            this.settings.keys.failure,
            shared,
            shared.until - Date.now(),
            this.cleanupDeadline(),
          )
          .catch(() => undefined);
      }
      throw error;
    }
  }

  /** A token read from the shared cache has at least the margin left before WeChat expires it. */
  private adopt(token: string): string {
    this.local.keep(token, this.settings.tokenExpiryMarginSeconds * 1000);
    return token;
  }

  /** Deadline of a write or unlock that must happen even when the call's budget is spent. */
  private cleanupDeadline(): number {
    return Date.now() + this.settings.tokenStoreTimeoutMs;
  }

  private budgetUsedUp(): WechatTransportError {
    return new WechatTransportError(
      'timeout',
      this.fetcher.api,
      'no access token within the call budget',
    );
  }

  /** ` appId=…` through logFields, which quotes a value that could break the line. */
  private appField(): string {
    const { appId } = this.settings.credentials;
    return appId ? ` ${logFields({ appId })}` : '';
  }

  private ttlMs({ expiresInSeconds }: FetchedToken): number {
    const margin = Math.min(
      this.settings.tokenExpiryMarginSeconds,
      expiresInSeconds / 2,
    );
    return Math.max(1, Math.floor((expiresInSeconds - margin) * 1000));
  }
}
