import {
  type LocalDeliveryShopSecretProvider,
  type WechatLocalDeliveryOptions,
} from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';

const LOCAL_DELIVERY_OPTION_KEYS = knownOptionKeys<WechatLocalDeliveryOptions>(
  'WechatLocalDeliveryOptions',
  { shopSecrets: true, shopSecret: true },
);

/** One level's `localDelivery` (the app's or the module's) after validation. */
export interface ShopSecretLevel {
  /** A Map, not the object given: `constructor` or `__proto__` is a shop id like any other. */
  readonly shopSecrets: ReadonlyMap<string, string>;
  readonly shopSecret: LocalDeliveryShopSecretProvider | undefined;
}

/** The levels asked for a shop's secret, the app's first; empty when nothing is configured. */
export type ResolvedLocalDelivery = readonly ShopSecretLevel[];

/**
 * `localDelivery` of one level (`localDelivery`, `apps[1].localDelivery`,
 * `resolveApp("wx…").localDelivery`), put before `inherited` (the module's
 * levels). The secrets are checked for shape only and never quoted in an
 * error: a message names the shop, not its secret.
 */
export function resolveLocalDelivery(
  source: object,
  prefix: string,
  inherited: ResolvedLocalDelivery,
): ResolvedLocalDelivery {
  const value = (source as { localDelivery?: unknown }).localDelivery;
  const field = `${prefix}localDelivery`;
  if (value === undefined) return inherited;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidWechatLogisticsOptionsError(
      field,
      'must be an object { shopSecrets?: { [shopid]: secret }, shopSecret?: (shopId, appId) => Promise<string | undefined> }',
    );
  refuseUnknownOptionKeys(value, LOCAL_DELIVERY_OPTION_KEYS, `${field}.`);
  const { shopSecrets, shopSecret } = value as WechatLocalDeliveryOptions;
  if (shopSecret !== undefined && typeof shopSecret !== 'function')
    throw new InvalidWechatLogisticsOptionsError(
      `${field}.shopSecret`,
      'must be a function (shopId, appId) => Promise<string | undefined>',
    );
  const secrets = readShopSecrets(shopSecrets, `${field}.shopSecrets`);
  if (secrets.size === 0 && shopSecret === undefined) return inherited;
  return [{ shopSecrets: secrets, shopSecret }, ...inherited];
}

function readShopSecrets(value: unknown, field: string): Map<string, string> {
  const secrets = new Map<string, string>();
  if (value === undefined) return secrets;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidWechatLogisticsOptionsError(
      field,
      "must be an object mapping each shopid (the carrier appkey) to its carrier account's AppSecret",
    );
  for (const [shopId, secret] of Object.entries(value)) {
    if (shopId.trim() === '' || shopId.trim() !== shopId)
      throw new InvalidWechatLogisticsOptionsError(
        field,
        `has the key ${JSON.stringify(shopId.slice(0, 64))}: keys are shopids (carrier appkeys), non-empty and without surrounding spaces`,
      );
    // The value is a secret: its problem is described, never quoted.
    if (typeof secret !== 'string' || secret.trim() === '')
      throw new InvalidWechatLogisticsOptionsError(
        `${field}.${shopId}`,
        "must be a non-empty string (the carrier account's AppSecret)",
      );
    if (secret.trim() !== secret)
      throw new InvalidWechatLogisticsOptionsError(
        `${field}.${shopId}`,
        'must not start or end with spaces',
      );
    secrets.set(shopId, secret);
  }
  return secrets;
}
