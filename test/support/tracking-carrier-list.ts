/**
 * Entries of 物流服务's carrier list (`get_delivery_list`, ~1,379–1,510
 * entries in 2023–24) as WeChat answered them, for testing the carrier-code
 * mapping against the real ids and names. Only entries a source shows; the
 * real list is far longer, so a carrier missing here may exist there.
 *
 * `seen`: where the entry comes from.
 * - `reply`: id and name together in a WeChat reply — the official example of
 *   api_get_delivery_list ((AU), BDT, YD), a WeChat staff answer with 1,510
 *   entries (community doc 0008a880fe48c8abffc0dd11361800: 007EX, SF, YTO, YD,
 *   ZTO, STO), and the start of a full reply pasted in community question
 *   oCJUswzC4sfyDFa2LvNpOXvTqbR8 (its Latin-named entries; the Chinese ones
 *   arrived garbled and are left out).
 * - `id`: the id appears in WeChat's own examples or in calls users made
 *   (JTSD in 发货信息管理's get_order example; JDL, EMS, KYSY in open_msg
 *   requests, shared/api/waybill-tracking-and-returns.md §4.4; DBL in shops'
 *   code tables for the shipping upload); the name is the carrier's usual one,
 *   ours — adjust it when the real list is at hand.
 *
 * Not here on purpose: BEST (百世快递; its express business was sold to J&T
 * in 2021), PJ (品骏快递, closed 2020), OTP (承诺达特快, closed 2020) — no
 * source shows them in the list, and the emulator's logistics seed (the 2019
 * table) still has them: they are the carriers the mapping must report
 * unmapped rather than guess.
 */
export interface TrackingListFixtureEntry {
  readonly deliveryId: string;
  readonly deliveryName: string;
  readonly seen: 'reply' | 'id';
}

export const TRACKING_CARRIER_LIST: readonly TrackingListFixtureEntry[] = [
  { deliveryId: '(AU)', deliveryName: 'Interparcel', seen: 'reply' },
  { deliveryId: '007EX', deliveryName: '俄顺达', seen: 'reply' },
  { deliveryId: '13TEN', deliveryName: '13ten', seen: 'reply' },
  { deliveryId: '168EXPRESS', deliveryName: 'Antron Express', seen: 'reply' },
  {
    deliveryId: '17POSTSERVICE',
    deliveryName: '17 Post Service',
    seen: 'reply',
  },
  { deliveryId: '1TONG', deliveryName: '1TONG', seen: 'reply' },
  { deliveryId: '2GO', deliveryName: '2GO', seen: 'reply' },
  { deliveryId: '5Post', deliveryName: '5Post', seen: 'reply' },
  { deliveryId: '5UL', deliveryName: '5UL', seen: 'reply' },
  { deliveryId: 'ABXEXPRESSMY', deliveryName: 'ABX Express', seen: 'reply' },
  { deliveryId: 'ACOMMERCE', deliveryName: 'ACommerce', seen: 'reply' },
  { deliveryId: 'BDT', deliveryName: '八达通', seen: 'reply' },
  { deliveryId: 'SF', deliveryName: '顺丰速运', seen: 'reply' },
  { deliveryId: 'YTO', deliveryName: '圆通速递', seen: 'reply' },
  { deliveryId: 'YD', deliveryName: '韵达速递', seen: 'reply' },
  { deliveryId: 'ZTO', deliveryName: '中通快递', seen: 'reply' },
  { deliveryId: 'STO', deliveryName: '申通快递', seen: 'reply' },
  { deliveryId: 'JTSD', deliveryName: '极兔速递', seen: 'id' },
  { deliveryId: 'JDL', deliveryName: '京东快递', seen: 'id' },
  { deliveryId: 'EMS', deliveryName: 'EMS', seen: 'id' },
  { deliveryId: 'KYSY', deliveryName: '跨越速运', seen: 'id' },
  { deliveryId: 'DBL', deliveryName: '德邦快递', seen: 'id' },
];
