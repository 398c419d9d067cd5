import { DEFAULT_API_BASE_URL } from '../wechat-logistics.constants';
import {
  type WechatHttpService,
  type WechatLogisticsModuleOptions,
  type WechatTokenLock,
} from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { optionalString, positiveNumber } from './option-readers';
import { resolvePushOptions } from './resolve-push-options';
import { type ResolvedWechatLogisticsOptions } from './resolved-options';

const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_EXPIRY_MARGIN_SECONDS = 300;

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
  const provider = options.accessTokenProvider;
  if (provider !== undefined && typeof provider !== 'function') {
    throw new InvalidWechatLogisticsOptionsError(
      'accessTokenProvider',
      'must be a function returning a Promise<string>',
    );
  }
  const appId = optionalString(options, 'appId');
  const appSecret = optionalString(options, 'appSecret');
  if (!provider) {
    if (!appId)
      throw new InvalidWechatLogisticsOptionsError(
        'appId',
        'is required unless accessTokenProvider is given',
      );
    if (!appSecret) {
      throw new InvalidWechatLogisticsOptionsError(
        'appSecret',
        'is required unless accessTokenProvider is given',
      );
    }
  }
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
  const maxAttempts = positiveNumber(retry, 'maxAttempts', 3, 'retry.');
  if (!Number.isInteger(maxAttempts)) {
    throw new InvalidWechatLogisticsOptionsError(
      'retry.maxAttempts',
      'must be a whole number',
    );
  }
  const maxSockets = positiveNumber(options, 'maxSockets', 50);
  if (!Number.isInteger(maxSockets))
    throw new InvalidWechatLogisticsOptionsError(
      'maxSockets',
      'must be a whole number',
    );
  const margin =
    options.tokenExpiryMarginSeconds ?? DEFAULT_EXPIRY_MARGIN_SECONDS;
  if (typeof margin !== 'number' || !Number.isFinite(margin) || margin < 0) {
    throw new InvalidWechatLogisticsOptionsError(
      'tokenExpiryMarginSeconds',
      'must be a number >= 0',
    );
  }
  return {
    appId,
    appSecret,
    apiBaseUrl: resolveBaseUrl(options.apiBaseUrl),
    timeoutMs,
    callBudgetMs: positiveNumber(options, 'callBudgetMs', 3 * timeoutMs),
    tokenEndpoint,
    accessTokenProvider: provider,
    tokenExpiryMarginSeconds: margin,
    tokenFailureCooldownMs: positiveNumber(
      options,
      'tokenFailureCooldownMs',
      30_000,
    ),
    tokenLock: resolveTokenLock(options.tokenLock),
    tokenStoreTimeoutMs: positiveNumber(options, 'tokenStoreTimeoutMs', 250),
    retry: {
      maxAttempts,
      baseDelayMs: positiveNumber(retry, 'baseDelayMs', 100, 'retry.'),
      maxDelayMs: positiveNumber(retry, 'maxDelayMs', 1000, 'retry.'),
    },
    maxSockets,
    httpService: resolveHttpService(options.httpService),
    push: resolvePushOptions(options, appId),
  };
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

function isTokenLock(value: unknown): value is WechatTokenLock {
  if (value === null || typeof value !== 'object') return false;
  const lock = value as Record<string, unknown>;
  return (
    typeof lock.tryAcquire === 'function' && typeof lock.release === 'function'
  );
}

function resolveBaseUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_API_BASE_URL;
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
