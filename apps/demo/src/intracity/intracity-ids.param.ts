import { Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/**
 * `:wxOrderId` in OpenAPI: WeChat's order id from addOrder, the key of the
 * order routes. The library checks it with the rest of the input before
 * anything is sent.
 */
export const ApiWxOrderIdParam = (): MethodDecorator =>
  ApiParam({
    name: 'wxOrderId',
    description:
      "WeChat's order id from addOrder (a long digit string: keep it a string)",
    example: '4018734875633256960',
  });

export const WxOrderIdParam = (): ParameterDecorator => Param('wxOrderId');

/** `:wxStoreId` in OpenAPI: WeChat's store id from createStore. */
export const ApiWxStoreIdParam = (): MethodDecorator =>
  ApiParam({
    name: 'wxStoreId',
    description:
      "WeChat's store id from createStore (a long digit string: keep it a string)",
    example: '4000000000000042001',
  });

export const WxStoreIdParam = (): ParameterDecorator => Param('wxStoreId');
