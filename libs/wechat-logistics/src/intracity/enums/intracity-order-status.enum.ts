/**
 * 同城配送 `order_status` (intracity.md §3.1): addOrder, queryOrder,
 * cancelOrder, mockNotify, queryFlow's `delivery_status` and the status
 * callback. Results say `IntracityOrderStatus | number`: a value WeChat adds
 * later is passed on as it came, never refused.
 */
export enum IntracityOrderStatus {
  /** 订单创建成功: order created (waiting for a courier). */
  Created = 10000,
  /** 商家取消订单: cancelled by the merchant. Final (fail). */
  CancelledByMerchant = 20000,
  /** 配送方取消订单: cancelled by the carrier. Final (fail). */
  CancelledByCarrier = 20001,
  /** 配送员接单: a courier accepted. */
  CourierAccepted = 30000,
  /** 配送员到店: the courier is at the store. */
  CourierAtStore = 40000,
  /** 配送中: delivering. */
  Delivering = 50000,
  /** 配送员撤单: the courier withdrew (the order may get another courier). */
  CourierWithdrew = 60000,
  /** 配送完成: delivered. Final (success). */
  Delivered = 70000,
  /** 配送异常: delivery exception. */
  Exception = 90000,
}

/** How a final state ended; `undefined` for a state that is not final. */
export type IntracityFinalOutcome = 'success' | 'fail';

export interface IntracityOrderStatusInfo {
  /** WeChat's words (§3.1). */
  readonly zh: string;
  readonly en: string;
  /** `success` (70000) or `fail` for a final state, `undefined` while the order can still move. */
  readonly final: IntracityFinalOutcome | undefined;
}

/**
 * Every documented status with its words and whether it is final. The
 * reference gives no transition rules (§3.1, not found): final are the two
 * cancellations and delivery, the states cancelorder refuses (934017/934018,
 * §4.15). 60000 and 90000 are not final (inference): storerefund counts an
 * order up to 60000 as in flight, and nothing says an exception ends one.
 */
export const INTRACITY_ORDER_STATUS: Readonly<
  Record<IntracityOrderStatus, IntracityOrderStatusInfo>
> = {
  10000: { zh: '订单创建成功', en: 'order created', final: undefined },
  20000: { zh: '商家取消订单', en: 'cancelled by the merchant', final: 'fail' },
  20001: {
    zh: '配送方取消订单',
    en: 'cancelled by the carrier',
    final: 'fail',
  },
  30000: { zh: '配送员接单', en: 'courier accepted', final: undefined },
  40000: { zh: '配送员到店', en: 'courier at the store', final: undefined },
  50000: { zh: '配送中', en: 'delivering', final: undefined },
  60000: { zh: '配送员撤单', en: 'courier withdrew', final: undefined },
  70000: { zh: '配送完成', en: 'delivered', final: 'success' },
  90000: { zh: '配送异常', en: 'delivery exception', final: undefined },
};

/** The words and final flag of a status; `undefined` for a value WeChat has not documented. */
export function intracityStatusInfo(
  status: number,
): IntracityOrderStatusInfo | undefined {
  return Object.hasOwn(INTRACITY_ORDER_STATUS, status)
    ? INTRACITY_ORDER_STATUS[status as IntracityOrderStatus]
    : undefined;
}
