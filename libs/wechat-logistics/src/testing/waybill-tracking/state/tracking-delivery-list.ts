/** One carrier as get_delivery_list answers it. */
export interface TrackingCarrier {
  readonly deliveryId: string;
  readonly deliveryName: string;
}

/**
 * A sample of 物流服务's carrier list (reference §4.4; the real one has
 * 1,379–1,510 entries), with real ids and names:
 * - seen in list answers: (AU) Interparcel, BDT 八达通, YD 韵达速递 (the
 *   official example); 007EX, SF, YTO, YD, ZTO, STO (a WeChat staff reply,
 *   2023); 13TEN … ACOMMERCE (a user's raw dump, the entries whose names came
 *   through unmangled);
 * - seen as ids in requests or in 发货信息管理's examples, with the name the
 *   carrier goes by (ours): JTSD, JDL, EMS, KYSY, DBL.
 * Sorted by id, as the real list is. Note 韵达 is `YD` here, `YUNDA` in the
 * logistics assistant.
 */
export const TRACKING_CARRIERS: readonly TrackingCarrier[] = [
  { deliveryId: '(AU)', deliveryName: 'Interparcel' },
  { deliveryId: '007EX', deliveryName: '俄顺达' },
  { deliveryId: '13TEN', deliveryName: '13ten' },
  { deliveryId: '168EXPRESS', deliveryName: 'Antron Express' },
  { deliveryId: '17POSTSERVICE', deliveryName: '17 Post Service' },
  { deliveryId: '1TONG', deliveryName: '1TONG' },
  { deliveryId: '2GO', deliveryName: '2GO' },
  { deliveryId: '5Post', deliveryName: '5Post' },
  { deliveryId: '5UL', deliveryName: '5UL' },
  { deliveryId: 'ABXEXPRESSMY', deliveryName: 'ABX Express' },
  { deliveryId: 'ACOMMERCE', deliveryName: 'ACommerce' },
  { deliveryId: 'BDT', deliveryName: '八达通' },
  { deliveryId: 'DBL', deliveryName: '德邦快递' },
  { deliveryId: 'EMS', deliveryName: '中国邮政速递物流' },
  { deliveryId: 'JDL', deliveryName: '京东物流' },
  { deliveryId: 'JTSD', deliveryName: '极兔速递' },
  { deliveryId: 'KYSY', deliveryName: '跨越速运' },
  { deliveryId: 'SF', deliveryName: '顺丰速运' },
  { deliveryId: 'STO', deliveryName: '申通快递' },
  { deliveryId: 'YD', deliveryName: '韵达速递' },
  { deliveryId: 'YTO', deliveryName: '圆通速递' },
  { deliveryId: 'ZTO', deliveryName: '中通快递' },
];

const BY_ID = new Map(TRACKING_CARRIERS.map((c) => [c.deliveryId, c]));

/** The carrier with this family's `deliveryId`, if the list has it. */
export function trackingCarrier(
  deliveryId: string,
): TrackingCarrier | undefined {
  return BY_ID.get(deliveryId);
}
