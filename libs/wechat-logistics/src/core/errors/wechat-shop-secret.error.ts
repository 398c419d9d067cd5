/**
 * Why a 即时配送 call could not be signed:
 * - `missing`: no level of `localDelivery` knows the shop's secret — this
 *   server's configuration (the filter answers 500 and logs the fix);
 * - `lookup-failed`: the `shopSecret` function rejected (a vault down); the
 *   filter answers 503, try again later.
 */
export type ShopSecretFailure = 'missing' | 'lookup-failed';

/** Longest shop id quoted back: the value is the caller's. */
const MAX_QUOTED = 64;

/**
 * A 即时配送 call that needs `delivery_sign` for a shop whose secret this
 * server cannot find; raised before anything is sent. The message names the
 * shop and the option to set, never a secret (nor the lookup's own error
 * text, which may quote anything: only its class).
 */
export class WechatShopSecretError extends Error {
  override readonly name = 'WechatShopSecretError';
  /** The shopid (carrier appkey) the call named, at most 64 characters of it. */
  readonly shopId: string;

  constructor(
    shopId: string,
    readonly api: string,
    readonly failure: ShopSecretFailure,
    readonly appId: string | undefined,
    lookupError?: string,
  ) {
    const id = String(shopId).slice(0, MAX_QUOTED);
    const quoted = JSON.stringify(id);
    const app = appId === undefined ? '' : ` of mini program "${appId}"`;
    super(
      failure === 'missing'
        ? `${api}: no delivery_sign secret is configured for the 即时配送 shop ${quoted}${app}: set localDelivery.shopSecrets[${quoted}] (on the module or the app's entry) to the carrier account's AppSecret, or give a localDelivery.shopSecret function that answers it. Nothing was sent.`
        : `${api}: localDelivery.shopSecret failed for the 即时配送 shop ${quoted}${app} (${lookupError ?? 'error'}); nothing was sent, try again later.`,
    );
    this.shopId = id;
  }
}
