import { type RouteHandler } from '../../http/emulator-route';
import { isInteger, isNonEmptyString } from '../../http/json-values';
import {
  CARRIER_REFUSALS,
  carrierRefusal,
  localError,
  localOk,
  ZERO_FIELDS,
} from '../local-delivery-replies';
import { findLocalCarrier } from '../state/local-carriers';
import { cancelOutcome } from '../state/local-order-moves';
import {
  existingOrder,
  isReply,
  notFinal,
  openLocalCall,
  signRefusal,
  waybillMismatch,
} from './local-call';

type Body = Readonly<Record<string, unknown>>;

/**
 * cancel's own arguments (§3.11): `cancel_reason_id` 1–6, and a
 * `cancel_reason` text when it is 6 "other" (OFF-NEW requires the text
 * always, OFF-OLD never; we require it only where it carries meaning).
 */
function cancelArgsBad(body: Body): boolean {
  const reasonId = body['cancel_reason_id'];
  if (!isInteger(reasonId) || reasonId < 1 || reasonId > 6) return true;
  return reasonId === 6 && !isNonEmptyString(body['cancel_reason']);
}

/**
 * POST `order/precancel` and `order/cancel` (local-delivery.md §3.10,
 * §3.11, §6.3): the fee by state (local-order-moves.ts); cancel also moves
 * the order (103 / 203 / 303) and pushes it. precancel needs `waybill_id`;
 * cancel takes it optionally, but SFTC answers 1202 without it (COMM).
 */
export function cancelHandler(kind: 'precancel' | 'cancel'): RouteHandler {
  return ({ body }, { localDelivery: book }) => {
    const call = openLocalCall(body, book, true);
    if (isReply(call)) return call;
    if (kind === 'cancel' && cancelArgsBad(body)) return localError(930561);
    const order = existingOrder(call, book);
    if (isReply(order)) return order;
    if (order.deliveryId !== call.carrier!.deliveryId)
      return localError(930561);
    const refusedByWechat =
      waybillMismatch(body, order, kind === 'precancel') ?? notFinal(order);
    if (refusedByWechat) return refusedByWechat;
    const badSign = signRefusal(body, call, ZERO_FIELDS.cancel);
    if (badSign) return badSign;
    if (
      kind === 'cancel' &&
      order.deliveryId === 'SFTC' &&
      body['waybill_id'] === undefined
    )
      return carrierRefusal(
        CARRIER_REFUSALS.sftcNeedsWaybill,
        ZERO_FIELDS.cancel,
      );
    const carrier = findLocalCarrier(order.deliveryId)!;
    const outcome = cancelOutcome(
      order.status,
      carrier,
      order.quote.deliverfee,
    );
    if ('resultcode' in outcome)
      return carrierRefusal(outcome, ZERO_FIELDS.cancel);
    if (kind === 'cancel') {
      const reason = body['cancel_reason'];
      book.move(order, outcome.to, {
        actionMsg: isNonEmptyString(reason) ? reason : '',
      });
    }
    return localOk({ deduct_fee: outcome.deductFee, desc: outcome.desc });
  };
}
