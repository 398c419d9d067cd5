import {
  type WechatHttpService,
  type WechatPushClaim,
  type WechatTokenLock,
} from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';

// The objects an app plugs in are checked by shape: a wrong one fails at start, not on the first call.

export function resolveHttpService(
  value: unknown,
): WechatHttpService | undefined {
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

export function resolveTokenLock(value: unknown): WechatTokenLock | undefined {
  if (value === undefined) return undefined;
  if (!isTokenLock(value)) {
    throw new InvalidWechatLogisticsOptionsError(
      'tokenLock',
      'must implement WechatTokenLock (tryAcquire and release), e.g. new RedisTokenLock(redisClient)',
    );
  }
  return value;
}

export function resolvePushClaim(value: unknown): WechatPushClaim | undefined {
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
