import { OmitType } from '@nestjs/swagger';
import { GetPathDto, PlainDto } from 'nestjs-wechat-logistics';

/** getPath's query string: the order id travels in the path.
 * Flat, without class-transformer decorators: @PlainDto() lets WechatValidationPipe skip class-transformer. */
@PlainDto()
export class GetPathQueryDto extends OmitType(GetPathDto, [
  'orderId',
] as const) {}
