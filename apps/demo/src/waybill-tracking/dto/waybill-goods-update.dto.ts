import { OmitType } from '@nestjs/swagger';
import { UpdateWaybillGoodsDto } from 'nestjs-wechat-logistics';

/** `PUT /waybill-tracking/{trace,follow}/:waybillToken/goods`: the goods (and openid), the token being in the path. */
export class WaybillGoodsUpdateDto extends OmitType(UpdateWaybillGoodsDto, [
  'waybillToken',
] as const) {}
