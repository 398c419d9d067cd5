import { OmitType } from '@nestjs/swagger';
import { GetPathDto } from 'nestjs-wechat-logistics';

/** getPath's query string: the order id travels in the path. */
export class GetPathQueryDto extends OmitType(GetPathDto, [
  'orderId',
] as const) {}
