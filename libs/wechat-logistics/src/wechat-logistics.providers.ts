import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { type Provider } from '@nestjs/common';
import { type Cache, createCache } from 'cache-manager';
import { WechatApiCaller } from './api/wechat-api.caller';
import { HttpServiceTransport } from './http/http-service.transport';
import { NodeHttpTransport } from './http/node-http.transport';
import { WechatHttpClient } from './http/wechat-http.client';
import {
  type WechatLogisticsModuleOptions,
  WechatTokenLock,
} from './interfaces';
import { resolveOptions } from './options/resolve-options';
import { type ResolvedWechatLogisticsOptions } from './options/resolved-options';
import { AccessTokenService } from './token/access-token.service';
import { InMemoryTokenLock } from './token/in-memory-token-lock';
import { TokenFetcher } from './token/token-fetcher';
import { createTelemetry } from './telemetry/create-telemetry';
import { type WechatTelemetry } from './telemetry/wechat-telemetry.interface';
import {
  RESOLVED_WECHAT_LOGISTICS_OPTIONS,
  WECHAT_TELEMETRY,
  WECHAT_TOKEN_CACHE,
} from './wechat-logistics.constants';
import { WECHAT_LOGISTICS_MODULE_OPTIONS } from './wechat-logistics.module-definition';

/** Internal wiring: the classes stay free of DI decorators, so each is built once, here, from the resolved options. */
export const wechatLogisticsProviders: Provider[] = [
  {
    provide: RESOLVED_WECHAT_LOGISTICS_OPTIONS,
    useFactory: (options: WechatLogisticsModuleOptions) =>
      resolveOptions(options),
    inject: [WECHAT_LOGISTICS_MODULE_OPTIONS],
  },
  {
    // The app's store when it registered CacheModule (memory, or Redis for a cluster); else a private memory cache.
    provide: WECHAT_TOKEN_CACHE,
    useFactory: (appCache?: Cache) => appCache ?? createCache(),
    inject: [{ token: CACHE_MANAGER, optional: true }],
  },
  {
    // The app's HttpService when given (its interceptors, proxy and agents apply), else Node's own client.
    provide: WechatHttpClient,
    useFactory: ({
      httpService,
      apiBaseUrl,
      maxSockets,
    }: ResolvedWechatLogisticsOptions) =>
      new WechatHttpClient(
        httpService
          ? new HttpServiceTransport(httpService, apiBaseUrl)
          : new NodeHttpTransport(apiBaseUrl, maxSockets),
      ),
    inject: [RESOLVED_WECHAT_LOGISTICS_OPTIONS],
  },
  {
    // OpenTelemetry when the app installed @opentelemetry/api; else nothing at all.
    provide: WECHAT_TELEMETRY,
    useFactory: createTelemetry,
  },
  {
    provide: TokenFetcher,
    useFactory: (
      http: WechatHttpClient,
      options: ResolvedWechatLogisticsOptions,
      telemetry: WechatTelemetry,
    ) => new TokenFetcher(http, options, telemetry),
    inject: [
      WechatHttpClient,
      RESOLVED_WECHAT_LOGISTICS_OPTIONS,
      WECHAT_TELEMETRY,
    ],
  },
  {
    // The app's lock (RedisTokenLock for a cluster), else one in memory: the single flight alone.
    provide: WechatTokenLock,
    useFactory: (options: ResolvedWechatLogisticsOptions): WechatTokenLock =>
      options.tokenLock ?? new InMemoryTokenLock(),
    inject: [RESOLVED_WECHAT_LOGISTICS_OPTIONS],
  },
  {
    provide: AccessTokenService,
    useFactory: (
      fetcher: TokenFetcher,
      cache: Cache,
      lock: WechatTokenLock,
      options: ResolvedWechatLogisticsOptions,
    ) => new AccessTokenService(fetcher, cache, lock, options),
    inject: [
      TokenFetcher,
      WECHAT_TOKEN_CACHE,
      WechatTokenLock,
      RESOLVED_WECHAT_LOGISTICS_OPTIONS,
    ],
  },
  {
    provide: WechatApiCaller,
    useFactory: (
      http: WechatHttpClient,
      tokens: AccessTokenService,
      options: ResolvedWechatLogisticsOptions,
      telemetry: WechatTelemetry,
    ) => new WechatApiCaller(http, tokens, options, telemetry),
    inject: [
      WechatHttpClient,
      AccessTokenService,
      RESOLVED_WECHAT_LOGISTICS_OPTIONS,
      WECHAT_TELEMETRY,
    ],
  },
];
