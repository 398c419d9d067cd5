import { OmitType } from '@nestjs/swagger';
import { TestUpdateOrderDto } from 'nestjs-wechat-logistics';

/** testUpdateOrder's body: the order id travels in the path. */
export class TestUpdateOrderBodyDto extends OmitType(TestUpdateOrderDto, [
  'orderId',
] as const) {}
