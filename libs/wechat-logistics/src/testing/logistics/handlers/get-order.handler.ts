import { type RouteHandler } from '../../http/emulator-route';
import { errorReply, okReply } from '../../http/wechat-reply';
import { readStringFields } from '../../http/body-fields';
import { lookUpOrder, orderFields } from './order-lookup';

/**
 * POST /cgi-bin/express/business/order/get (§6.2). waybill_id is optional
 * (OFF-NEW; an empty one counts as absent) but must match when given. openid
 * is accepted and not checked: the docs give no errcode for a mismatch.
 */
export const getOrderHandler: RouteHandler = ({ body }, state) => {
  const fields = readStringFields(
    body,
    ['order_id', 'delivery_id'],
    ['waybill_id', 'openid'],
  );
  const printType = body['print_type'] ?? 0;
  if (!fields || (printType !== 0 && printType !== 1)) {
    return errorReply(930561);
  }
  const order = lookUpOrder(
    {
      orderId: fields.order_id,
      deliveryId: fields.delivery_id,
      waybillId: fields.waybill_id || undefined,
    },
    state,
  );
  if (typeof order === 'number') return errorReply(order);
  return okReply(orderFields(order, state, printType));
};
