/** `order_key.order_number_type` (reference §3.1): which form identifies the payment. */
export enum OrderNumberType {
  /** Merchant id + merchant order no.: `mchid` and `outTradeNo` are required. */
  MerchantTradeNo = 1,
  /** WeChat Pay transaction id: `transactionId` is required. */
  TransactionId = 2,
}
