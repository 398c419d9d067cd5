import { isNonEmptyString } from '../../http/json-values';
import { type WechatReply } from '../../http/wechat-reply';
import {
  CARRIER_REFUSALS,
  carrierRefusal,
  localError,
} from '../local-delivery-replies';
import { type LocalDeliveryBook } from '../state/local-delivery-book';
import { findLocalCarrier, type LocalCarrier } from '../state/local-carriers';
import { type EmulatedLocalOrder, isFinal } from '../state/local-order';
import { type LocalShop, signMatches } from '../state/local-shops';

/** An order call WeChat lets through to the carrier: the shop it names and the order key. */
export interface LocalCall {
  readonly shop: LocalShop;
  readonly shopOrderId: string;
  /** The carrier `delivery_id` named, when the endpoint takes one. */
  readonly carrier: LocalCarrier | undefined;
}

type Body = Readonly<Record<string, unknown>>;

export const isReply = (value: object): value is WechatReply =>
  'httpStatus' in value;

/**
 * WeChat's own checks every order endpoint shares (local-delivery.md §1.5,
 * §6.3; the order is our choice): 930561 for a missing shopid/shop_order_id
 * or an unknown `delivery_id` (when `withDeliveryId`), or TEST named with
 * another shop or another carrier with the sandbox shop; 930560 for a shopid
 * this app has not bound (or bound to another carrier, or not approved yet);
 * 930564 once the sandbox's daily order calls are spent.
 */
export function openLocalCall(
  body: Body,
  book: LocalDeliveryBook,
  withDeliveryId: boolean,
): LocalCall | WechatReply {
  const shopId = body['shopid'];
  const shopOrderId = body['shop_order_id'];
  if (!isNonEmptyString(shopId) || !isNonEmptyString(shopOrderId))
    return localError(930561);
  const carrier = withDeliveryId
    ? findLocalCarrier(body['delivery_id'])
    : undefined;
  if (withDeliveryId && !carrier) return localError(930561);
  const shop = book.findShop(shopId);
  const sandbox = shop?.kind === 'sandbox';
  // The sandbox takes only TEST, and TEST only the sandbox shop (§6.1).
  if (carrier && (carrier.deliveryId === 'TEST') !== sandbox)
    return localError(930561);
  if (!shop || shop.auditResult !== 0) return localError(930560);
  if (carrier && carrier.deliveryId !== shop.deliveryId)
    return localError(930560);
  if (sandbox && !book.takeSandboxCall()) return localError(930564);
  return { shop, shopOrderId, carrier };
}

/** The call's order: 930563 when there is none under this shop. */
export function existingOrder(
  call: LocalCall,
  book: LocalDeliveryBook,
): EmulatedLocalOrder | WechatReply {
  return book.find(call.shop.shopId, call.shopOrderId) ?? localError(930563);
}

/** 930565 for calls that change an order once it is final (§6.3). */
export function notFinal(order: EmulatedLocalOrder): WechatReply | undefined {
  return isFinal(order.status) ? localError(930565) : undefined;
}

/**
 * The carrier's sign check (§4): a missing or wrong `delivery_sign` answers
 * no errcode but `resultcode` 1 "签名校验失败" with the endpoint's success
 * fields zero-filled, as seen from SS.
 */
export function signRefusal(
  body: Body,
  call: LocalCall,
  zeroFields: Readonly<Record<string, unknown>>,
): WechatReply | undefined {
  return signMatches(body['delivery_sign'], call.shop, call.shopOrderId)
    ? undefined
    : carrierRefusal(CARRIER_REFUSALS.badSign, zeroFields);
}

/** 930561 when a `waybill_id` the call sends is not the order's current one (our choice). */
export function waybillMismatch(
  body: Body,
  order: EmulatedLocalOrder,
  required: boolean,
): WechatReply | undefined {
  const waybillId = body['waybill_id'];
  if (waybillId === undefined && !required) return undefined;
  return waybillId === order.waybillId ? undefined : localError(930561);
}
