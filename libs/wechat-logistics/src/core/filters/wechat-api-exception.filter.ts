import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  Logger,
} from '@nestjs/common';
import {
  WechatApiError,
  WechatApiSecurityError,
  WechatAppResolutionError,
  WechatCarrierNotMappedError,
  WechatShopSecretError,
  WechatTransportError,
  WechatUnknownAppError,
} from '../errors';
import { PushHandlerFailedError } from '../errors/push-handler-failed.error';
import { WECHAT_LIBRARY_ERRORS } from './is-wechat-library-error';
import { WechatPushError } from '../../push/wechat-push.error';
import { type LogFieldMap, logFields } from '../logging/log-fields';
import {
  type WechatLibraryError as LibraryError,
  toErrorResponse,
} from './wechat-error-response';

interface ExpressLikeResponse {
  status(code: number): { json(body: unknown): unknown };
  json(body: unknown): unknown;
}
interface FastifyLikeReply {
  header(name: string, value: string): FastifyLikeReply;
  code(code: number): FastifyLikeReply;
  send(body: unknown): unknown;
}

/**
 * Answers the library's errors as HTTP, through the errcode catalogue:
 * `{ statusCode, message, errcode, errmsg, rid?, deliveryResultcode?, deliveryResultmsg? }`.
 * The library exports it; the app binds it (`app.useGlobalFilters(new WechatApiExceptionFilter())`
 * or `@UseFilters`). Works with Express and Fastify.
 */
@Catch(...WECHAT_LIBRARY_ERRORS)
export class WechatApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('WechatLogistics');

  catch(exception: LibraryError, host: ArgumentsHost): void {
    const { status, body } = toErrorResponse(exception);
    // A push's 503 is "later, please" (WeChat re-sends), logged where it arose, once per cause.
    if (status >= 500 && !(exception instanceof WechatPushError)) {
      // Server-side trouble is worth an operator's attention; messages never hold tokens or secrets.
      const what =
        exception instanceof PushHandlerFailedError
          ? 'Push handler failed'
          : exception instanceof WechatCarrierNotMappedError
            ? 'Carrier has no code'
            : exception instanceof WechatShopSecretError
              ? 'Shop has no delivery_sign secret'
              : exception instanceof WechatApiSecurityError
                ? 'API security keys missing or unreadable'
                : 'WeChat call failed';
      this.logger.error(`${what} ${logFields(errorFields(exception, status))}`);
    }
    const response = host
      .switchToHttp()
      .getResponse<ExpressLikeResponse | FastifyLikeReply>();
    // Fastify's reply has `status()` too, but no `json()`.
    if ('json' in response && typeof response.json === 'function') {
      response.status(status).json(body);
    } else {
      // Set explicitly: a route's @Header('content-type', 'text/plain') (the push
      // route's) would otherwise make Fastify refuse to serialise the object.
      (response as FastifyLikeReply)
        .header('content-type', 'application/json; charset=utf-8')
        .code(status)
        .send(body);
    }
  }
}

/** What an operator needs to find the failed call: never the token, secret or request body. */
function errorFields(exception: LibraryError, status: number): LogFieldMap {
  const api =
    exception instanceof PushHandlerFailedError
      ? 'logistics.onPathUpdate'
      : 'api' in exception
        ? exception.api
        : undefined;
  return {
    status,
    error: exception.name,
    api,
    appId:
      exception instanceof WechatUnknownAppError ||
      exception instanceof WechatAppResolutionError ||
      exception instanceof WechatShopSecretError ||
      exception instanceof WechatApiSecurityError
        ? exception.appId
        : undefined,
    deliveryId:
      exception instanceof WechatCarrierNotMappedError
        ? exception.deliveryId
        : undefined,
    shopId:
      exception instanceof WechatShopSecretError ? exception.shopId : undefined,
    errcode:
      exception instanceof WechatApiError ? exception.errcode : undefined,
    rid: exception instanceof WechatApiError ? exception.rid : undefined,
    attempts:
      exception instanceof WechatApiError ? exception.attempts : undefined,
    failure:
      exception instanceof WechatTransportError ||
      exception instanceof WechatApiSecurityError
        ? exception.failure
        : undefined,
    httpStatus:
      exception instanceof WechatTransportError
        ? exception.httpStatus
        : undefined,
    message: exception.message,
  };
}
