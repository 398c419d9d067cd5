/**
 * `order_state` of a payment (shipping-info.md §3.6): 1 待发货, 2 已发货,
 * 3 确认收货, 4 交易完成, 5 已退款, 6 资金待结算 (receipt confirmed
 * automatically, settlement pending — the reference's reading, §3.6).
 */
export const PAYMENT_STATE = {
  unshipped: 1,
  shipped: 2,
  receiptConfirmed: 3,
  completed: 4,
  refunded: 5,
  settlementPending: 6,
} as const;

export type PaymentState = (typeof PAYMENT_STATE)[keyof typeof PAYMENT_STATE];

/** How receipt was confirmed: by the buyer, or automatically when the window closed. */
export type ConfirmReceiveMethod = 'manual' | 'automatic';

/**
 * A payment as WeChat Pay creates it: the shipping API never creates one,
 * so tests seed it (`shipping.seedPayment`). Omitted ids are generated.
 */
export interface SeedPaymentInput {
  /** WeChat Pay transaction id. @default '42' + 26 digits, unique per app */
  transactionId?: string;
  /** Merchant id. @default '1900000109' */
  mchid?: string;
  /** Second-level merchant id. @default '' */
  subMchid?: string;
  /** Merchant order number. @default 'EMU' + a counter */
  outTradeNo?: string;
  /** The payer's openid under this app: uploads must name it (10060031). */
  payerOpenid: string;
  /** Amount paid, in fen. @default 1 */
  amount?: number;
  /** Goods description shown before any upload. @default '' */
  description?: string;
  /** Unix seconds. @default the emulator clock's now */
  payTime?: number;
}

/** One package of a payment's shipping info, in the emulator's spelling. */
export interface EmulatedPackage {
  readonly trackingNo: string;
  readonly expressCompany: string;
  readonly goodsDesc: string;
  /** Unix seconds (the request's RFC 3339 time, truncated). */
  readonly uploadTime: number;
  readonly consignorContact?: string;
  readonly receiverContact?: string;
}

/** A payment's shipping info (§3.5 `shipping`). */
export interface EmulatedShipping {
  /** 1 unified, 2 split. */
  readonly deliveryMode: number;
  /** 1 express, 2 同城, 3 virtual, 4 自提. */
  readonly logisticsType: number;
  readonly finishShipping: boolean;
  /** 0 not finished, 1 finished, 2 finished again after the one re-ship. */
  readonly finishShippingCount: number;
  readonly packages: readonly EmulatedPackage[];
  /** The last accepted `upload_time`, ms: the next one must be later (268485216). */
  readonly lastUploadTimeMs: number;
}

/** One payment as the emulator holds it; `shipping.get()` returns copies. */
export interface EmulatedPayment {
  readonly transactionId: string;
  readonly mchid: string;
  readonly subMchid: string;
  readonly outTradeNo: string;
  readonly payerOpenid: string;
  readonly amount: number;
  readonly description: string;
  readonly payTime: number;
  readonly state: PaymentState;
  /** Absent until the first upload. */
  readonly shipping?: EmulatedShipping;
  /** Unix seconds when shipping completed; `estimatedSettlementTime` follows from it. */
  readonly shippedTime?: number;
  readonly estimatedSettlementTime?: number;
  readonly confirmReceiveMethod?: ConfirmReceiveMethod;
  readonly confirmReceiveTime?: number;
  readonly settlementTime?: number;
  /** notify_confirm_receive was used (once per payment, 10060030). */
  readonly receiptReminderSent: boolean;
  /** The carrier's sign-for time notify_confirm_receive reported. */
  readonly receivedTime?: number;
  /** opspecialorder type 1: expected shipping time, Unix seconds; no remind-shipping push before it. */
  readonly preSaleDelayTo?: number;
  /** opspecialorder type 2. */
  readonly testOrder: boolean;
  /** trade_manage_remind_shipping was pushed (once per payment). */
  readonly shippingReminded: boolean;
  /** The combined (合单) payment this one is a sub-payment of. */
  readonly combinedTransactionId?: string;
}

/** A combined (合单) payment: a parent key over sub-payments that each ship on their own. */
export interface SeedCombinedPaymentInput {
  /** @default '42' + 26 digits */
  transactionId?: string;
  /** @default '1900000109' */
  mchid?: string;
  /** @default 'EMU' + a counter */
  outTradeNo?: string;
  payerOpenid: string;
  /** The sub-payments; each gets the parent's payer. */
  subPayments: readonly Omit<SeedPaymentInput, 'payerOpenid'>[];
}

export interface EmulatedCombinedPayment {
  readonly transactionId: string;
  readonly mchid: string;
  readonly outTradeNo: string;
  readonly payerOpenid: string;
  readonly subPayments: readonly EmulatedPayment[];
}

/**
 * Names a payment in a control: its transaction id, or merchant id + merchant
 * order number (the two forms WeChat accepts).
 */
export type PaymentKey =
  | string
  | { readonly transactionId: string }
  | { readonly mchid: string; readonly outTradeNo: string };
