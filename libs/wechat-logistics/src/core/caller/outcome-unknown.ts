import { WechatApiError } from '../errors/wechat-api.error';
import { WechatTransportError } from '../errors/wechat-transport.error';

/**
 * A write the library sends once and never repeats (a shipping upload, a
 * return id), because a repeat after an attempt that landed costs something
 * (the payment's one re-upload; a return id answered 9300522 without its id).
 * When such a call fails without a clear refusal, WeChat may have acted: the
 * error says so, with the endpoint's own `advice`.
 *
 * That is every transport failure of the call itself (a timeout, a reset, a
 * gateway page — a gateway may have passed the request on), and a busy answer
 * (-1 and the families' "system error" codes), which WeChat may give after
 * acting. Any other errcode is a clear refusal and passes unchanged, as does a
 * refused input (nothing was sent).
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
  if (error instanceof WechatApiError && error.entry?.kind === 'busy') {
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
