import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';
import { PAYMENT_STATE } from '../state/emulated-payment';

const DAY_SECONDS = 86_400;
/** A pre-sale order ships at least 15 days and at most 330 days after payment (§4.9). */
const PRE_SALE_MIN_DAYS = 15;
const PRE_SALE_MAX_DAYS = 330;

/**
 * POST /wxa/sec/order/opspecialorder (§4.9): reports an unshipped payment,
 * named by transaction id or merchant order number, as pre-sale (type 1,
 * with `delay_to`) or test (type 2; `delay_to` ignored, JSON null accepted).
 * Checks in §7.2's order: type, delay_to, then the order.
 */
export const opSpecialOrderHandler: RouteHandler = ({ body }, { shipping }) => {
  const orderId = body['order_id'];
  const type = body['type'];
  const delayTo = body['delay_to'];
  if (
    (orderId !== undefined && typeof orderId !== 'string') ||
    (type !== undefined && typeof type !== 'number')
  ) {
    return shippingError(47001);
  }
  if (type !== 1 && type !== 2) return shippingError(268546000);
  if (type === 1 && !Number.isInteger(delayTo)) return shippingError(268546001);

  const payment = orderId
    ? (shipping.get(orderId) ??
      shipping.all().find((p) => p.outTradeNo === orderId))
    : undefined;
  if (!payment || payment.state !== PAYMENT_STATE.unshipped) {
    return shippingError(268546002);
  }
  if (type === 2) {
    shipping.markSpecialOrder(payment.transactionId, { testOrder: true });
    return okReply();
  }
  const earliest = payment.payTime + PRE_SALE_MIN_DAYS * DAY_SECONDS;
  const latest = payment.payTime + PRE_SALE_MAX_DAYS * DAY_SECONDS;
  const when = delayTo as number;
  if (when < earliest || when > latest) return shippingError(268546001);
  shipping.markSpecialOrder(payment.transactionId, { preSaleDelayTo: when });
  return okReply();
};
