import {
  CLOUD_HOSTING_API_BASE_URL,
  DEFAULT_API_BASE_URL,
} from '../../wechat-logistics.constants';
import {
  type WechatAppOptions,
  type WechatHttpService,
  type WechatLogisticsModuleOptions,
  type WechatPushClaim,
  type WechatRetryOptions,
  type WechatTokenLock,
} from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';
import { positiveInteger, positiveNumber } from './option-readers';
import { resolveAppOptions } from './resolve-app-options';
import { resolvePushDelivery } from './resolve-push-delivery';
import {
  type ResolvedAppOptions,
  type ResolvedWechatLogisticsOptions,
} from './resolved-options';

const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_EXPIRY_MARGIN_SECONDS = 300;

const MODULE_OPTION_KEYS = knownOptionKeys<WechatLogisticsModuleOptions>(
  'WechatLogisticsModuleOptions',
  {
    appId: true,
    appSecret: true,
    apiBaseUrl: true,
    timeoutMs: true,
    callBudgetMs: true,
    tokenEndpoint: true,
    accessTokenProvider: true,
    tokenExpiryMarginSeconds: true,
    tokenFailureCooldownMs: true,
    tokenLock: true,
    tokenStoreTimeoutMs: true,
    retry: true,
    pushToken: true,
    encodingAesKey: true,
    push: true,
    pushClaim: true,
    pushDelivery: true,
    maxSockets: true,
    httpService: true,
    apps: true,
    resolveApp: true,
    maxResolvedApps: true,
    cloudHosting: true,
  },
);

const RETRY_OPTION_KEYS = knownOptionKeys<WechatRetryOptions>(
  'WechatRetryOptions',
  { maxAttempts: true, baseDelayMs: true, maxDelayMs: true },
);

/**
 * Validates the options once at bootstrap and fills in the defaults, so a bad
 * deployment fails on start with the field's name instead of on the first parcel.
 */
export function resolveOptions(
  options: WechatLogisticsModuleOptions | undefined,
): ResolvedWechatLogisticsOptions {
  if (options === null || typeof options !== 'object') {
    throw new InvalidWechatLogisticsOptionsError(
      'options',
      'must be an object',
    );
  }
  refuseUnknownOptionKeys(options, MODULE_OPTION_KEYS);
  const provider = options.accessTokenProvider;
  if (provider !== undefined && typeof provider !== 'function') {
    throw new InvalidWechatLogisticsOptionsError(
      'accessTokenProvider',
      'must be a function returning a Promise<string>',
    );
  }
  const cloudHosting = options.cloudHosting ?? false;
  if (typeof cloudHosting !== 'boolean')
    throw new InvalidWechatLogisticsOptionsError(
      'cloudHosting',
      'must be true or false',
    );
  const resolveApp = options.resolveApp;
  if (resolveApp !== undefined && typeof resolveApp !== 'function')
    throw new InvalidWechatLogisticsOptionsError(
      'resolveApp',
      'must be a function (appId) => Promise<WechatAppOptions | undefined>',
    );
  const defaultApp = resolveDefaultApp(options, cloudHosting);
  const apps = resolveApps(options, defaultApp, cloudHosting);
  if (!defaultApp && apps.size === 0 && !resolveApp)
    throw new InvalidWechatLogisticsOptionsError(
      'appId',
      'is required unless accessTokenProvider, cloudHosting, apps or resolveApp is given',
    );
  const maxResolvedApps = positiveInteger(options, 'maxResolvedApps', 1000);
  const timeoutMs = positiveNumber(options, 'timeoutMs', DEFAULT_TIMEOUT_MS);
  const tokenEndpoint = options.tokenEndpoint ?? 'stable';
  if (tokenEndpoint !== 'stable' && tokenEndpoint !== 'classic') {
    throw new InvalidWechatLogisticsOptionsError(
      'tokenEndpoint',
      `must be 'stable' or 'classic'`,
    );
  }
  const retry = options.retry ?? {};
  if (typeof retry !== 'object')
    throw new InvalidWechatLogisticsOptionsError('retry', 'must be an object');
  refuseUnknownOptionKeys(retry, RETRY_OPTION_KEYS, 'retry.');
  const maxAttempts = positiveInteger(retry, 'maxAttempts', 3, 'retry.');
  const maxSockets = positiveInteger(options, 'maxSockets', 50);
  const margin =
    options.tokenExpiryMarginSeconds ?? DEFAULT_EXPIRY_MARGIN_SECONDS;
  if (typeof margin !== 'number' || !Number.isFinite(margin) || margin < 0) {
    throw new InvalidWechatLogisticsOptionsError(
      'tokenExpiryMarginSeconds',
      'must be a number >= 0',
    );
  }
  return {
    defaultApp,
    apps,
    resolveApp,
    maxResolvedApps,
    cloudHosting,
    accessTokenProvider: provider,
    apiBaseUrl: resolveBaseUrl(
      options.apiBaseUrl,
      cloudHosting ? CLOUD_HOSTING_API_BASE_URL : DEFAULT_API_BASE_URL,
    ),
    timeoutMs,
    callBudgetMs: positiveNumber(options, 'callBudgetMs', 3 * timeoutMs),
    tokenEndpoint,
    tokenExpiryMarginSeconds: margin,
    tokenFailureCooldownMs: positiveNumber(
      options,
      'tokenFailureCooldownMs',
      30_000,
    ),
    tokenLock: resolveTokenLock(options.tokenLock),
    pushClaim: resolvePushClaim(options.pushClaim),
    pushQueue: resolvePushDelivery(options.pushDelivery),
    tokenStoreTimeoutMs: positiveNumber(options, 'tokenStoreTimeoutMs', 250),
    retry: {
      maxAttempts,
      baseDelayMs: positiveNumber(retry, 'baseDelayMs', 100, 'retry.'),
      maxDelayMs: positiveNumber(retry, 'maxDelayMs', 1000, 'retry.'),
    },
    maxSockets,
    httpService: resolveHttpService(options.httpService),
  };
}

