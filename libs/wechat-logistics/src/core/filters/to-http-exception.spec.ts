import {
  ConflictException,
  GatewayTimeoutException,
  HttpException,
  NotFoundException,
} from '@nestjs/common';
import {
  WechatApiError,
  WechatTransportError,
  WechatUnknownAppError,
  WechatValidationError,
} from '../errors';
import { toHttpException } from './to-http-exception';
import { toErrorResponse } from './wechat-error-response';

describe('toHttpException', () => {
  const cases = [
    new WechatApiError({
      errcode: 9300524,
      errmsg: 'order already cancelled rid: 1-2-3',
      api: 'logistics.cancelOrder',
    }),
    new WechatApiError({
      errcode: 45009,
      errmsg: 'api freq out of limit',
      api: 'logistics.getPath',
    }),
    new WechatTransportError('timeout', 'logistics.getPath', 'no reply'),
    new WechatUnknownAppError('wx-nobody'),
    new WechatValidationError('logistics.cancelOrder', [
      'orderId should not be empty',
    ]),
  ];

  it.each(cases.map((error) => [error.name, error] as const))(
    '%s: the filter’s status and body, as a Nest HttpException with the error as cause',
    (_name, error) => {
      const exception = toHttpException(error);
      const { status, body } = toErrorResponse(error);
      expect(exception).toBeInstanceOf(HttpException);
      expect(exception.getStatus()).toBe(status);
      expect(exception.getResponse()).toEqual(body);
      expect(exception.cause).toBe(error);
    },
  );

  it("uses Nest's own class for the status", () => {
    expect(toHttpException(cases[0])).toBeInstanceOf(ConflictException);
    expect(toHttpException(cases[2])).toBeInstanceOf(GatewayTimeoutException);
    expect(toHttpException(cases[3])).toBeInstanceOf(NotFoundException);
    expect(toHttpException(cases[1]).getStatus()).toBe(429);
  });
});
