import { type EmulatedPayment } from '../state/emulated-payment';

const MAX_DESCRIPTION_CHARS = 120;

/** A payment as get_order / get_order_list answer it (shipping-info.md §3.5), in WeChat's spelling. */
export function orderRecord(payment: EmulatedPayment): Record<string, unknown> {
  const { shipping } = payment;
  const goods = shipping?.packages.map((p) => p.goodsDesc).join(';') ?? '';
  return {
    transaction_id: payment.transactionId,
    merchant_id: payment.mchid,
    sub_merchant_id: payment.subMchid,
    merchant_trade_no: payment.outTradeNo,
    description: truncate(goods || payment.description),
    paid_amount: payment.amount,
    openid: payment.payerOpenid,
    trade_create_time: payment.payTime,
    pay_time: payment.payTime,
    order_state: payment.state,
    in_complaint: false,
    shipping: shipping
      ? {
          delivery_mode: shipping.deliveryMode,
          logistics_type: shipping.logisticsType,
          finish_shipping: shipping.finishShipping,
          goods_desc: truncate(goods),
          finish_shipping_count: shipping.finishShippingCount,
          shipping_list: shipping.packages.map((p) => ({
            tracking_no: p.trackingNo,
            express_company: p.expressCompany,
            goods_desc: p.goodsDesc,
            upload_time: p.uploadTime,
            contact: {
              consignor_contact: p.consignorContact ?? '',
              receiver_contact: p.receiverContact ?? '',
            },
          })),
        }
      : {},
  };
}

/** All descriptions joined, cut at 120 characters with `...` (§3.5). */
function truncate(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_DESCRIPTION_CHARS
    ? text
    : `${chars.slice(0, MAX_DESCRIPTION_CHARS).join('')}...`;
}
