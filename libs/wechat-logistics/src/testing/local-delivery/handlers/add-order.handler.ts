import { randomInt } from 'node:crypto';
import { type RouteHandler } from '../../http/emulator-route';
import { isNonEmptyString } from '../../http/json-values';
import {
  CARRIER_REFUSALS,
  carrierRefusal,
  localError,
  localOk,
  ZERO_FIELDS,
} from '../local-delivery-replies';
import { mayReadd } from '../state/local-order-moves';
import { quote } from '../state/local-quote';
import { isReply, openLocalCall, signRefusal } from './local-call';
import { readOrderRequest } from './order-request';

/** A 4-digit code, as §6.3 suggests for pickup_code / finish_code. */
const code = () => randomInt(1000, 10000);

/**
 * POST `order/add` and `order/readd` (local-delivery.md §3.6, §3.7, §6.3).
 * add: 930562 when the shop already has the shop_order_id. readd: 930563
 * for an unknown one, 930565 once delivered (302); MTPS refuses readd; an
 * order a rider holds (102–305) cannot be re-dispatched (carrier refusal);
 * else the same shop_order_id gets a new waybill and starts again at 101.
 * A `delivery_token` (DADA, TEST) must be live (2062 otherwise) and keeps
 * its quote. Codes are issued when asked for and the carrier has them.
 * Both push the new 101.
 */
export function addOrderHandler(kind: 'add' | 'readd'): RouteHandler {
  return ({ body }, { localDelivery: book }) => {
    const call = openLocalCall(body, book, true);
    if (isReply(call)) return call;
    const carrier = call.carrier!;
    const request = readOrderRequest(body, carrier, 'add', book);
    if (isReply(request)) return request;
    const previous = book.find(call.shop.shopId, call.shopOrderId);
    if (kind === 'add' && previous) return localError(930562);
    if (kind === 'readd' && !previous) return localError(930563);
    if (previous?.status === 302) return localError(930565);
    const refused = signRefusal(body, call, ZERO_FIELDS.order);
    if (refused) return refused;
    if (kind === 'readd' && !carrier.readd)
      return carrierRefusal(CARRIER_REFUSALS.notSupported, ZERO_FIELDS.order);
    if (previous && !mayReadd(previous.status))
      return carrierRefusal(CARRIER_REFUSALS.wrongState, ZERO_FIELDS.order);

    const token = body['delivery_token'];
    const kept =
      carrier.issuesToken && isNonEmptyString(token)
        ? book.redeemDeliveryToken(token, call.shop.shopId, call.shopOrderId)
        : undefined;
    if (carrier.issuesToken && isNonEmptyString(token) && !kept)
      return carrierRefusal(CARRIER_REFUSALS.priceExpired, ZERO_FIELDS.order);
    const quoted = kept ?? quote(request);

    const dispatches = (previous?.dispatches ?? 0) + 1;
    const order = book.dispatch({
      shopId: call.shop.shopId,
      shopOrderId: call.shopOrderId,
      shopNo: request.shopNo,
      deliveryId: carrier.deliveryId,
      openid: request.openid,
      waybillId: book.newWaybillId(
        carrier.deliveryId,
        call.shopOrderId,
        dispatches,
      ),
      dispatches,
      status: 101,
      quote: quoted,
      goodsValue: request.goodsValue,
      tips: quoted.tips,
      tipCalls: 0,
      pickupCode: request.wantsPickupCode && carrier.pickupCode ? code() : 0,
      finishCode: request.wantsFinishCode && carrier.finishCode ? code() : 0,
      sender: request.sender,
      receiver: request.receiver,
      rider: undefined,
      deliveringSince: undefined,
      reachAt: undefined,
      actionTime: book.nowSeconds(),
      actionMsg: '',
    });
    return localOk({
      ...order.quote,
      waybill_id: order.waybillId,
      order_status: order.status,
      finish_code: order.finishCode,
      pickup_code: order.pickupCode,
    });
  };
}
