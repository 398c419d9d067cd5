import { TradeTypeMaterialType, WxaTradeType } from '../enums';
import { TradeTypeMaterialDto } from './trade-type-material.dto';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { NestedListField } from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';

/** At most 10 materials, of which at most 3 videos (reference §4.12). */
export const TRADE_TYPE_MAX_MATERIALS = 10;
export const TRADE_TYPE_MAX_VIDEOS = 3;

/** No figure in the reference for the reason (inference). */
const REASON_MAX_BYTES = 1024;

/**
 * Input of `shipping.setWxaTradeType` (`POST /wxa/sec/order/setwxatradetypecgi`,
 * reference §4.12): apply to change the app's trade type. One application per
 * account: a second is refused with 268486048.
 */
export class SetWxaTradeTypeDto {
  @EnumField(WxaTradeType, 'WxaTradeType', {
    description: '1 综合类, 2 实物电商类, 3 线下服务类, 4 在线服务类',
    example: WxaTradeType.PhysicalGoods,
  })
  tradeType!: WxaTradeType;

  @NestedListField(() => TradeTypeMaterialDto, {
    description: `Supporting material: 1 to ${TRADE_TYPE_MAX_MATERIALS} items, at most ${TRADE_TYPE_MAX_VIDEOS} videos`,
    minItems: 1,
    maxItems: TRADE_TYPE_MAX_MATERIALS,
  })
  @CrossFieldRule<SetWxaTradeTypeDto>(
    'atMostThreeVideos',
    (list) =>
      !Array.isArray(list) ||
      list.filter(
        (item: Partial<TradeTypeMaterialDto> | undefined) =>
          item?.type === TradeTypeMaterialType.Video,
      ).length <= TRADE_TYPE_MAX_VIDEOS,
    `must hold at most ${TRADE_TYPE_MAX_VIDEOS} videos`,
  )
  materialList!: TradeTypeMaterialDto[];

  @TextField({
    description: 'Why the trade type should change',
    example: '主营实物商品销售',
    maxBytes: REASON_MAX_BYTES,
  })
  reason!: string;
}
