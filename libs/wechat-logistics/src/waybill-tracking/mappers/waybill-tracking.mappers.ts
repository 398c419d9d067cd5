import {
  type WireObject,
  isWireObject,
  readNumber,
  readObject,
  readObjects,
  readOptionalString,
  readString,
} from '../../core/wire/reply-fields';
import {
  type FollowWaybillResult,
  type GetDeliveryListResult,
  type TracedGoodsItem,
  type TraceWaybillResult,
  type WaybillTraceResult,
} from '../results';
import {
  type FollowWaybillToken,
  type TraceWaybillToken,
} from '../waybill-token';

/** trace_waybill's `waybill_token`, branded as the query component's. */
export function toTraceWaybillResult(reply: WireObject): TraceWaybillResult {
  return {
    waybillToken: readString(reply, 'waybill_token') as TraceWaybillToken,
  };
}

/** follow_waybill's `waybill_token`, branded as the message component's. */
export function toFollowWaybillResult(reply: WireObject): FollowWaybillResult {
  return {
    waybillToken: readString(reply, 'waybill_token') as FollowWaybillToken,
  };
}

/**
 * query_trace / query_follow_trace (§4.2). The id comes from
 * `waybill_info.waybill_id` and nowhere else (§4.12): a `waybill_token` in
 * `waybill_info` is left out of the result entirely.
 */
export function toWaybillTraceResult(reply: WireObject): WaybillTraceResult {
  const info = readObject(reply, 'waybill_info');
  const result: WaybillTraceResult = {
    waybillInfo: {
      status: readNumber(info, 'status'),
      waybillId: readString(info, 'waybill_id'),
    },
  };
  if (isWireObject(reply['shop_info'])) {
    const goods = readObject(reply['shop_info'], 'goods_info');
    result.shopInfo = {
      goodsInfo: { detailList: goodsList(goods['detail_list']).map(toGoods) },
    };
  }
  if (isWireObject(reply['delivery_info'])) {
    const delivery = reply['delivery_info'];
    const deliveryName = readOptionalString(delivery, 'delivery_name');
    result.deliveryInfo = {
      deliveryId: readString(delivery, 'delivery_id'),
      ...(deliveryName === undefined ? {} : { deliveryName }),
    };
  }
  return result;
}

/** get_delivery_list (§4.4); `count` falls back to the list's length. */
export function toGetDeliveryListResult(
  reply: WireObject,
): GetDeliveryListResult {
  const deliveryList = readObjects(reply, 'delivery_list').map((item) => ({
    deliveryId: readString(item, 'delivery_id'),
    deliveryName: readString(item, 'delivery_name'),
  }));
  return {
    deliveryList,
    count: readNumber(reply, 'count', deliveryList.length),
  };
}

/** `detail_list` as a list: the tables type it "object" (§8.7), so a lone object is a list of one. */
function goodsList(value: unknown): WireObject[] {
  if (Array.isArray(value)) return value.filter(isWireObject);
  return isWireObject(value) ? [value] : [];
}

function toGoods(item: WireObject): TracedGoodsItem {
  const goodsDesc = readOptionalString(item, 'goods_desc');
  return {
    goodsName: readString(item, 'goods_name'),
    goodsImgUrl: readString(item, 'goods_img_url'),
    ...(goodsDesc === undefined ? {} : { goodsDesc }),
  };
}
