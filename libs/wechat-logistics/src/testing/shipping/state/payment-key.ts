import { type PaymentKey } from './emulated-payment';

/** The merchant-side key of a payment: merchant id and merchant order number. */
export function merchantKey(mchid: string, outTradeNo: string): string {
  return `${mchid}\u0000${outTradeNo}`;
}

/** A control's `PaymentKey` in words, for the errors controls throw. */
export function describeKey(key: PaymentKey): string {
  if (typeof key === 'string') return `transaction_id "${key}"`;
  return 'transactionId' in key
    ? `transaction_id "${key.transactionId}"`
    : `mchid "${key.mchid}" + out_trade_no "${key.outTradeNo}"`;
}
