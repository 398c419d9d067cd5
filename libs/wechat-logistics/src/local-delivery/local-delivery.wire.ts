import { toSnakeKeys } from '../core/wire/key-case';

/**
 * A DTO as WeChat's body: snake_case, except `shopid`, which WeChat spells
 * as one word (the mechanical conversion of `shopId` would give `shop_id`).
 */
export function toLocalDeliveryWire(dto: object): Record<string, unknown> {
  const { shop_id: shopid, ...rest } = toSnakeKeys(dto) as Record<
    string,
    unknown
  >;
  return shopid === undefined ? rest : { shopid, ...rest };
}
