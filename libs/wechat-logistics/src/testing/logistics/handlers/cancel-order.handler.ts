import { type RouteHandler } from '../../http/emulator-route';
import { errorReply, okReply } from '../../http/wechat-reply';
import { readStringFields } from '../../http/body-fields';

/**
 * POST /cgi-bin/express/business/order/cancel (§6.4). Checks run from the
 * request's shape to the order's state, so each errcode has one clear cause.
 */
export const cancelOrderHandler: RouteHandler = (
  { body },
  { carriers, orders },
) => {
  const fields = readStringFields(
    body,
    ['order_id', 'delivery_id', 'waybill_id'],
    ['openid'],
  );
  if (!fields) return errorReply(930561);
  if (!carriers.has(fields.delivery_id)) return errorReply(9300503);

  const order = orders.get(fields.order_id);
  // order_id is unique per mini program, but WeChat looks orders up by both ids.
  if (!order || order.deliveryId !== fields.delivery_id)
    return errorReply(930563);
  if (order.waybillId !== fields.waybill_id) return errorReply(40199);
  if (order.status === 'cancelled') return errorReply(9300524);
  if (order.path.length > 0) return errorReply(9300506);
  if (order.cancelRefusal) {
    return errorReply(9300501, {
      delivery_resultcode: order.cancelRefusal.resultcode,
      delivery_resultmsg: order.cancelRefusal.resultmsg,
    });
  }

  orders.markCancelled(order.orderId);
  return okReply({ delivery_resultcode: 0, delivery_resultmsg: '' });
};