/**
 * The module's own appId / appSecret / push fields: the default app, which
 * `WechatLogisticsService` calls for. With `apps` or `resolveApp` it may be
 * left out entirely (every call then names its app through `forApp`).
 */
function resolveDefaultApp(
  options: WechatLogisticsModuleOptions,
  cloudHosting: boolean,
): ResolvedAppOptions | undefined {
  // With apps or resolveApp, a module-level provider alone serves the tenants
  // (a third-party platform's authorizer tokens), not an app of its own.
  const tenantsOnly =
    options.apps !== undefined || options.resolveApp !== undefined;
  const named =
    options.appId !== undefined ||
    options.appSecret !== undefined ||
    options.pushToken !== undefined ||
    (options.accessTokenProvider !== undefined && !tenantsOnly) ||
    cloudHosting;
  if (!named) return undefined;
  if (!options.appId && !options.accessTokenProvider && !cloudHosting)
    // A secret (or push token) without the AppID it belongs to.
    throw new InvalidWechatLogisticsOptionsError(
      'appId',
      'is required unless accessTokenProvider is given',
    );
  return resolveAppOptions(options, {
    prefix: '',
    isDefault: true,
    cloudHosting,
    moduleProvider: undefined, // the module's provider is the default app's own
  });
}

/** `apps`, by appId, with the default app (when it has an appId) among them. */
function resolveApps(
  options: WechatLogisticsModuleOptions,
  defaultApp: ResolvedAppOptions | undefined,
  cloudHosting: boolean,
): ReadonlyMap<string, ResolvedAppOptions> {
  const list: unknown = options.apps ?? [];
  if (!Array.isArray(list))
    throw new InvalidWechatLogisticsOptionsError(
      'apps',
      'must be an array of { appId, appSecret | accessTokenProvider, pushToken?, encodingAesKey?, push? }',
    );
  const apps = new Map<string, ResolvedAppOptions>();
  if (defaultApp?.appId !== undefined) apps.set(defaultApp.appId, defaultApp);
  list.forEach((entry: WechatAppOptions, index) => {
    const app = resolveAppOptions(entry, {
      prefix: `apps[${index}].`,
      isDefault: false,
      cloudHosting,
      moduleProvider: options.accessTokenProvider,
    });
    const appId = app.appId as string;
    if (apps.has(appId))
      throw new InvalidWechatLogisticsOptionsError(
        `apps[${index}].appId`,
        `"${appId}" is configured twice`,
      );
    apps.set(appId, app);
  });
  return apps;
}

function resolveHttpService(value: unknown): WechatHttpService | undefined {
  if (value === undefined) return undefined;
  const axiosRef =
    value !== null && typeof value === 'object'
      ? (value as { axiosRef?: { request?: unknown } }).axiosRef
      : undefined;
  if (typeof axiosRef?.request !== 'function') {
    throw new InvalidWechatLogisticsOptionsError(
      'httpService',
      "must be @nestjs/axios's HttpService (an object with axiosRef.request)",
    );
  }
  return value as WechatHttpService;
}

function resolveTokenLock(value: unknown): WechatTokenLock | undefined {
  if (value === undefined) return undefined;
  if (!isTokenLock(value)) {
    throw new InvalidWechatLogisticsOptionsError(
      'tokenLock',
      'must implement WechatTokenLock (tryAcquire and release), e.g. new RedisTokenLock(redisClient)',
    );
  }
  return value;
}

function resolvePushClaim(value: unknown): WechatPushClaim | undefined {
  if (value === undefined) return undefined;
  if (!hasMethods(value, 'tryClaim', 'release'))
    throw new InvalidWechatLogisticsOptionsError(
      'pushClaim',
      'must implement WechatPushClaim (tryClaim and release), e.g. new RedisPushClaim(redisClient)',
    );
  return value as WechatPushClaim;
}

function hasMethods(value: unknown, ...names: string[]): boolean {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return names.every((name) => typeof record[name] === 'function');
}

function isTokenLock(value: unknown): value is WechatTokenLock {
  return hasMethods(value, 'tryAcquire', 'release');
}

function resolveBaseUrl(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string')
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      'must be a string',
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      `must be an absolute http(s) URL (got "${value}")`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      `must use http or https (got "${url.protocol}")`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      'must not carry a query, fragment or credentials',
    );
  }
  return url.href.replace(/\/+$/, '');
}
