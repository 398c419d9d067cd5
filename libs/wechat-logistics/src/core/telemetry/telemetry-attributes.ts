import {
  WechatApiError,
  WechatTransportError,
  WechatValidationError,
} from '../errors';
import { type Attributes } from './open-telemetry-api';

/**
 * How a call or a token fetch ended, as span and metric attributes. Only codes
 * and counts: never a message (WeChat's errmsg aside, messages can quote what
 * was sent), a URL, a token, a secret, a password or an openid.
 */
export function outcomeAttributes(error?: unknown): Attributes {
  return compact(describeOutcome(error));
}

function describeOutcome(error: unknown): Attributes {
  if (error === undefined) return { 'wechat.outcome': 'ok' };
  if (error instanceof WechatApiError)
    return {
      'wechat.outcome': 'errcode',
      'wechat.errcode': error.errcode,
      'wechat.attempts': error.attempts,
    };
  if (error instanceof WechatTransportError)
    return {
      'wechat.outcome': 'transport',
      'wechat.failure': error.failure,
      'http.response.status_code': error.httpStatus,
    };
  if (error instanceof WechatValidationError)
    return { 'wechat.outcome': 'invalid' };
  return {
    'wechat.outcome': 'error',
    'error.type': error instanceof Error ? error.name : typeof error,
  };
}

/** `error.type` as OpenTelemetry's conventions name it: the error class, or the errcode. */
export function errorType(error: unknown): string {
  if (error instanceof WechatApiError) return String(error.errcode);
  return error instanceof Error ? error.name : typeof error;
}

/** Without the keys whose value is unknown: OpenTelemetry takes no `undefined`. */
export function compact(attributes: Attributes): Attributes {
  const defined: Attributes = {};
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) defined[key] = value;
  return defined;
}
