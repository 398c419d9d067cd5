import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';
import { PAYMENT_STATE } from '../state/emulated-payment';
import { findQueriedPayment } from './payment-query';

/**
 * POST /wxa/sec/order/notify_confirm_receive (§4.5): reminds the buyer to
 * confirm receipt, once per payment, express only, while 已发货; the sign-for
 * time must be after shipping. Checks in the order §7.2 gives.
 */
export const notifyConfirmReceiveHandler: RouteHandler = (
  { body },
  { shipping },
) => {
  const payment = findQueriedPayment(body, shipping);
  if (typeof payment === 'number') return shippingError(payment);
  const receivedTime = body['received_time'];
  if (receivedTime !== undefined && typeof receivedTime !== 'number') {
    return shippingError(47001);
  }
  if (payment.state !== PAYMENT_STATE.shipped) return shippingError(10060028);
  if (payment.shipping?.logisticsType !== 1) return shippingError(10060032);
  if (
    !Number.isInteger(receivedTime) ||
    (receivedTime as number) <= (payment.shippedTime ?? 0)
  ) {
    return shippingError(10060029);
  }
  if (payment.receiptReminderSent) return shippingError(10060030);
  shipping.markReceiptReminder(payment.transactionId, receivedTime as number);
  return okReply();
};
