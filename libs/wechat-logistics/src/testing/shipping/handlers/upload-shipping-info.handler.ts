import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';
import { planShipment } from '../state/shipment-transition';
import { findByOrderKey, readOrderKey } from './order-key';
import { checkPayer } from './payer';
import { readShipment, toPackages } from './shipment-request';
import { parseUploadTime } from './upload-time';

/**
 * POST /wxa/sec/order/upload_shipping_info (shipping-info.md §4.1). Checks in
 * WeChat's order (§7.2): order key, payer, shipping fields, upload time, then
 * the payment's state (re-ship rule); the first failure answers.
 */
export const uploadShippingInfoHandler: RouteHandler = (
  { body },
  { shipping },
) => {
  const key = readOrderKey(body['order_key']);
  if (typeof key === 'number') return shippingError(key);
  const payment = findByOrderKey(key, shipping);
  if (typeof payment === 'number') return shippingError(payment);
  const payerRefusal = checkPayer(body['payer'], payment.payerOpenid);
  if (payerRefusal)
    return shippingError(payerRefusal.errcode, payerRefusal.detail);
  const fields = readShipment(body);
  if ('errcode' in fields) return shippingError(fields.errcode, fields.detail);
  const uploadTimeMs = parseUploadTime(body['upload_time']);
  if (uploadTimeMs === undefined) return shippingError(268485216);

  const outcome = planShipment(payment, {
    ...fields,
    packages: toPackages(fields, uploadTimeMs),
    uploadTimeMs,
  });
  if (typeof outcome === 'number') return shippingError(outcome);
  shipping.applyShipment(payment.transactionId, outcome);
  return okReply();
};
