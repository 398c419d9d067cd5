/**
 * The rule: a provider whose value a factory builds (from the options, from
 * what the app registered, or as an adapter between two parts) lives here;
 * a class marked `@Injectable()` that Nest constructs itself is listed in the
 * module (wechat-logistics.module.ts), never here. Per-app objects (token
 * sources, credentials, push handling) are made by AppRuntimeFactory, since
 * their number is only known at run time.
 */
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { type Provider } from '@nestjs/common';
import { type Cache, createCache } from 'cache-manager';
import { HttpServiceTransport } from './core/http/http-service.transport';
import { NodeHttpTransport } from './core/http/node-http.transport';
import { WechatHttpClient } from './core/http/wechat-http.client';
import {
  type WechatLogisticsModuleOptions,
  WechatPushClaim,
  WechatTokenLock,
} from './core/interfaces';
import { InMemoryPushClaim } from './events/push-claims';
import { PushApps } from './events/push-apps';
import { resolveOptions } from './core/options/resolve-options';
import { type ResolvedWechatLogisticsOptions } from './core/options/resolved-options';
import { WechatAppRegistry } from './core/apps/wechat-app-registry';
import { ExpiringMemoryStore } from './core/store/expiring-memory-store';
import { InMemoryTokenLock } from './core/token/in-memory-token-lock';
import { SharedStore } from './core/store/shared-store';
import { createTelemetry } from './core/telemetry/create-telemetry';
import {
  RESOLVED_WECHAT_LOGISTICS_OPTIONS,
  WECHAT_TELEMETRY,
  WECHAT_TOKEN_CACHE,
} from './wechat-logistics.constants';
import { WECHAT_LOGISTICS_MODULE_OPTIONS } from './wechat-logistics.module-definition';

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
    useFactory: (appCache?: Cache) => appCache ?? createPrivateMemoryCache(),
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
    // The app's lock (RedisTokenLock for a cluster), else one in memory: the single flight alone.
    provide: WechatTokenLock,
    useFactory: (options: ResolvedWechatLogisticsOptions): WechatTokenLock =>
      options.tokenLock ?? new InMemoryTokenLock(),
    inject: [RESOLVED_WECHAT_LOGISTICS_OPTIONS],
  },
  {
    // One store for every app's token, lock, breaker and ration keys; its timeout is a plain number.
    provide: SharedStore,
    useFactory: (
      cache: Cache,
      lock: WechatTokenLock,
      options: ResolvedWechatLogisticsOptions,
    ) => new SharedStore(cache, lock, options.tokenStoreTimeoutMs),
    inject: [
      WECHAT_TOKEN_CACHE,
      WechatTokenLock,
      RESOLVED_WECHAT_LOGISTICS_OPTIONS,
    ],
  },
  {
    // The app's claim (RedisPushClaim for a cluster), else one in memory.
    provide: WechatPushClaim,
    useFactory: (options: ResolvedWechatLogisticsOptions): WechatPushClaim =>
      options.pushClaim ?? new InMemoryPushClaim(),
    inject: [RESOLVED_WECHAT_LOGISTICS_OPTIONS],
  },
  {
    // Push handling sees the apps through this narrow view only: each app's push settings, by AppID.
    provide: PushApps,
    useFactory: (apps: WechatAppRegistry): PushApps => ({
      get defaultPush() {
        return apps.defaultApp?.push;
      },
      async find(appId) {
        const runtime =
          appId === undefined ? apps.defaultApp : await apps.get(appId);
        return { appId: runtime?.app.appId, push: runtime?.push };
      },
    }),
    inject: [WechatAppRegistry],
  },
];

/**
 * A cache in this process's memory that forgets by itself and holds a bounded
 * number of entries (see ExpiringMemoryStore); Nest calls its
 * `onModuleDestroy`, which stops the store's sweep timer.
 */
function createPrivateMemoryCache(): Cache {
  const store = new ExpiringMemoryStore();
  const cache = createCache();
  // cache-manager's own Keyv (keyv is its dependency, not ours), given this store instead of its Map.
  cache.stores[0].store = store;
  return Object.assign(cache, { onModuleDestroy: () => store.disconnect() });
}
