import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';
import { orderRecord } from './order-record';
import { findQueriedPayment } from './payment-query';

/** POST /wxa/sec/order/get_order (§4.3): one payment's shipping status. */
export const getShippingOrderHandler: RouteHandler = (
  { body },
  { shipping },
) => {
  const payment = findQueriedPayment(body, shipping);
  if (typeof payment === 'number') {
    return shippingError(
      payment,
      payment === 10060014
        ? 'transaction_id or merchant_id + merchant_trade_no is required'
        : undefined,
    );
  }
  return okReply({ order: orderRecord(payment) });
};
