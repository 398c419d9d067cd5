import {
  SHIPPING_ORDER_STATE_NAMES,
  ShippingOrderState,
} from 'nestjs-wechat-logistics';

const ENGLISH: Readonly<Record<ShippingOrderState, string>> = {
  [ShippingOrderState.AwaitingShipment]: 'awaiting shipment',
  [ShippingOrderState.Shipped]: 'shipped',
  [ShippingOrderState.ReceiptConfirmed]: 'receipt confirmed',
  [ShippingOrderState.Completed]: 'completed',
  [ShippingOrderState.Refunded]: 'refunded',
  [ShippingOrderState.AwaitingSettlement]: 'settlement pending',
};

/** A payment's `order_state` as the page shows it: WeChat's words, then English (`已发货 · shipped`). */
export function shippingStateInWords(state: number): string {
  const known = state as ShippingOrderState;
  return Object.hasOwn(ENGLISH, known)
    ? `${SHIPPING_ORDER_STATE_NAMES[known]} · ${ENGLISH[known]}`
    : `order_state ${state}`;
}
