import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { type WaybillTraceStatus } from '../enums';
import { type WaybillId } from '../waybill-token';

/** `waybill_info` (reference §3.3). */
export class TracedWaybillInfo {
  /** §3.4; an undefined number is passed on as it came (`waybillTraceStatusWords` words it). */
  @ApiField({
    type: 'integer',
    description:
      '0 unknown or not picked up, 1 picked up, 2 in transit, 3 out for delivery, 4 signed, 5 exception, 6 signed by proxy',
    example: 2,
  })
  status!: WaybillTraceStatus | number;

  /**
   * The carrier's tracking number you registered — read from
   * `waybill_info.waybill_id` only; `''` if WeChat left it out. A
   * `waybill_token` found there (WXJ modelled one until 2024, §4.12) is never
   * taken for the id.
   */
  @ApiField({
    type: String,
    description: "The carrier's tracking number (never the token)",
    example: 'YT2212345678901',
  })
  waybillId!: WaybillId;
}

/** One item of `shop_info.goods_info.detail_list` (§3.2). */
export class TracedGoodsItem {
  @ApiField({ type: String, example: '保温杯' })
  goodsName!: string;

  @ApiField({ type: String, example: 'https://img.example.com/goods/cup.jpg' })
  goodsImgUrl!: string;

  @ApiField({ type: String, required: false, example: '304 不锈钢 500ml' })
  goodsDesc?: string;
}

export class TracedGoodsInfo {
  /** Always a list: WeChat's table types it "object", its examples send an array (§8.7); a lone object reads as a list of one. */
  @ApiField({ type: () => [TracedGoodsItem] })
  detailList!: TracedGoodsItem[];
}

/** `shop_info` (§3.2): the goods WeChat shows, as registered or last updated. */
export class TracedShopInfo {
  @ApiField({ type: () => TracedGoodsInfo })
  goodsInfo!: TracedGoodsInfo;
}

/** `delivery_info` (§3.5): present once WeChat identified the carrier. */
export class TracedDeliveryInfo {
  @ApiField({
    type: String,
    description: 'Carrier code (getDeliveryList)',
    example: 'YTO',
  })
  deliveryId!: string;

  @ApiField({ type: String, required: false, example: '圆通速递' })
  deliveryName?: string;
}

/**
 * Result of `tracking.queryTrace` and `tracking.queryFollowTrace` (§4.2,
 * §4.6): the summary status only — the track itself is shown to the buyer
 * inside WeChat, no API returns its nodes.
 */
export class WaybillTraceResult {
  @ApiField({ type: () => TracedWaybillInfo })
  waybillInfo!: TracedWaybillInfo;

  /** Absent when WeChat leaves it out (older tables mark it optional). */
  @ApiField({ type: () => TracedShopInfo, required: false })
  shopInfo?: TracedShopInfo;

  @ApiField({ type: () => TracedDeliveryInfo, required: false })
  deliveryInfo?: TracedDeliveryInfo;
}

/** Result of `tracking.queryTrace`. */
export type QueryTraceResult = WaybillTraceResult;
/** Result of `tracking.queryFollowTrace`. */
export type QueryFollowTraceResult = WaybillTraceResult;
