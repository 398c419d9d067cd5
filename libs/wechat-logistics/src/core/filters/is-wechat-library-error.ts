import { PushHandlerFailedError } from '../errors/push-handler-failed.error';
import { WechatPushError } from '../../push/wechat-push.error';
import {
  WechatApiError,
  WechatApiSecurityError,
  WechatAppResolutionError,
  WechatCarrierNotMappedError,
  WechatShipmentConflictError,
  WechatShopSecretError,
  WechatTransportError,
  WechatUnknownAppError,
  WechatValidationError,
} from '../errors';
import { type WechatLibraryError } from './wechat-error-response';

/** Every class of {@link WechatLibraryError}: what the exception filter catches. */
export const WECHAT_LIBRARY_ERRORS = [
  WechatApiError,
  WechatTransportError,
  WechatValidationError,
  WechatPushError,
  PushHandlerFailedError,
  WechatUnknownAppError,
  WechatAppResolutionError,
  WechatCarrierNotMappedError,
  WechatShopSecretError,
  WechatApiSecurityError,
  WechatShipmentConflictError,
] as const;

export function isWechatLibraryError(
  error: unknown,
): error is WechatLibraryError {
  return WECHAT_LIBRARY_ERRORS.some((type) => error instanceof type);
}
