import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  Logger,
} from '@nestjs/common';
import {
  WechatApiError,
  WechatTransportError,
  WechatValidationError,
} from '../errors';
import { PushHandlerFailedError } from '../push/push-handler-failed.error';
import { WechatPushError } from '../push/wechat-push.error';
import { toErrorResponse } from './wechat-error-response';

type LibraryError =
  | WechatApiError
  | WechatTransportError
  | WechatValidationError
  | WechatPushError
  | PushHandlerFailedError;

interface ExpressLikeResponse {
  status(code: number): { json(body: unknown): unknown };
}
interface FastifyLikeReply {
  code(code: number): { send(body: unknown): unknown };
}

/**
 * Answers the library's errors as HTTP, through the errcode catalogue:
 * `{ statusCode, message, errcode, errmsg, rid?, deliveryResultcode?, deliveryResultmsg? }`.
 * The library exports it; the app binds it (`app.useGlobalFilters(new WechatApiExceptionFilter())`
 * or `@UseFilters`). Works with Express and Fastify.
 */
@Catch(
  WechatApiError,
  WechatTransportError,
  WechatValidationError,
  WechatPushError,
  PushHandlerFailedError,
)
export class WechatApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('WechatLogistics');

  catch(exception: LibraryError, host: ArgumentsHost): void {
    const { status, body } = toErrorResponse(exception);
    if (status >= 500) {
      // Server-side trouble is worth an operator's attention; messages never hold tokens or secrets.
      this.logger.error(`${exception.name}: ${exception.message}`);
    }
    const response = host
      .switchToHttp()
      .getResponse<ExpressLikeResponse | FastifyLikeReply>();
    if ('status' in response && typeof response.status === 'function') {
      response.status(status).json(body);
    } else {
      (response as FastifyLikeReply).code(status).send(body);
    }
  }
}
