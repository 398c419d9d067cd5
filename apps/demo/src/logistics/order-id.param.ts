import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** WeChat's order ids are at most 512 UTF-8 bytes; a longer path segment is refused before any call. */
class OrderIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value.trim() === '')
      throw new BadRequestException(['orderId should not be empty']);
    if (Buffer.byteLength(value, 'utf8') > 512) {
      throw new BadRequestException([
        'orderId must be at most 512 bytes in UTF-8 (a Chinese character is 3 bytes)',
      ]);
    }
    return value;
  }
}

export const OrderIdParam = (): ParameterDecorator =>
  Param('orderId', new OrderIdPipe());

/** `:orderId` in OpenAPI, with the sandbox's demo order as its example. */
export const ApiOrderIdParam = (): MethodDecorator =>
  ApiParam({
    name: 'orderId',
    description: 'Merchant order id given to addOrder (≤ 512 UTF-8 bytes)',
    example: 'DEMO-ORDER-1',
  });
