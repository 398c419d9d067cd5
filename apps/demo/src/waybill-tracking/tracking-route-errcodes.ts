/**
 * The errcodes each 物流服务 route documents in OpenAPI, per the reference's
 * family-A table (waybill-tracking-and-returns.md §4.10, §4.9): each becomes
 * an example under the status the catalogue gives it, as this family reads
 * it (9300513 is the daily call quota here, not a carrier's e-waybill quota).
 * The platform-wide codes every route may meet (-1, the token's) are added
 * by ApiWechatCall itself.
 */

/** 48001: the component is not enabled for the app; 9300513: the app's or the buyer's daily quota is used up. */
const EVERY_CALL = [48001, 9300513];

/** traceWaybill and followWaybill (§4.1, §4.5). */
export const REGISTER_WAYBILL_ERRCODES: readonly number[] = [
  40003, // openid wrong, or the body was not read as JSON
  9300534, // openid of another app
  931023, // waybill unknown to the carrier (what WeChat answers)
  9300559, // the same, as documented
  9300561, // goods image URL refused
  ...EVERY_CALL,
];

/** queryTrace and queryFollowTrace (§4.2, §4.6). */
export const QUERY_TRACE_ERRCODES: readonly number[] = [
  9300507, // token unknown, or the other component's
  40003,
  ...EVERY_CALL,
];

/** updateWaybillGoods and updateFollowWaybillGoods (§4.3, §4.7). */
export const UPDATE_GOODS_ERRCODES: readonly number[] = [
  9300507,
  9300560, // goods changed too many times
  9300561,
  ...EVERY_CALL,
];

export const DELIVERY_LIST_ERRCODES: readonly number[] = [48001];

/** The apply calls only a third-party platform may make (§4.9; also returns' open_return, §5.5). */
export const PLUGIN_APPLY_ERRCODES: readonly number[] = [
  933000, 933001, 933002, 933003, 933004,
];
