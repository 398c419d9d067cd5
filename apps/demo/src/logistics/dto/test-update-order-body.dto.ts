import { OmitType } from '@nestjs/swagger';
import { TestUpdateOrderDto, PlainDto } from 'nestjs-wechat-logistics';

/** testUpdateOrder's body: the order id travels in the path.
 * Flat, without class-transformer decorators: @PlainDto() lets WechatValidationPipe skip class-transformer. */
@PlainDto()
export class TestUpdateOrderBodyDto extends OmitType(TestUpdateOrderDto, [
  'orderId',
] as const) {}
