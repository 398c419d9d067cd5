import { IsIn } from 'class-validator';
import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { NestedListField } from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';
import {
  ORDER_DETAIL_PATH_MAX_BYTES,
  PHONE_MAX_BYTES,
} from '../../waybill-tracking/dto/register-waybill.dto';
import {
  IsAsciiHttpUrl,
  IsContactPhone,
  IsMiniProgramPagePath,
} from '../../waybill-tracking/dto/tracking-field-rules';
import {
  GOODS_IMG_URL_MAX_BYTES,
  GOODS_NAME_MAX_CHARACTERS,
  MAX_WAYBILL_GOODS,
} from '../../waybill-tracking/dto/waybill-goods.dto';

/** One item shown on the buyer's tracking card: 物流服务's goods rules (reference §3.1). */
export class ShipmentGoodsDto {
  @TextField({
    description: 'Goods name shown on the tracking card',
    example: '保温杯',
    maxCharacters: GOODS_NAME_MAX_CHARACTERS,
  })
  name!: string;

  @TextField({
    description: 'Goods image: an http:// or https:// URL of printable ASCII',
    example: 'https://img.example.com/goods/cup.jpg',
    maxBytes: GOODS_IMG_URL_MAX_BYTES,
  })
  @IsAsciiHttpUrl()
  imageUrl!: string;
}

/**
 * Tracking for the buyer (物流服务): `follow` registers the waybill with the
 * message component (service notifications), `trace` with the query
 * component (the tracking page). Same rules as followWaybill / traceWaybill.
 */
export class ShipmentTrackingDto {
  @ApiField({
    enum: { follow: 'follow', trace: 'trace' },
    description:
      "'follow' = followWaybill (物流消息), 'trace' = traceWaybill (查询组件)",
    example: 'trace',
  })
  @IsIn(['follow', 'trace'], {
    message: "$property must be 'follow' or 'trace'",
  })
  mode!: 'follow' | 'trace';

  @TextField({
    description:
      'Receiver phone, unmasked: some carriers need it to find the waybill',
    example: '13800138000',
    maxBytes: PHONE_MAX_BYTES,
  })
  @IsContactPhone()
  receiverPhone!: string;

  @NestedListField(() => ShipmentGoodsDto, {
    description: `The goods of the parcel, 1 to ${MAX_WAYBILL_GOODS} items`,
    minItems: 1,
    maxItems: MAX_WAYBILL_GOODS,
  })
  goods!: ShipmentGoodsDto[];

  @TextField({
    description:
      'Mini-program page the goods card opens (your order detail page)',
    example: 'pages/order/detail?id=1001',
    maxBytes: ORDER_DETAIL_PATH_MAX_BYTES,
    presence: 'optional',
  })
  @IsMiniProgramPagePath(WHEN_PRESENT)
  orderDetailPath?: string;
}
