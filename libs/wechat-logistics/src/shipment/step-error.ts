import { WechatApiError } from '../core/errors';
import { toErrorResponse } from '../core/filters/wechat-error-response';
import { isWechatLibraryError } from '../core/filters/is-wechat-library-error';
import { type ShipmentStepError } from './shipment-state';

/**
 * A step's failure as recorded: the error's own message (WeChat's errcode
 * and errmsg, the transport failure, an unknown upload's advice — never a
 * token or secret, which the library's errors do not carry), its errcode, and
 * the status the exception filter answers it with (500 for anything else).
 */
export function stepErrorOf(error: unknown): ShipmentStepError {
  const message = error instanceof Error ? error.message : String(error);
  const httpStatus = isWechatLibraryError(error)
    ? toErrorResponse(error).status
    : 500;
  return {
    message,
    ...(error instanceof WechatApiError ? { errcode: error.errcode } : {}),
    httpStatus,
  };
}
