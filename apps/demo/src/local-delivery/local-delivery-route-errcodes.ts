/**
 * The errcodes each 即时配送 route documents in OpenAPI (local-delivery.md
 * §1.5, §3), each shown under the status the catalogue gives it as this
 * family reads it (930563 is "no order with this shopid and shopOrderId"
 * here). -1 and the token's codes are added by ApiWechatCall itself; the
 * carrier's own resultcodes by localDeliveryErrors.
 */

/** 930566: 即时配送 is not enabled for the mini program. */
const NOT_ENABLED = 930566;

/** The carrier answered with an error of its own (timeout, system, logic). */
const CARRIER = [930556, 930557, 930558];

export const CARRIER_LIST_ERRCODES: readonly number[] = [NOT_ENABLED];

/** bindAccount (§3.3): a third party's call only; an unknown deliveryId. */
export const BIND_ACCOUNT_ERRCODES: readonly number[] = [
  86000,
  930561,
  NOT_ENABLED,
];

/** openDelivery (§3.4, OFF-OLD's list). */
export const OPEN_DELIVERY_ERRCODES: readonly number[] = [
  86000, 43016, 930568, 930569, 930571,
];

/** Every order call: the shop not bound to the app, a refused argument, the carrier's errors. */
const ORDER_CALL = [930560, 930561, ...CARRIER, NOT_ENABLED];

/** preAddOrder (§3.5): the sandbox's openid and quota, the shop and cargo objects. */
export const PRE_ADD_ORDER_ERRCODES: readonly number[] = [
  ...ORDER_CALL,
  930559, // sandbox: the openid is no member of the mini program
  930564, // sandbox: 500 order calls a day
  930567, // the shop object
  930570, // the cargo category pair
  9300535, // shop image, goods name or count empty
];

/** addOrder (§3.6): as preAddOrder, and the shopOrderId taken. */
export const ADD_ORDER_ERRCODES: readonly number[] = [
  ...PRE_ADD_ORDER_ERRCODES,
  930562,
];

/** reOrder (§3.7): as addOrder, on an order that must exist. */
export const RE_ORDER_ERRCODES: readonly number[] = [
  ...ADD_ORDER_ERRCODES,
  930563,
];

/** getOrder (§3.9). */
export const GET_ORDER_ERRCODES: readonly number[] = [...ORDER_CALL, 930563];

/** addTip, preCancelOrder, cancelOrder, abnormalConfirm (§3.8, 3.10–3.12): not on a finished order. */
export const ORDER_CHANGE_ERRCODES: readonly number[] = [
  ...GET_ORDER_ERRCODES,
  930565,
];

/** mockUpdateOrder (§3.13, §6.1): TEST orders only (930561), the sandbox's quota. */
export const MOCK_UPDATE_ERRCODES: readonly number[] = [930561, 930563, 930564];

/** realMockUpdateOrder (§3.14): a TEST order or a dead test account answers 930557. */
export const REAL_MOCK_UPDATE_ERRCODES: readonly number[] = [
  930557, 930561, 930563,
];
