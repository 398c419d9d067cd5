import { Logger } from '@nestjs/common';
import { logFields } from '../logging/log-fields';
import { type SharedStore } from '../store/shared-store';
import {
  type ClusterRefreshSettings,
  cleanupDeadline,
} from './cluster-refresh-settings';
import { type ForceRefreshRation } from './force-refresh-ration';
import { type LocalTokenCopy } from './local-token-copy';
import { tokenBudgetUsedUp } from './token-budget';
import { type TokenBreaker } from './token-breaker';
import { type FetchedToken, type TokenFetcher } from './token-fetcher';

/** A token just obtained, and the write that shares it with the cluster. */
export interface Published {
  readonly token: string;
  readonly written: Promise<void>;
}

/**
 * Gets one app a new token from WeChat (through its breaker, forcing a
 * refresh within the cluster's ration when WeChat hands back the token it
 * just rejected), keeps it locally and writes it to the shared cache.
 */
export class NewTokenPublisher {
  private readonly logger = new Logger('WechatLogistics');
  private deniedForceRefreshFor: string | undefined;

  constructor(
    private readonly settings: ClusterRefreshSettings,
    private readonly fetcher: TokenFetcher,
    private readonly store: SharedStore,
    private readonly local: LocalTokenCopy,
    private readonly breaker: TokenBreaker,
    private readonly ration: ForceRefreshRation,
  ) {}

  /** Fetches a token, keeps it, and starts writing it to the shared cache (`written` settles when done, never rejects). */
  async fetchAndPublish(deadline: number): Promise<Published> {
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
        cleanupDeadline(this.settings),
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
    if (deadline - Date.now() <= 0) throw tokenBudgetUsedUp(this.fetcher.api);
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
            cleanupDeadline(this.settings),
          )
          .catch(() => undefined);
      }
      throw error;
    }
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
