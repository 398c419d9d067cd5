import { createHash } from 'node:crypto';

/**
 * `delivery_sign` (local-delivery.md §4): lower-case hex SHA1 of the UTF-8
 * bytes of shopid + shop_order_id + the carrier account's AppSecret, plain
 * concatenation; `SHA1(shopid + AppSecret)` when the body has no
 * shop_order_id (no documented call uses that form, but WeChat's formula
 * has it).
 */
export function deliverySign(
  shopId: string,
  shopOrderId: string | undefined,
  secret: string,
): string {
  return createHash('sha1')
    .update(shopId + (shopOrderId ?? '') + secret, 'utf8')
    .digest('hex');
}
