/**
 * `order_state` of a payment (reference §3.6). Results say
 * `ShippingOrderState | number`: a state WeChat adds later is passed on as it
 * came (6 was returned in production before it was documented, §8 #2).
 */
export enum ShippingOrderState {
  /** 待发货 */
  AwaitingShipment = 1,
  /** 已发货 */
  Shipped = 2,
  /** 确认收货 */
  ReceiptConfirmed = 3,
  /** 交易完成 */
  Completed = 4,
  /** 已退款 */
  Refunded = 5,
  /** 资金待结算: receipt confirmed, settlement pending (meaning inferred, §3.6). */
  AwaitingSettlement = 6,
}

/** WeChat's own words for each state, as the MP admin page shows them. */
export const SHIPPING_ORDER_STATE_NAMES: Readonly<
  Record<ShippingOrderState, string>
> = {
  [ShippingOrderState.AwaitingShipment]: '待发货',
  [ShippingOrderState.Shipped]: '已发货',
  [ShippingOrderState.ReceiptConfirmed]: '确认收货',
  [ShippingOrderState.Completed]: '交易完成',
  [ShippingOrderState.Refunded]: '已退款',
  [ShippingOrderState.AwaitingSettlement]: '资金待结算',
};
