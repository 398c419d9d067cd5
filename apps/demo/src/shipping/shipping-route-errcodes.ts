/**
 * The errcodes each shipping route documents in OpenAPI, per the reference's
 * per-endpoint lists (shipping-info.md §4, §5): each becomes an example under
 * the status the catalogue gives it. The platform-wide codes every route may
 * meet (-1, the token's, bad JSON) are added by ApiWechatCall itself.
 */

/** 48001: the app is not enrolled, or lacks the API right (every shipping call). */
const NOT_ENROLLED = 48001;

/** What uploadShippingInfo can answer (§5 rows marked U). */
export const UPLOAD_ERRCODES: readonly number[] = [
  10060001,
  10060002,
  10060003,
  10060004,
  10060005,
  10060006,
  10060007,
  10060008,
  10060009,
  10060012,
  10060014,
  10060019,
  10060020,
  10060023,
  10060024,
  10060025,
  10060026,
  10060031,
  268485194,
  268485195,
  268485196,
  268485197,
  268485216,
  268485224,
  268485226,
  268485227,
  268485228,
  NOT_ENROLLED,
];

/** The upload's, plus the combined payment's own two (§4.2). */
export const COMBINED_UPLOAD_ERRCODES: readonly number[] = [
  ...UPLOAD_ERRCODES,
  10060013,
  268485253,
];

export const GET_ORDER_ERRCODES: readonly number[] = [
  10060001,
  10060012,
  10060014,
  10060028,
  NOT_ENROLLED,
];

export const GET_ORDER_LIST_ERRCODES: readonly number[] = [
  10060001,
  10060011,
  10060012,
  10060014,
  NOT_ENROLLED,
];

export const NOTIFY_CONFIRM_RECEIVE_ERRCODES: readonly number[] = [
  10060001,
  10060012,
  10060014,
  10060028,
  10060029,
  10060030,
  10060032,
  NOT_ENROLLED,
];

export const SPECIAL_ORDER_ERRCODES: readonly number[] = [
  268546000,
  268546001,
  268546002,
  NOT_ENROLLED,
];

/** isTradeManaged and isTradeManagementConfirmationCompleted (§4.7–4.8). */
export const TRADE_MANAGED_ERRCODES: readonly number[] = [
  40013,
  40097,
  44990,
  61003,
  61004,
  61011,
  NOT_ENROLLED,
];

export const FAMOUS_BRAND_ERRCODES: readonly number[] = [
  44002,
  47001,
  10210001,
  10210002,
  10210003,
  NOT_ENROLLED,
];

export const TRADE_TYPE_ERRCODES: readonly number[] = [
  268486048,
  47001,
  NOT_ENROLLED,
];

export const MSG_JUMP_PATH_ERRCODES: readonly number[] = [NOT_ENROLLED];
