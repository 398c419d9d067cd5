import { type SeededOrder } from '../state/emulated-order';
import {
  type EmulatorState,
  type RouteHandler,
} from '../../http/emulator-route';
import { errorReply, jsonReply } from '../../http/wechat-reply';
import { readStringFields } from '../../http/body-fields';
import { lookUpOrder } from './order-lookup';

/**
 * POST /cgi-bin/express/business/path/get (§6.5). order_id is optional
 * (§12.4: required by the older docs, absent from OFF-NEW): without it the
 * waybill alone finds the order. Success is bare, like WeChat's example.
 */
export const getPathHandler: RouteHandler = ({ body }, state) => {
  const fields = readStringFields(
    body,
    ['delivery_id', 'waybill_id'],
    ['order_id', 'openid'],
  );
  if (!fields) return errorReply(930561);
  const order = fields.order_id
    ? lookUpOrder(
        {
          orderId: fields.order_id,
          deliveryId: fields.delivery_id,
          waybillId: fields.waybill_id,
        },
        state,
      )
    : byWaybill(fields.delivery_id, fields.waybill_id, state);
  if (typeof order === 'number') return errorReply(order);
  return jsonReply({
    // The waybill's own user when known; WeChat has no other openid to send.
    openid: order.openid ?? fields.openid ?? '',
    delivery_id: order.deliveryId,
    waybill_id: order.waybillId,
    path_item_num: order.path.length,
    path_item_list: order.path.map((node) => ({
      action_time: node.actionTime,
      action_type: node.actionType,
      action_msg: node.actionMsg,
    })),
  });
};

function byWaybill(
  deliveryId: string,
  waybillId: string,
  { carriers, orders }: EmulatorState,
): SeededOrder | number {
  if (!carriers.has(deliveryId)) return 9300503;
  const order = orders
    .list()
    .find((o) => o.deliveryId === deliveryId && o.waybillId === waybillId);
  return order ?? 40199;
}
