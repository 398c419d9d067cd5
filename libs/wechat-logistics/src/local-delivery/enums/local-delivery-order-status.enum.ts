/**
 * 即时配送 `order_status` (local-delivery.md §5.3), in getOrder, addOrder /
 * reOrder replies and the `update_waybill_status` push. Results and events
 * say `LocalDeliveryOrderStatus | number`: a carrier error reply carries 0,
 * and a value WeChat adds later is passed on as it came, never refused.
 */
export enum LocalDeliveryOrderStatus {
  /** 分配骑手: waiting for a rider (the initial state). */
  AwaitingRider = 101,
  /** 分配骑手成功: rider assigned. */
  RiderAssigned = 102,
  /** 商家取消: merchant cancelled before pickup began. Final (fail). */
  CancelledByMerchant = 103,
  /** 配送员到店: rider arrived at the store. */
  RiderAtStore = 201,
  /** 配送员取货完成: picked up. */
  PickedUp = 202,
  /** 取货失败，商家取消. Final (fail). */
  PickupFailedMerchantCancelled = 203,
  /** 取货失败，配送员因自身原因取消. Final (fail). */
  PickupFailedRiderCancelled = 204,
  /** 取货失败，配送员因商家原因取消. Final (fail). */
  PickupFailedRiderCancelledForMerchant = 205,
  /** 配送中. */
  Delivering = 301,
  /** 配送成功. Final (success). */
  Delivered = 302,
  /** 商家取消，配送员返回商家中. */
  CancelledReturning = 303,
  /** 无法联系收货人，配送员返回商家中. */
  RecipientUnreachableReturning = 304,
  /** 收货人拒收，配送员返回商家中. */
  RecipientRefusedReturning = 305,
  /** 配送员已返回商家. Final (fail). */
  ReturnedToMerchant = 401,
  /** 系统取消（运力系统原因）. Final (fail). */
  CancelledBySystem = 501,
  /** 系统取消（不可抗力：天气、道路管制等）. Final (fail). */
  CancelledByForceMajeure = 502,
}

/** How a final state ended; `undefined` for a state that is not final. */
export type LocalDeliveryFinalOutcome = 'success' | 'fail';

export interface LocalDeliveryOrderStatusInfo {
  /** WeChat's words (order_status appendix). */
  readonly zh: string;
  readonly en: string;
  /** `success` (302) or `fail` for a final state, `undefined` while the order can still move. */
  readonly final: LocalDeliveryFinalOutcome | undefined;
}

/** Every documented status with its words and whether it is final (§5.3). */
export const LOCAL_DELIVERY_ORDER_STATUS: Readonly<
  Record<LocalDeliveryOrderStatus, LocalDeliveryOrderStatusInfo>
> = {
  101: { zh: '分配骑手', en: 'waiting for a rider', final: undefined },
  102: { zh: '分配骑手成功', en: 'rider assigned', final: undefined },
  103: { zh: '商家取消', en: 'cancelled by the merchant', final: 'fail' },
  201: { zh: '配送员到店', en: 'rider arrived at the store', final: undefined },
  202: { zh: '配送员取货完成', en: 'picked up', final: undefined },
  203: {
    zh: '取货失败，商家取消',
    en: 'pickup failed: cancelled by the merchant',
    final: 'fail',
  },
  204: {
    zh: '取货失败，配送员因自身原因取消',
    en: 'pickup failed: the rider cancelled for their own reasons',
    final: 'fail',
  },
  205: {
    zh: '取货失败，配送员因商家原因取消',
    en: 'pickup failed: the rider cancelled because of the merchant',
    final: 'fail',
  },
  301: { zh: '配送中', en: 'in delivery', final: undefined },
  302: { zh: '配送成功', en: 'delivered', final: 'success' },
  303: {
    zh: '商家取消，配送员返回商家中',
    en: 'cancelled by the merchant: goods returning',
    final: undefined,
  },
  304: {
    zh: '无法联系收货人，配送员返回商家中',
    en: 'recipient unreachable: goods returning',
    final: undefined,
  },
  305: {
    zh: '收货人拒收，配送员返回商家中',
    en: 'recipient refused: goods returning',
    final: undefined,
  },
  401: {
    zh: '配送员已返回商家',
    en: 'goods returned to the merchant',
    final: 'fail',
  },
  501: {
    zh: '系统取消（运力系统原因）',
    en: "cancelled by the carrier's system",
    final: 'fail',
  },
  502: {
    zh: '系统取消（不可抗力）',
    en: 'cancelled by force majeure (weather, road control)',
    final: 'fail',
  },
};

/** The words and final flag of a status; `undefined` for 0 or a value WeChat has not documented. */
export function localDeliveryStatusInfo(
  status: number,
): LocalDeliveryOrderStatusInfo | undefined {
  return Object.hasOwn(LOCAL_DELIVERY_ORDER_STATUS, status)
    ? LOCAL_DELIVERY_ORDER_STATUS[status as LocalDeliveryOrderStatus]
    : undefined;
}

/** Whether the order can no longer move (302 success; 103, 203–205, 401, 501, 502 fail). */
export function isFinalLocalDeliveryStatus(status: number): boolean {
  return localDeliveryStatusInfo(status)?.final !== undefined;
}
