/**
 * How the emulator's carriers behave (local-delivery.md §1.3, §3.5–§3.8).
 * Each field says what the reference states; UU's rules are cut off in the
 * stored docs, so it gets the permissive defaults (inference), and TEST,
 * the sandbox carrier, supports everything (inference: the sandbox is for
 * trying every call).
 */
export interface LocalCarrier {
  readonly deliveryId: string;
  readonly deliveryName: string;
  /** Listed by `delivery/getall` (the sandbox carrier is not: not found in any capture). */
  readonly listed: boolean;
  /** Which codes it issues when the order asks (§1.3: SFTC both, DADA finish only, MTPS none). */
  readonly pickupCode: boolean;
  readonly finishCode: boolean;
  /** pre_add answers fees (MTPS only validates, §3.5). */
  readonly quotes: boolean;
  /** pre_add issues a `delivery_token` (DADA, and TEST by our choice). */
  readonly issuesToken: boolean;
  /** readd is supported (not MTPS, §3.7). */
  readonly readd: boolean;
  /** May be cancelled once picked up (DADA only before pickup, §3.11). */
  readonly cancelAfterPickup: boolean;
  /** `shop_no` is required (MTPS and SS "must send", §3.5). */
  readonly needsShopNo: boolean;
  /** `sender` is required even with a shop_no (SFTC always; SS on pre_add, §3.0). */
  readonly needsSender: 'always' | 'pre_add' | 'without-shop-no';
  readonly tips: TipRule;
}

/** §1.3 "Tips". SFTC's rule is configurable (`localDelivery.setSftcTips`) because the docs conflict. */
export type TipRule =
  | { readonly kind: 'any' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'tiers'; readonly tiers: readonly number[] }
  | {
      readonly kind: 'capped';
      readonly max: number;
      readonly step: number;
      readonly withinGoodsValue: boolean;
    }
  | { readonly kind: 'sftc' };

const base = {
  listed: true,
  pickupCode: false,
  finishCode: false,
  quotes: true,
  issuesToken: false,
  readd: true,
  cancelAfterPickup: true,
  needsShopNo: false,
  needsSender: 'without-shop-no',
  tips: { kind: 'any' },
} as const satisfies Partial<LocalCarrier>;

export const LOCAL_CARRIERS: readonly LocalCarrier[] = [
  {
    ...base,
    deliveryId: 'SFTC',
    deliveryName: '顺丰同城急送',
    pickupCode: true,
    finishCode: true,
    needsSender: 'always',
    tips: { kind: 'sftc' },
  },
  {
    ...base,
    deliveryId: 'SS',
    deliveryName: '闪送',
    pickupCode: true,
    finishCode: true,
    needsShopNo: true,
    needsSender: 'pre_add',
    tips: { kind: 'tiers', tiers: [2, 3, 5, 10, 15, 20, 50, 100] },
  },
  {
    ...base,
    deliveryId: 'MTPS',
    deliveryName: '美团配送',
    quotes: false,
    readd: false,
    needsShopNo: true,
    tips: { kind: 'unsupported' },
  },
  {
    ...base,
    deliveryId: 'DADA',
    deliveryName: '达达',
    finishCode: true,
    issuesToken: true,
    cancelAfterPickup: false,
    tips: { kind: 'capped', max: 30, step: 0.1, withinGoodsValue: true },
  },
  { ...base, deliveryId: 'UU', deliveryName: 'UU跑腿' },
  {
    ...base,
    deliveryId: 'TEST',
    deliveryName: '测试配送公司',
    listed: false,
    pickupCode: true,
    finishCode: true,
    issuesToken: true,
  },
];

export function findLocalCarrier(
  deliveryId: unknown,
): LocalCarrier | undefined {
  return LOCAL_CARRIERS.find((carrier) => carrier.deliveryId === deliveryId);
}
