import { type RouteHandler } from '../../http/emulator-route';
import { isJsonObject } from '../../http/json-values';
import { okReply } from '../../http/wechat-reply';
import { shippingError } from '../shipping-errmsgs';
import { type EmulatedPayment } from '../state/emulated-payment';
import {
  planShipment,
  type ShipmentOutcome,
} from '../state/shipment-transition';
import { findByOrderKey, orderKeyId, readOrderKey } from './order-key';
import { checkPayer } from './payer';
import {
  readShipment,
  type ShipmentFields,
  toPackages,
} from './shipment-request';
import { parseUploadTime } from './upload-time';

/**
 * POST /wxa/sec/order/upload_combined_shipping_info (§4.2): the rules of
 * upload_shipping_info per sub-payment of a combined (合单) payment. All
 * sub-orders are checked before any is stored, so a refusal changes nothing.
 */
export const uploadCombinedShippingInfoHandler: RouteHandler = (
  { body },
  { shipping },
) => {
  const parentKey = readOrderKey(body['order_key']);
  if (typeof parentKey === 'number') return shippingError(parentKey);
  const parent = shipping.getCombined(
    parentKey.transactionId ?? {
      mchid: parentKey.mchid!,
      outTradeNo: parentKey.outTradeNo!,
    },
  );
  if (!parent) return shippingError(10060001);
  const payerRefusal = checkPayer(body['payer'], parent.payerOpenid);
  if (payerRefusal)
    return shippingError(payerRefusal.errcode, payerRefusal.detail);

  const subOrders = body['sub_orders'];
  if (subOrders !== undefined && !Array.isArray(subOrders))
    return shippingError(47001);
  if (!subOrders || subOrders.length === 0) {
    return shippingError(10060014, 'sub_orders is required');
  }
  const seen = new Set<string>();
  const checked: { payment: EmulatedPayment; fields: ShipmentFields }[] = [];
  for (const [index, sub] of (subOrders as unknown[]).entries()) {
    if (!isJsonObject(sub)) {
      return shippingError(10060014, `sub_orders[${index}] is not an object`);
    }
    const key = readOrderKey(sub['order_key']);
    if (typeof key === 'number') return shippingError(key);
    if (key.orderNumberType !== parentKey.orderNumberType) {
      return shippingError(268485253);
    }
    if (seen.has(orderKeyId(key))) return shippingError(10060013);
    seen.add(orderKeyId(key));
    const payment = findByOrderKey(key, shipping);
    if (
      typeof payment === 'number' ||
      payment.combinedTransactionId !== parent.transactionId
    ) {
      return shippingError(10060001);
    }
    const fields = readShipment(sub);
    if ('errcode' in fields)
      return shippingError(fields.errcode, fields.detail);
    checked.push({ payment, fields });
  }
  const uploadTimeMs = parseUploadTime(body['upload_time']);
  if (uploadTimeMs === undefined) return shippingError(268485216);

  const planned: { transactionId: string; outcome: ShipmentOutcome }[] = [];
  for (const { payment, fields } of checked) {
    const outcome = planShipment(payment, {
      ...fields,
      packages: toPackages(fields, uploadTimeMs),
      uploadTimeMs,
    });
    if (typeof outcome === 'number') return shippingError(outcome);
    planned.push({ transactionId: payment.transactionId, outcome });
  }
  planned.forEach(({ transactionId, outcome }) =>
    shipping.applyShipment(transactionId, outcome),
  );
  return okReply();
};
