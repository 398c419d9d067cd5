import { type EmulatedPayment } from '../state/emulated-payment';

/**
 * `FromUserName` of the shipping family's pushes: WeChat sends them from a
 * system account, not the buyer (shipping-info.md §6.1). Shaped like an
 * openid, as in the reference's examples.
 */
export const SHIPPING_PUSH_SENDER = 'oSystem000000000000000000000';

/** A type alias, not an interface, so every event is assignable to `EmulatedPushMessage`. */
type PushHeader = {
  readonly ToUserName: string;
  readonly FromUserName: string;
  readonly CreateTime: number;
  readonly MsgType: 'event';
};

/** §6.2, keys in the reference's order and spelling. */
export type RemindAccessApiMessage = PushHeader & {
  readonly Event: 'trade_manage_remind_access_api';
  readonly msg: string;
};

/** The ids every payment event carries (§6.3, §6.4). */
type PaymentIds = {
  readonly transaction_id: string;
  readonly merchant_id: string;
  readonly sub_merchant_id: string;
  readonly merchant_trade_no: string;
  readonly pay_time: number;
};

/** §6.3. */
export type RemindShippingMessage = PushHeader & {
  readonly Event: 'trade_manage_remind_shipping';
} & PaymentIds & { readonly msg: string };

/** §6.4, sent when shipping completes: "will settle at …". */
export type SettlementDueMessage = PushHeader & {
  readonly Event: 'trade_manage_order_settlement';
} & PaymentIds & {
    readonly shipped_time: number;
    readonly estimated_settlement_time: number;
  };

/** §6.4, sent when the order settles. */
export type SettledMessage = PushHeader & {
  readonly Event: 'trade_manage_order_settlement';
} & PaymentIds & {
    readonly shipped_time: number;
    readonly confirm_receive_method: number;
    readonly confirm_receive_time: number;
    readonly settlement_time: number;
  };

export type ShippingPushMessage =
  | RemindAccessApiMessage
  | RemindShippingMessage
  | SettlementDueMessage
  | SettledMessage;

function header(toUserName: string, createTime: number): PushHeader {
  return {
    ToUserName: toUserName,
    FromUserName: SHIPPING_PUSH_SENDER,
    CreateTime: createTime,
    MsgType: 'event',
  };
}

function paymentIds(payment: EmulatedPayment): PaymentIds {
  return {
    transaction_id: payment.transactionId,
    merchant_id: payment.mchid,
    sub_merchant_id: payment.subMchid,
    merchant_trade_no: payment.outTradeNo,
    pay_time: payment.payTime,
  };
}

export function remindAccessApiMessage(
  msg: string,
  toUserName: string,
  createTime: number,
): RemindAccessApiMessage {
  return {
    ...header(toUserName, createTime),
    Event: 'trade_manage_remind_access_api',
    msg,
  };
}

export function remindShippingMessage(
  payment: EmulatedPayment,
  msg: string,
  toUserName: string,
  createTime: number,
): RemindShippingMessage {
  return {
    ...header(toUserName, createTime),
    Event: 'trade_manage_remind_shipping',
    ...paymentIds(payment),
    msg,
  };
}

export function settlementDueMessage(
  payment: EmulatedPayment,
  toUserName: string,
  createTime: number,
): SettlementDueMessage {
  return {
    ...header(toUserName, createTime),
    Event: 'trade_manage_order_settlement',
    ...paymentIds(payment),
    shipped_time: payment.shippedTime ?? 0,
    estimated_settlement_time: payment.estimatedSettlementTime ?? 0,
  };
}

/** `confirmReceiveMethodCode` is the number sent for the payment's method (configurable, §8 #5). */
export function settledMessage(
  payment: EmulatedPayment,
  confirmReceiveMethodCode: number,
  toUserName: string,
  createTime: number,
): SettledMessage {
  return {
    ...header(toUserName, createTime),
    Event: 'trade_manage_order_settlement',
    ...paymentIds(payment),
    shipped_time: payment.shippedTime ?? 0,
    confirm_receive_method: confirmReceiveMethodCode,
    confirm_receive_time: payment.confirmReceiveTime ?? 0,
    settlement_time: payment.settlementTime ?? 0,
  };
}
