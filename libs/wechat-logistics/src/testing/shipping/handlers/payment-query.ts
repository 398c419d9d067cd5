import { type EmulatedPayment } from '../state/emulated-payment';
import { type ShippingBook } from '../state/shipping-book';

/**
 * The payment a query call names by top-level fields (§3.7): `transaction_id`,
 * or `merchant_id` + `merchant_trade_no`. Neither form → 10060014; a
 * non-string → 47001; unknown → 10060001.
 */
export function findQueriedPayment(
  body: Readonly<Record<string, unknown>>,
  shipping: ShippingBook,
): EmulatedPayment | number {
  const names = [
    'transaction_id',
    'merchant_id',
    'merchant_trade_no',
    'sub_merchant_id',
  ];
  if (names.some((n) => body[n] !== undefined && typeof body[n] !== 'string')) {
    return 47001;
  }
  const transactionId = body['transaction_id'] as string | undefined;
  const merchantId = body['merchant_id'] as string | undefined;
  const merchantTradeNo = body['merchant_trade_no'] as string | undefined;
  if (transactionId) return shipping.get(transactionId) ?? 10060001;
  if (merchantId && merchantTradeNo) {
    return (
      shipping.get({ mchid: merchantId, outTradeNo: merchantTradeNo }) ??
      10060001
    );
  }
  return 10060014;
}
