import { type RouteHandler } from '../../http/emulator-route';
import {
  CARRIER_REFUSALS,
  carrierRefusal,
  localOk,
} from '../local-delivery-replies';
import {
  existingOrder,
  isReply,
  notFinal,
  openLocalCall,
  signRefusal,
  waybillMismatch,
} from './local-call';

/** The states whose goods are on their way back to the merchant (§5.3). */
const RETURNING: readonly number[] = [303, 304, 305];

/**
 * POST `order/confirm_return` (local-delivery.md §3.12, §6.3): the merchant
 * confirms the goods came back; only while returning (303/304/305 → 401,
 * pushed), 930565 once final, else a carrier refusal.
 */
export const confirmReturnHandler: RouteHandler = (
  { body },
  { localDelivery: book },
) => {
  const call = openLocalCall(body, book, false);
  if (isReply(call)) return call;
  const order = existingOrder(call, book);
  if (isReply(order)) return order;
  const refusedByWechat = waybillMismatch(body, order, true) ?? notFinal(order);
  if (refusedByWechat) return refusedByWechat;
  const badSign = signRefusal(body, call, {});
  if (badSign) return badSign;
  if (!RETURNING.includes(order.status))
    return carrierRefusal(CARRIER_REFUSALS.wrongState);
  const remark = body['remark'];
  book.move(order, 401, {
    actionMsg: typeof remark === 'string' ? remark : '',
  });
  return localOk();
};
