import { PickType } from '@nestjs/swagger';
import { QueryTraceDto } from 'nestjs-wechat-logistics';

/** `GET /waybill-tracking/{trace,follow}/:waybillToken?openid=`: the token is in the path, the buyer's openid optional. */
export class WaybillTokenQueryDto extends PickType(QueryTraceDto, [
  'openid',
] as const) {}
