import { WechatApiError, WechatTransportError } from '../errors';

/**
 * The error of a call the library sends once (an upload, a goods update),
 * with `advice` added when WeChat may have acted on it: every transport
 * failure of that call itself (a timeout, a reset, a gateway page — a gateway
 * may have passed the request on), and a busy answer (-1 and the family's
 * own "system error" codes), which WeChat may give after acting. Any other
 * errcode is a clear refusal, and an error of another call (the token
 * fetch) or a validation error passes unchanged.
 */
export function withOutcomeUnknownAdvice(
  error: unknown,
  api: string,
  advice: string,
): unknown {
  if (error instanceof WechatTransportError && error.api === api) {
    return new WechatTransportError(
      error.failure,
      error.api,
      error.message.slice(`${api}: `.length),
      error.httpStatus,
      { cause: error, advice },
    );
  }
  if (
    error instanceof WechatApiError &&
    error.api === api &&
    error.entry?.kind === 'busy'
  ) {
    return new WechatApiError({
      errcode: error.errcode,
      errmsg: error.errmsg,
      api: error.api,
      attempts: error.attempts,
      viaCloudHosting: error.viaCloudHosting,
      advice,
    });
  }
  return error;
}
