import {
  SANDBOX_BIZ_ID,
  SANDBOX_DELIVERY_ID,
} from '../../../logistics/enums/sandbox.constants';
import { type RouteHandler } from '../../http/emulator-route';
import { errorReply, okReply } from '../../http/wechat-reply';
import { readStringFields } from '../../http/body-fields';
import { isInteger } from '../../http/json-values';
import { lookUpOrder } from './order-lookup';

/**
 * POST /cgi-bin/express/business/test_update_order (§6.6): the sandbox's
 * stand-in for a carrier. Appends the node, bumps the version and tells the
 * path-update listeners (the add_express_path push), then answers ok.
 */
export const testUpdateOrderHandler: RouteHandler = ({ body }, state) => {
  const fields = readStringFields(body, [
    'biz_id',
    'order_id',
    'delivery_id',
    'waybill_id',
    'action_msg',
  ]);
  const { action_time: actionTime, action_type: actionType } = body;
  if (!fields || !isInteger(actionTime) || !isInteger(actionType)) {
    return errorReply(930561);
  }
  // Sandbox only. Every testUpdateOrder doc and SDK says `test_biz_id`; the one
  // English sandbox page says `test_we_id` (§6.6 conflict), which is refused.
  if (
    fields.delivery_id !== SANDBOX_DELIVERY_ID ||
    fields.biz_id !== SANDBOX_BIZ_ID
  ) {
    return errorReply(930561);
  }
  if (!state.sandbox.take()) return errorReply(930564);
  const order = lookUpOrder(
    {
      orderId: fields.order_id,
      deliveryId: fields.delivery_id,
      waybillId: fields.waybill_id,
    },
    state,
  );
  if (typeof order === 'number') return errorReply(order);
  // A cancelled waybill has no carrier left to move it. Of the documented
  // codes, 9300524 ("order already cancelled") names exactly that state.
  if (order.status === 'cancelled') return errorReply(9300524);

  state.orders.addTrack(order.orderId, {
    actionTime,
    actionType,
    actionMsg: fields.action_msg,
  });
  return okReply();
};
