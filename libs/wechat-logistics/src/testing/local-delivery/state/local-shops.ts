import { createHash } from 'node:crypto';

/** A carrier account the emulator knows for an app: its appkey (`shopid`), carrier and secret. */
export interface LocalShop {
  readonly shopId: string;
  readonly deliveryId: string;
  /** The carrier account's AppSecret: signs `delivery_sign`, never sent. */
  readonly secret: string;
  /** Store numbers registered at the carrier; empty = any (not checked). */
  readonly shopNos: readonly string[];
  /** shop/get's `audit_result`: 0 approved, 1 under review, 2 rejected (§3.2). */
  readonly auditResult: 0 | 1 | 2;
  /** How it is known: bound in the console, the TEST sandbox, or a carrier's test account (§6.2). */
  readonly kind: 'bound' | 'sandbox' | 'realmock';
}

/** What `localDelivery.bindShop()` takes: an account bound in the mini program console. */
export interface BindLocalShopInput {
  readonly shopId: string;
  readonly deliveryId: string;
  readonly secret: string;
  readonly shopNos?: readonly string[];
  /** @default 0 (approved); a shop under review or rejected is listed but refuses orders (930560, our choice). */
  readonly auditResult?: 0 | 1 | 2;
}

/** The TEST sandbox's only shop, for every app (§6.1; `secrect` is the doc's spelling). */
export const SANDBOX_SHOP: LocalShop = {
  shopId: 'test_shop_id',
  deliveryId: 'TEST',
  secret: 'test_app_secrect',
  shopNos: [],
  auditResult: 0,
  kind: 'sandbox',
};

/**
 * The carriers' test accounts `realmock_update_order` works with (§6.2),
 * known to every app, with the statuses each carrier's test system takes.
 * SFTC's list reads "102 202 202 302" in every copy; we take 301 for the
 * second 202 (inference, as the reference suggests).
 */
export const REALMOCK_SHOPS: readonly (LocalShop & {
  readonly statuses: readonly number[];
})[] = [
  {
    shopId: '1534713176',
    deliveryId: 'SFTC',
    secret: 'd80400f91e156f63b38886e616d84590',
    shopNos: ['3243279847393'],
    auditResult: 0,
    kind: 'realmock',
    statuses: [102, 202, 301, 302],
  },
  {
    shopId: 'dadaaee18818d97e236',
    deliveryId: 'DADA',
    secret: '1c6f40492d6d89caaad80b85f7d31670',
    shopNos: ['77071-47913'],
    auditResult: 0,
    kind: 'realmock',
    statuses: [102, 201, 202, 301, 302, 304, 305],
  },
];

/** `delivery_sign` = lower-case hex SHA1(shopid + shop_order_id + secret) (§4). */
export function deliverySign(
  shopId: string,
  shopOrderId: string,
  secret: string,
): string {
  return createHash('sha1')
    .update(`${shopId}${shopOrderId}${secret}`, 'utf8')
    .digest('hex');
}

/**
 * Whether a request's sign is the shop's: exact lower-case hex only (whether
 * WeChat accepts upper case is not found; every client emits lower case).
 */
export function signMatches(
  sign: unknown,
  shop: LocalShop,
  shopOrderId: string,
): boolean {
  return sign === deliverySign(shop.shopId, shopOrderId, shop.secret);
}
