import { isJsonObject } from '../../http/json-values';
import { type EmulatedPayment } from '../state/emulated-payment';
import { type ShippingBook } from '../state/shipping-book';

/** An upload's `order_key` (§3.1), read: its form and the payment it names. */
export interface OrderKeyRead {
  readonly orderNumberType: 1 | 2;
  readonly transactionId?: string;
  readonly mchid?: string;
  readonly outTradeNo?: string;
}

/**
 * `order_key` in WeChat's check order (§7.2 step 2): 268485194 for a missing
 * or unknown `order_number_type` (47001 when it is not a number), then the
 * field its form needs (268485195 / 268485196 / 268485197). Extra fields are
 * tolerated, as on WeChat.
 */
export function readOrderKey(value: unknown): OrderKeyRead | number {
  if (!isJsonObject(value)) return 268485194;
  const type = value['order_number_type'];
  if (type !== undefined && typeof type !== 'number') return 47001;
  if (type !== 1 && type !== 2) return 268485194;
  const text = (name: string) => {
    const field = value[name];
    return typeof field === 'string' && field !== '' ? field : undefined;
  };
  if (type === 2) {
    const transactionId = text('transaction_id');
    return transactionId === undefined
      ? 268485195
      : { orderNumberType: 2, transactionId };
  }
  const mchid = text('mchid');
  if (mchid === undefined) return 268485196;
  const outTradeNo = text('out_trade_no');
  if (outTradeNo === undefined) return 268485197;
  return { orderNumberType: 1, mchid, outTradeNo };
}

/** The payment an order key names, or 10060001. */
export function findByOrderKey(
  key: OrderKeyRead,
  shipping: ShippingBook,
): EmulatedPayment | number {
  const payment =
    key.transactionId !== undefined
      ? shipping.get(key.transactionId)
      : shipping.get({ mchid: key.mchid!, outTradeNo: key.outTradeNo! });
  return payment ?? 10060001;
}

/** The same key as a string, to find duplicates among sub-orders (10060013). */
export function orderKeyId(key: OrderKeyRead): string {
  return key.transactionId ?? `${key.mchid}\u0000${key.outTradeNo}`;
}
