import { OmitType } from '@nestjs/swagger';
import { CancelOrderDto, PlainDto } from 'nestjs-wechat-logistics';

/** The cancel route's body: the order id travels in the path.
 * Flat, without class-transformer decorators: @PlainDto() lets WechatValidationPipe skip class-transformer. */
@PlainDto()
export class CancelOrderBodyDto extends OmitType(CancelOrderDto, [
  'orderId',
] as const) {}
