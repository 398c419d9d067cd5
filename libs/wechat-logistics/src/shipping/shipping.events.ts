import { type TypedWechatEvent } from '../events/typed-wechat-event';
import {
  readEventHeader,
  type WechatEventHeader,
} from '../push/push-event-header';
import { PushFields } from '../push/push-fields';

/*
 * 发货信息管理's three pushes (shipping-info.md §6), in camelCase, and what
 * tells a re-send from a new event. Extra fields WeChat adds are ignored.
 */

/** `trade_manage_remind_access_api`: "please integrate the shipping API" (§6.2). */
export interface RemindAccessApiEvent extends WechatEventHeader {
  readonly event: 'trade_manage_remind_access_api';
  /** Free-text notice. */
  readonly msg: string;
}

/** The payment a shipping push is about (§6.3, §6.4). */
export interface ShippingPushPayment {
  /** WeChat Pay transaction id. */
  readonly transactionId: string;
  readonly merchantId: string;
  /** `''` when there is none. */
  readonly subMerchantId: string;
  /** The merchant's order number. */
  readonly merchantTradeNo: string;
  /** Unix seconds. */
  readonly payTime: number;
}

/** `trade_manage_remind_shipping`: an order unshipped for more than 48 hours (§6.3). */
export interface RemindShippingEvent
  extends WechatEventHeader, ShippingPushPayment {
  readonly event: 'trade_manage_remind_shipping';
  readonly msg: string;
}

interface OrderSettlementCommon extends WechatEventHeader, ShippingPushPayment {
  readonly event: 'trade_manage_order_settlement';
  /** Unix seconds. */
  readonly shippedTime: number;
}

/** The first settlement push, when shipping completed: the order "will settle". */
export interface OrderWillSettleEvent extends OrderSettlementCommon {
  readonly stage: 'shipped';
  /** Unix seconds. */
  readonly estimatedSettlementTime: number;
}

/** The second settlement push: the order "has settled". */
export interface OrderSettledEvent extends OrderSettlementCommon {
  readonly stage: 'settled';
  /** 1 automatic, 2 manual (the buyer confirmed); other values are passed through. */
  readonly confirmReceiveMethod: number;
  /** Unix seconds. */
  readonly confirmReceiveTime: number;
  /** Unix seconds. */
  readonly settlementTime: number;
}

/**
 * `trade_manage_order_settlement`, sent twice per order (§6.4). A
 * discriminated union on `stage` (our field, not WeChat's): the two shapes
 * carry different times, and a handler cannot read `settlementTime` from the
 * "will settle" push without checking which one it holds. Told apart as the
 * reference says: `confirm_receive_method` means settled,
 * `estimated_settlement_time` means shipped.
 */
export type OrderSettlementEvent = OrderWillSettleEvent | OrderSettledEvent;

export const REMIND_ACCESS_API_EVENT: TypedWechatEvent<
  'trade_manage_remind_access_api',
  RemindAccessApiEvent
> = {
  name: 'trade_manage_remind_access_api',
  map(fields) {
    const read = new PushFields(fields, 'trade_manage_remind_access_api event');
    return {
      ...readEventHeader(read),
      event: 'trade_manage_remind_access_api',
      msg: read.optionalString('msg'),
    };
  },
  // No order in it: WeChat's general rule, sender + CreateTime (§6.1). A re-send repeats
  // CreateTime; the next day's reminder has a new one.
  dedupeKey: (event) => [event.event, event.fromUserName, event.createTime],
  describe: (event) => ({
    api: 'shipping.trade_manage_remind_access_api',
    title: 'Event trade_manage_remind_access_api',
    handlerTitle: 'Handler of trade_manage_remind_access_api',
    subject: `the trade_manage_remind_access_api event of ${event.createTime}`,
    reference: `createTime ${event.createTime}`,
    keys: { createTime: event.createTime },
  }),
};

export const REMIND_SHIPPING_EVENT: TypedWechatEvent<
  'trade_manage_remind_shipping',
  RemindShippingEvent
