/**
 * Finds the carrier account's secret (AppSecret) of a 即时配送 shop at call
 * time (a vault, a tenant table): `shopId` is the carrier appkey a call names,
 * `appId` the mini program it calls for (`undefined` for a default app
 * configured without one). Answer `undefined` (or `''`) when this level does
 * not know the shop: the next level is asked. A rejection fails the call
 * before anything is sent. Called on every signed call: cache if it is slow.
 */
export type LocalDeliveryShopSecretProvider = (
  shopId: string,
  appId: string | undefined,
) => Promise<string | undefined>;

/**
 * 即时配送's `delivery_sign` secrets (DESIGN.md "API families"): the library
 * signs every call that needs it (SHA1 of shopid + shop_order_id + the
 * carrier account's AppSecret), so the caller never handles a secret or a
 * sign. On the module and on each `apps` entry (or `resolveApp` answer); for
 * one call the app's level is asked first (its `shopSecrets`, then its
 * `shopSecret`), then the module's. The sandbox shop `test_shop_id` needs no
 * entry: its public secret (`test_app_secrect`, WeChat's spelling) is used
 * when no level names it. Never logged, never in an error or a span.
 */
export interface WechatLocalDeliveryOptions {
  /** shopid (the carrier appkey) → the carrier account's AppSecret. */
  shopSecrets?: Record<string, string>;
  /** Asked for shops `shopSecrets` does not name; see {@link LocalDeliveryShopSecretProvider}. */
  shopSecret?: LocalDeliveryShopSecretProvider;
}
