import {
  BadGatewayException,
  BadRequestException,
  ConflictException,
  GatewayTimeoutException,
  HttpException,
  InternalServerErrorException,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  type WechatErrorBody,
  type WechatLibraryError,
  toErrorResponse,
} from './wechat-error-response';

type ExceptionClass = new (
  body: WechatErrorBody,
  options?: { cause?: unknown },
) => HttpException;

/** Nest's own exception class per status the library answers with. */
const EXCEPTIONS: Readonly<Record<number, ExceptionClass>> = {
  400: BadRequestException,
  401: UnauthorizedException,
  404: NotFoundException,
  409: ConflictException,
  413: PayloadTooLargeException,
  415: UnsupportedMediaTypeException,
  500: InternalServerErrorException,
  502: BadGatewayException,
  503: ServiceUnavailableException,
  504: GatewayTimeoutException,
};

/**
 * The library's error as the matching Nest `HttpException` (`ConflictException`
 * for a 409, …) whose response is exactly the body `WechatApiExceptionFilter`
 * sends: the same table (`toErrorResponse`), for apps whose own global filter
 * wraps every error in a company-wide envelope. Rethrow it from a controller,
 * or call it in your filter. The library error is its `cause`.
 */
export function toHttpException(error: WechatLibraryError): HttpException {
  const { status, body } = toErrorResponse(error);
  const Exception = EXCEPTIONS[status];
  return Exception
    ? new Exception(body, { cause: error })
    : new HttpException(body, status, { cause: error });
}
