/**
 * getReturnId `order_status`: the state of the return waybill (reference
 * §3.8). Not family A's `waybill_info.status`: 0 here is "awaiting pick-up".
 * 9, 10 and 12 are not defined. Read from a number or a numeric string;
 * results say `ReturnOrderStatus | number`, so a new value is passed on.
 */
export enum ReturnOrderStatus {
  /** 已下单待揽件 */
  AwaitingPickup = 0,
  /** 已揽件 */
  PickedUp = 1,
  /** 运输中 */
  InTransit = 2,
  /** 派件中 */
  OutForDelivery = 3,
  /** 已签收 */
  Signed = 4,
  /** 异常 */
  Exception = 5,
  /** 代签收 */
  SignedByProxy = 6,
  /** 揽收失败 */
  PickupFailed = 7,
  /** 签收失败 (拒收, 超区) */
  DeliveryFailed = 8,
  /** 已取消 */
  Cancelled = 11,
  /** 退件中 */
  ReturningToSender = 13,
  /** 已退件 */
  ReturnedToSender = 14,
  /** 未知 */
  Unknown = 99,
}

/** WeChat's words for each waybill state, with an English gloss. */
export const RETURN_ORDER_STATUS_WORDS: Readonly<
  Record<ReturnOrderStatus, { readonly zh: string; readonly en: string }>
> = {
  [ReturnOrderStatus.AwaitingPickup]: {
    zh: '已下单待揽件',
    en: 'ordered, awaiting pick-up',
  },
  [ReturnOrderStatus.PickedUp]: { zh: '已揽件', en: 'picked up' },
  [ReturnOrderStatus.InTransit]: { zh: '运输中', en: 'in transit' },
  [ReturnOrderStatus.OutForDelivery]: { zh: '派件中', en: 'out for delivery' },
  [ReturnOrderStatus.Signed]: { zh: '已签收', en: 'signed for' },
  [ReturnOrderStatus.Exception]: { zh: '异常', en: 'exception' },
  [ReturnOrderStatus.SignedByProxy]: { zh: '代签收', en: 'signed by proxy' },
  [ReturnOrderStatus.PickupFailed]: { zh: '揽收失败', en: 'pick-up failed' },
  [ReturnOrderStatus.DeliveryFailed]: {
    zh: '签收失败',
    en: 'delivery failed (refused or out of area)',
  },
  [ReturnOrderStatus.Cancelled]: { zh: '已取消', en: 'cancelled' },
  [ReturnOrderStatus.ReturningToSender]: {
    zh: '退件中',
    en: 'being returned to sender',
  },
  [ReturnOrderStatus.ReturnedToSender]: {
    zh: '已退件',
    en: 'returned to sender',
  },
  [ReturnOrderStatus.Unknown]: { zh: '未知', en: 'unknown' },
};
