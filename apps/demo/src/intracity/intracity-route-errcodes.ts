/**
 * The errcodes each 同城配送 route documents in OpenAPI (intracity.md §7),
 * each shown under the status the catalogue gives it as this family reads
 * it. -1 and the token's codes are added by ApiWechatCall itself; the
 * security layer's own answers by intracityErrors.
 */

/** Every sealed call: refused plain (934011), a signature WeChat could not verify (40234), the feature not open (48001). */
const SEALED = [934011, 40234, 48001];
/** A store that is not there, or another app's. */
const STORE = [934008, 934021];

/** apply (§4.1): plain; personal and non-ordinary mini programs may not. */
export const APPLY_ERRCODES: readonly number[] = [934022, 934023];

/** createStore (§4.2): an outStoreId taken, an unknown carrier, a city not served. */
export const CREATE_STORE_ERRCODES: readonly number[] = [
  ...SEALED,
  934001,
  934003,
  934009,
  934010,
];

/** queryStore (§4.3). */
export const QUERY_STORE_ERRCODES: readonly number[] = [
  ...SEALED,
  934000,
  ...STORE,
];

/** updateStore, storeCharge (§4.4, §4.5). */
export const STORE_CHANGE_ERRCODES: readonly number[] = [
  ...SEALED,
  934001,
  934003,
  ...STORE,
];

/** storeRefund (§4.6): not while orders are in flight. */
export const STORE_REFUND_ERRCODES: readonly number[] = [
  ...SEALED,
  934003,
  934006,
  ...STORE,
];

/** queryFlow, balanceQuery (§4.7, §4.8). */
export const FUNDS_READ_ERRCODES: readonly number[] = [
  ...SEALED,
  934001,
  934003,
  ...STORE,
];

/** setPayMode, getPayMode (§4.9, §4.10): the appid sent is not the token's. */
export const PAY_MODE_ERRCODES: readonly number[] = [...SEALED, 934001, 934012];

/** getCity (§4.11). */
export const GET_CITY_ERRCODES: readonly number[] = [...SEALED, 934003];

/** preAddOrder (§4.12): the recipient, the cargo, the carrier's pricing. */
export const PRE_ADD_ORDER_ERRCODES: readonly number[] = [
  ...SEALED,
  934001,
  934003,
  934005,
  934009,
  934019,
  934020,
  934026,
  ...STORE,
];

/** addOrder (§4.13): as preAddOrder, the storeOrderId taken, the balance. */
export const ADD_ORDER_ERRCODES: readonly number[] = [
  ...PRE_ADD_ORDER_ERRCODES,
  934002,
  934013,
  934014,
  934015,
];

/** queryOrder (§4.14). */
export const QUERY_ORDER_ERRCODES: readonly number[] = [...SEALED, 934016];

/** cancelOrder (§4.15): not once delivered, not twice. */
export const CANCEL_ORDER_ERRCODES: readonly number[] = [
  ...SEALED,
  934016,
  934017,
  934018,
];

/** mockNotify (§4.16): sandbox orders only. */
export const MOCK_NOTIFY_ERRCODES: readonly number[] = [
  ...SEALED,
  934007,
  934016,
];
