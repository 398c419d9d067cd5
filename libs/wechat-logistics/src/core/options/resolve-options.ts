import {
  CLOUD_HOSTING_API_BASE_URL,
  DEFAULT_API_BASE_URL,
} from '../../wechat-logistics.constants';
import {
  type WechatLogisticsModuleOptions,
  type WechatRetryOptions,
} from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';
import { positiveInteger, positiveNumber } from './option-readers';
import { resolveApps, resolveDefaultApp } from './resolve-apps';
import { resolveBaseUrl } from './resolve-base-url';
import { resolveCarrierCodes } from './resolve-carrier-codes';
import { resolveLocalDelivery } from './resolve-local-delivery';
import {
  resolveHttpService,
  resolvePushClaim,
  resolveTokenLock,
} from './resolve-plugged-services';
import { resolvePushDelivery } from './resolve-push-delivery';
import { type ResolvedWechatLogisticsOptions } from './resolved-options';

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
    shipments: true,
    maxSockets: true,
    httpService: true,
    apps: true,
    resolveApp: true,
    maxResolvedApps: true,
    cloudHosting: true,
    carrierCodes: true,
    localDelivery: true,
    apiSecurity: true,
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
  const carrierCodes = resolveCarrierCodes(options, '', undefined);
  const localDelivery = resolveLocalDelivery(options, '', []);
  const defaultApp = resolveDefaultApp(
    options,
    cloudHosting,
    carrierCodes,
    localDelivery,
  );
  const apps = resolveApps(
    options,
    defaultApp,
    cloudHosting,
    carrierCodes,
    localDelivery,
  );
  if (!defaultApp && options.apiSecurity !== undefined)
    throw new InvalidWechatLogisticsOptionsError(
      'apiSecurity',
      "is the default app's (keys are per mini program), and there is no default app: set apiSecurity on each apps entry instead",
    );
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
    carrierCodes,
    ...(localDelivery.length === 0 ? {} : { localDelivery }),
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
    shipmentQueue: resolvePushDelivery(options.shipments, 'shipments'),
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
