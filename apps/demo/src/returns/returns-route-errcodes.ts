/**
 * The errcodes each 退货组件 route documents in OpenAPI, per the reference's
 * lists (waybill-tracking-and-returns.md §5.1–5.4), as the returns family
 * reads them (9300522 is "shop_order_id already has a return id" here). The
 * platform-wide codes (-1, the token's) are added by ApiWechatCall itself.
 */

/** 48001: the return component (or 无忧退货) is not enabled for the app. */
const NOT_ENABLED = 48001;

/** legacyAddReturnId (§5.4): a field missing, or the shop order id taken. */
export const LEGACY_ADD_RETURN_ERRCODES: readonly number[] = [
  40097,
  9300522,
  NOT_ENABLED,
];

/** addReturnId (§5.1): the legacy add's, and the insured payment's. */
export const ADD_RETURN_ERRCODES: readonly number[] = [
  ...LEGACY_ADD_RETURN_ERRCODES,
  9300569, // wx_pay_id empty
  9300570, // wx_pay_id wrong or not insured
];

/** getReturnId and unbindReturnId, current and legacy (§5.2–5.4). */
export const RETURN_ID_ERRCODES: readonly number[] = [
  40097, // return id empty; for unbind also: the buyer has not self-shipped
  931023, // the buyer's typed waybill is unknown, or the return was released
  NOT_ENABLED,
];
