import { Logger } from '@nestjs/common';
import { type Cache } from 'cache-manager';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import { SingleFlight } from './single-flight';
import { TokenBreaker } from './token-breaker';
import { type FetchedToken, type TokenFetcher } from './token-fetcher';

/**
 * Hands out access tokens. Tokens live in the app's cache store (memory, or
 * Redis for a cluster) under a key namespaced by AppID and token endpoint, for
 * `expires_in` minus a safety margin. Concurrent callers share one refresh. A
 * token WeChat rejected is dropped only if it is still the one in the cache, so
 * a slow caller holding an old token never throws away a fresh one.
 *
 * With `accessTokenProvider` the module never fetches or caches tokens itself:
 * the provider (the company's token service) owns them.
 */
export class AccessTokenService {
  private readonly logger = new Logger('WechatLogistics');
  private readonly refreshes = new SingleFlight<string>();
  private readonly cacheKey: string;
  private readonly breaker: TokenBreaker;
  private cacheBroken = false;

  constructor(
    private readonly fetcher: TokenFetcher,
    private readonly cache: Cache,
    private readonly options: ResolvedWechatLogisticsOptions,
  ) {
    this.cacheKey = `wechat-logistics:access-token:${options.tokenEndpoint}:${options.appId ?? 'provider'}`;
    this.breaker = new TokenBreaker(options.tokenFailureCooldownMs);
  }

  /** A token to use now: the cached one, or a fresh one. `timeoutMs` bounds a fetch. */
  async getToken(timeoutMs: number): Promise<string> {
    if (this.options.accessTokenProvider)
      return this.refreshes.run(this.options.accessTokenProvider);
    return (
      (await this.readCache()) ??
      this.refreshes.run(() => this.fetchUnlessCached(undefined, timeoutMs))
    );
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
      replacement = await this.refreshes.run(this.options.accessTokenProvider);
    } else {
      const cached = await this.readCache();
      replacement =
        cached !== undefined && cached !== rejected
          ? cached
          : await this.refreshes.run(() =>
              this.fetchUnlessCached(rejected, timeoutMs),
            );
    }
    return replacement === rejected ? undefined : replacement;
  }

  /** Runs inside the single flight: re-reads the cache, since the previous flight may just have filled it. */
  private async fetchUnlessCached(
    rejected: string | undefined,
    timeoutMs: number,
  ): Promise<string> {
    const cached = await this.readCache();
    if (cached !== undefined && cached !== rejected) return cached;
    if (cached !== undefined)
      await this.guard(() => this.cache.del(this.cacheKey));
    this.breaker.assertClosed();
    let fetched: FetchedToken;
    try {
      fetched = await this.fetcher.fetch(timeoutMs);
    } catch (error) {
      this.breaker.record(error);
      throw error;
    }
    await this.guard(() =>
      this.cache.set(this.cacheKey, fetched.accessToken, this.ttlMs(fetched)),
    );
    return fetched.accessToken;
  }

  private ttlMs({ expiresInSeconds }: FetchedToken): number {
    const margin = Math.min(
      this.options.tokenExpiryMarginSeconds,
      expiresInSeconds / 2,
    );
    return Math.max(1, Math.floor((expiresInSeconds - margin) * 1000));
  }

  private async readCache(): Promise<string | undefined> {
    const value = await this.guard(() => this.cache.get<string>(this.cacheKey));
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  /** A failing cache store degrades to "no cached token" instead of failing the call; logged once per outage. */
  private async guard<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await operation();
      if (this.cacheBroken) {
        this.cacheBroken = false;
        this.logger.log('Token cache store is answering again');
      }
      return result;
    } catch (error) {
      if (!this.cacheBroken) {
        this.cacheBroken = true;
        this.logger.warn(
          `Token cache store failed (${(error as Error).name}); using WeChat directly until it recovers`,
        );
      }
      return undefined;
    }
  }
}
