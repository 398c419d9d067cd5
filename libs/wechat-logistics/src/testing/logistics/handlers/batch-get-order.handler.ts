import {
  type EmulatorState,
  type RouteHandler,
} from '../../http/emulator-route';
import { errorReply, okReply } from '../../http/wechat-reply';
import { readStringFields } from '../../http/body-fields';
import { isJsonObject } from '../../http/json-values';
import { lookUpOrder, orderFields } from './order-lookup';

/** Most orders per call: 100 per the official docs (WXJ's 1000 is ignored, §12.3). */
export const BATCH_GET_ORDER_LIMIT = 100;

/**
 * POST /cgi-bin/express/business/order/batchget (§6.3). Only the list itself
 * can fail the whole call; each item answers like getOrder with its own
 * errcode/errmsg. print_type and openid are ignored, so labels are two-part.
 */
export const batchGetOrderHandler: RouteHandler = ({ body }, state) => {
  const list = body['order_list'];
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    list.length > BATCH_GET_ORDER_LIMIT
  ) {
    return errorReply(930561);
  }
  return okReply({ order_list: list.map((item) => batchItem(item, state)) });
};

function batchItem(
  item: unknown,
  state: EmulatorState,
): Record<string, unknown> {
  const fields = isJsonObject(item)
    ? readStringFields(item, ['order_id', 'delivery_id'], ['waybill_id'])
    : undefined;
  // Failed items echo the ids they were asked with, so callers can match them up.
  const echo = isJsonObject(item)
    ? {
        order_id: item['order_id'],
        delivery_id: item['delivery_id'],
        waybill_id: item['waybill_id'],
      }
    : {};
  if (!fields) return { ...errorReply(930561).body, ...echo };
  const order = lookUpOrder(
    {
      orderId: fields.order_id,
      deliveryId: fields.delivery_id,
      waybillId: fields.waybill_id || undefined,
    },
    state,
  );
  if (typeof order === 'number') return { ...errorReply(order).body, ...echo };
  return { errcode: 0, errmsg: 'ok', ...orderFields(order, state, 0) };
}
