import { WechatShopSecretError } from '../core/errors';
import { type ResolvedLocalDelivery } from '../core/options/resolve-local-delivery';
import {
  LOCAL_DELIVERY_SANDBOX_SECRET,
  LOCAL_DELIVERY_SANDBOX_SHOP_ID,
} from './sandbox.constants';

/** What a client signs with: one app's `localDelivery` levels and its appId. */
export interface ShopSecretSource {
  readonly appId: string | undefined;
  readonly levels: ResolvedLocalDelivery;
}

/**
 * The shop's secret: each level in turn (the app's, then the module's), its
 * `shopSecrets` before its `shopSecret`; then the sandbox's public secret for
 * `test_shop_id`. Rejects with {@link WechatShopSecretError} when nothing
 * answers, or a `shopSecret` function fails.
 */
export async function shopSecretFor(
  source: ShopSecretSource,
  shopId: string,
  api: string,
): Promise<string> {
  for (const level of source.levels) {
    const listed = level.shopSecrets.get(shopId);
    if (listed !== undefined) return listed;
    if (!level.shopSecret) continue;
    let found: unknown;
    try {
      found = await level.shopSecret(shopId, source.appId);
    } catch (error) {
      // Its message may quote anything (a vault's reply): only the class is kept.
      const kind = error instanceof Error ? error.name : typeof error;
      throw new WechatShopSecretError(
        shopId,
        api,
        'lookup-failed',
        source.appId,
        kind,
      );
    }
    if (typeof found === 'string' && found !== '') return found;
  }
  if (shopId === LOCAL_DELIVERY_SANDBOX_SHOP_ID)
    return LOCAL_DELIVERY_SANDBOX_SECRET;
  throw new WechatShopSecretError(shopId, api, 'missing', source.appId);
}
