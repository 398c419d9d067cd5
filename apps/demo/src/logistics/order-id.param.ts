import { BadRequestException, Param, type PipeTransform } from '@nestjs/common';

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
