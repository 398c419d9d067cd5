import { Param } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/**
 * `:shopOrderId` in OpenAPI: the merchant's order id, the key of every 即时配送
 * order call with the shopId. The library checks it (≤ 128 bytes) with the
 * rest of the input before anything is sent.
 */
export const ApiShopOrderIdParam = (): MethodDecorator =>
  ApiParam({
    name: 'shopOrderId',
    description:
      "The merchant's order id (≤ 128 bytes), as given to addOrder; orders are keyed by shopId + shopOrderId",
    example: 'LOCAL-1',
  });

export const ShopOrderIdParam = (): ParameterDecorator => Param('shopOrderId');
