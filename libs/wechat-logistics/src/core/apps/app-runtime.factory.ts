import { Inject, Injectable } from '@nestjs/common';
import { AppApiSecurity } from '../api-security/app-api-security';
import {
  type CallCredential,
  CloudHostingCredential,
  TokenCredential,
} from '../caller/call-credential';
import {
  type ResolvedAppOptions,
  type ResolvedWechatLogisticsOptions,
} from '../options/resolved-options';
import { createAppPush } from '../../events/app-push';
import { ClusterTokenRefresh } from '../token/cluster-token-refresh';
import { FetchedTokenSource } from '../token/fetched-token-source';
import { ForceRefreshRation } from '../token/force-refresh-ration';
import { LocalTokenCopy } from '../token/local-token-copy';
import { ProvidedTokenSource } from '../token/provided-token-source';
import { SharedStore } from '../store/shared-store';
import { TokenBreaker } from '../token/token-breaker';
import { TokenFetcher } from '../token/token-fetcher';
import { tokenKeys } from '../token/token-keys';
import { type TokenSource } from '../token/token-source';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../../wechat-logistics.constants';
import { type AppRuntime } from './app-runtime';

/**
 * Builds an app's runtime from its resolved options and the module's shared
 * parts (HTTP client, token store and lock, fetcher). The per-app objects
 * are plain classes made here, since their number is only known at run time.
 */
@Injectable()
export class AppRuntimeFactory {
  constructor(
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    private readonly options: ResolvedWechatLogisticsOptions,
    private readonly fetcher: TokenFetcher,
    private readonly store: SharedStore,
  ) {}

  /** Throws (InvalidWechatLogisticsOptionsError from the push cipher) for an unusable EncodingAESKey. */
  create(app: ResolvedAppOptions): AppRuntime {
    const tokens = this.tokensOf(app);
    const credential: CallCredential = tokens
      ? new TokenCredential(tokens, app.appId)
      : new CloudHostingCredential(
          app.appId,
          app.isDefault ? undefined : app.appId,
        );
    return {
      app,
      credential,
      tokens,
      push: app.push && createAppPush(app.push, app.appId, this.store),
      security: {
        appId: app.appId,
        // resolveApiSecurity refuses apiSecurity without an appId.
        apiSecurity:
          app.apiSecurity && app.appId !== undefined
            ? new AppApiSecurity(app.appId, app.apiSecurity)
            : undefined,
      },
    };
  }

  private tokensOf(app: ResolvedAppOptions): TokenSource | undefined {
    const { credentials, appId } = app;
    if (credentials.kind === 'cloud-hosting') return undefined;
    if (credentials.kind === 'provider')
      return new ProvidedTokenSource(credentials.provider, appId);
    const options = this.options;
    const keys = tokenKeys(options.tokenEndpoint, appId);
    const local = new LocalTokenCopy();
    const breaker = new TokenBreaker(options.tokenFailureCooldownMs);
    const refresher = new ClusterTokenRefresh(
      {
        credentials: {
          appId: appId as string,
          appSecret: credentials.appSecret,
        },
        keys,
        tokenEndpoint: options.tokenEndpoint,
        tokenExpiryMarginSeconds: options.tokenExpiryMarginSeconds,
        tokenStoreTimeoutMs: options.tokenStoreTimeoutMs,
        lockTtlMs: options.timeoutMs + 4 * options.tokenStoreTimeoutMs + 1000,
      },
      this.fetcher,
      this.store,
      local,
      breaker,
      new ForceRefreshRation(this.store, keys.forceRefresh),
    );
    return new FetchedTokenSource(local, refresher, breaker, this.store);
  }
}