> = {
  name: 'trade_manage_remind_shipping',
  map(fields) {
    const read = new PushFields(fields, 'trade_manage_remind_shipping event');
    return {
      ...readEventHeader(read),
      event: 'trade_manage_remind_shipping',
      ...readPayment(read),
      msg: read.optionalString('msg'),
    };
  },
  // The payment + CreateTime: the same order may be reminded again later (a new
  // CreateTime, a new event); a re-send repeats CreateTime.
  dedupeKey: (event) => [event.event, paymentKey(event), event.createTime],
  describe: (event) => ({
    api: 'shipping.trade_manage_remind_shipping',
    title: 'Event trade_manage_remind_shipping',
    handlerTitle: 'Handler of trade_manage_remind_shipping',
    subject: `the shipping reminder of ${event.createTime} for transaction ${paymentKey(event)}`,
    reference: `transaction ${paymentKey(event)} createTime ${event.createTime}`,
    keys: { transactionId: paymentKey(event), createTime: event.createTime },
  }),
};

export const ORDER_SETTLEMENT_EVENT: TypedWechatEvent<
  'trade_manage_order_settlement',
  OrderSettlementEvent
> = {
  name: 'trade_manage_order_settlement',
  map(fields) {
    const read = new PushFields(fields, 'trade_manage_order_settlement event');
    const common: OrderSettlementCommon = {
      ...readEventHeader(read),
      event: 'trade_manage_order_settlement',
      ...readPayment(read),
      shippedTime: read.integer('shipped_time'),
    };
    if (present(read, 'confirm_receive_method'))
      return {
        ...common,
        stage: 'settled',
        confirmReceiveMethod: read.integer('confirm_receive_method'),
        confirmReceiveTime: read.integer('confirm_receive_time'),
        settlementTime: read.integer('settlement_time'),
      };
    if (present(read, 'estimated_settlement_time'))
      return {
        ...common,
        stage: 'shipped',
        estimatedSettlementTime: read.integer('estimated_settlement_time'),
      };
    throw read.malformed(
      'neither confirm_receive_method (settled) nor estimated_settlement_time (shipped) is present',
    );
  },
  // The payment + the stage + that stage's own time: each of the two pushes once, and a
  // later "will settle" after a re-upload (a new shipped_time) is a new event.
  dedupeKey: (event) => [
    event.event,
    paymentKey(event),
    event.stage,
    event.stage === 'settled' ? event.settlementTime : event.shippedTime,
  ],
  describe: (event) => ({
    api: 'shipping.trade_manage_order_settlement',
    title: 'Event trade_manage_order_settlement',
    handlerTitle: 'Handler of trade_manage_order_settlement',
    subject: `the ${event.stage} settlement push for transaction ${paymentKey(event)}`,
    reference: `transaction ${paymentKey(event)} stage ${event.stage}`,
    keys: { transactionId: paymentKey(event), stage: event.stage },
  }),
};

/** A payment without a transaction id nor a merchant order number could not be told from another: malformed. */
function readPayment(read: PushFields): ShippingPushPayment {
  const payment = {
    transactionId: read.optionalString('transaction_id'),
    merchantId: read.optionalString('merchant_id'),
    subMerchantId: read.optionalString('sub_merchant_id'),
    merchantTradeNo: read.optionalString('merchant_trade_no'),
    payTime: read.integer('pay_time'),
  };
  if (payment.transactionId === '' && payment.merchantTradeNo === '')
    throw read.malformed('neither transaction_id nor merchant_trade_no is set');
  return payment;
}

/** The transaction id; the merchant's order number where WeChat left it empty. */
function paymentKey(payment: ShippingPushPayment): string {
  return payment.transactionId !== ''
    ? payment.transactionId
    : `${payment.merchantId}/${payment.merchantTradeNo}`;
}

/** Present and not empty: the "will settle" push may carry the other shape's fields empty. */
function present(read: PushFields, key: string): boolean {
  const value = read.optional(key);
  return value !== undefined && value !== '';
}
