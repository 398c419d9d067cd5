import { type RouteHandler } from '../../http/emulator-route';
import { isFiniteNumber } from '../../http/json-values';
import {
  CARRIER_REFUSALS,
  carrierRefusal,
  localError,
  localOk,
} from '../local-delivery-replies';
import { findLocalCarrier } from '../state/local-carriers';
import { yuan } from '../state/local-quote';
import { tipRefusal } from '../state/tip-rules';
import {
  existingOrder,
  isReply,
  notFinal,
  openLocalCall,
  signRefusal,
  waybillMismatch,
} from './local-call';

/**
 * POST `order/addtips` (local-delivery.md §3.8, §1.3): `tips` is the new
 * total in yuan (> 0, ≤ 2 decimals, else 930561), only while the order waits
 * for a rider (101; final → 930565, else a carrier refusal), above the last
 * tip and within the carrier's rule (tip-rules.ts). `remark` and `openid`
 * are not checked (the layouts disagree on them, §7 item 6).
 */
export const addTipsHandler: RouteHandler = ({ body }, { localDelivery }) => {
  const call = openLocalCall(body, localDelivery, false);
  if (isReply(call)) return call;
  const tips = body['tips'];
  if (!isFiniteNumber(tips) || tips <= 0 || yuan(tips) !== tips)
    return localError(930561);
  const order = existingOrder(call, localDelivery);
  if (isReply(order)) return order;
  const refusedByWechat = waybillMismatch(body, order, true) ?? notFinal(order);
  if (refusedByWechat) return refusedByWechat;
  const badSign = signRefusal(body, call, {});
  if (badSign) return badSign;
  if (order.status !== 101) return carrierRefusal(CARRIER_REFUSALS.wrongState);
  const carrier = findLocalCarrier(order.deliveryId)!;
  const refusal = tipRefusal(
    carrier.tips,
    {
      tips,
      previous: order.tips,
      calls: order.tipCalls,
      goodsValue: order.goodsValue,
    },
    localDelivery.sftcTips,
  );
  if (refusal) return carrierRefusal(refusal);
  localDelivery.update(order, { tips, tipCalls: order.tipCalls + 1 });
  return localOk();
};
