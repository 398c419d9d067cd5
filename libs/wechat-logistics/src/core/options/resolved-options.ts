import { type ResolvedCarrierCodes } from './resolve-carrier-codes';
import { type ResolvedApiSecurity } from './resolve-api-security';
import { type ResolvedLocalDelivery } from './resolve-local-delivery';
import {
  type AccessTokenProvider,
  type TokenEndpoint,
  type WechatAppResolver,
  type WechatHttpService,
  type WechatPushClaim,
  type WechatTokenLock,
} from '../interfaces';

/** Where an app's calls get their credential. */
export type AppCredentials =
  | { readonly kind: 'secret'; readonly appSecret: string }
  | { readonly kind: 'provider'; readonly provider: AccessTokenProvider }
  /** WeChat Cloud Hosting's open API service supplies it: no token at all. */
  | { readonly kind: 'cloud-hosting' };

/** One mini program after validation. */
export interface ResolvedAppOptions {
  /** Undefined only for a default app configured without one (a token provider, or Cloud Hosting). */
  readonly appId: string | undefined;
  readonly credentials: AppCredentials;
  /** Undefined when no `pushToken` is configured: its pushes are refused. */
  readonly push: ResolvedPushOptions | undefined;
  /** The module's own `appId`: under Cloud Hosting its calls carry no `from_appid`. */
  readonly isDefault: boolean;
  /** The module's `carrierCodes` with this app's over them; undefined when neither is set. */
  readonly carrierCodes?: ResolvedCarrierCodes;
  /** 即时配送's secret levels, this app's before the module's; undefined when none is configured. */
  readonly localDelivery?: ResolvedLocalDelivery;
  /** Its `apiSecurity` (WeChat's server API security); undefined when not configured. */
  readonly apiSecurity?: ResolvedApiSecurity;
}

/** The module's options after validation, every default filled in. */
export interface ResolvedWechatLogisticsOptions {
  /** Undefined when only `apps` / `resolveApp` are configured: `forApp` is then required. */
  readonly defaultApp: ResolvedAppOptions | undefined;
  /** `apps`, by appId (the default app too, when it has an appId). */
  readonly apps: ReadonlyMap<string, ResolvedAppOptions>;
  readonly resolveApp: WechatAppResolver | undefined;
  readonly maxResolvedApps: number;
  /** The module's `carrierCodes` (what `resolveApp`'s tenants extend); undefined when not set. */
  readonly carrierCodes?: ResolvedCarrierCodes;
  /** The module's `localDelivery` level (what `resolveApp`'s tenants fall back on); undefined when not set. */
  readonly localDelivery?: ResolvedLocalDelivery;
  readonly cloudHosting: boolean;
  /** Kept for resolving `resolveApp`'s answers the way `apps` are resolved. */
  readonly accessTokenProvider: AccessTokenProvider | undefined;
  /** Without a trailing slash. */
  readonly apiBaseUrl: string;
  readonly timeoutMs: number;
  readonly callBudgetMs: number;
  readonly tokenEndpoint: TokenEndpoint;
  readonly tokenExpiryMarginSeconds: number;
  readonly tokenFailureCooldownMs: number;
  /** Undefined: the module uses an in-memory lock. */
  readonly tokenLock: WechatTokenLock | undefined;
  readonly tokenStoreTimeoutMs: number;
  /** Undefined: the module claims pushes in memory. */
  readonly pushClaim: WechatPushClaim | undefined;
  /** Undefined: inline delivery (handlers run during WeChat's request). */
  readonly pushQueue: ResolvedPushQueueOptions | undefined;
  /** Undefined: `ship` runs in the caller only (no `wait: false`). */
  readonly shipmentQueue: ResolvedPushQueueOptions | undefined;
  readonly retry: {
    readonly maxAttempts: number;
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
  };
  readonly maxSockets: number;
  /** Undefined: requests go through Node's own HTTP client. */
  readonly httpService: WechatHttpService | undefined;
}

export interface ResolvedPushOptions {
  readonly token: string;
  readonly encodingAesKey: string | undefined;
  readonly mode: 'plain' | 'compatible' | 'safe';
  readonly format: 'xml' | 'json' | 'any';
  readonly timestampToleranceSeconds: number;
  readonly maxBodyBytes: number;
  readonly handlerTimeoutMs: number;
  readonly answerBudgetMs: number;
  readonly dedupeTtlSeconds: number;
}

export interface ResolvedPushQueueOptions {
  readonly queue: string;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly concurrency: number;
  readonly lockDurationMs: number;
  readonly worker: boolean;
  readonly enqueueTimeoutMs: number;
}
