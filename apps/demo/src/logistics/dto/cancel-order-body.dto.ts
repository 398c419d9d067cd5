import { OmitType } from '@nestjs/swagger';
import { CancelOrderDto } from 'nestjs-wechat-logistics';

/** The cancel route's body: the order id travels in the path. */
export class CancelOrderBodyDto extends OmitType(CancelOrderDto, [
  'orderId',
] as const) {}
