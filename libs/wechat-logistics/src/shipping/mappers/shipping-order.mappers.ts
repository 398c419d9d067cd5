import {
  type GetShippingOrderListResult,
  type GetShippingOrderResult,
  type ShippingOrder,
  type ShippingOrderContact,
  type ShippingOrderPackage,
  type ShippingOrderShipping,
} from '../results';
import {
  type WireObject,
  isWireObject,
  readBoolean,
  readNumber,
  readObject,
  readObjects,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../../core/wire/reply-fields';

export function toGetShippingOrderResult(
  reply: WireObject,
): GetShippingOrderResult {
  return { order: toShippingOrder(readObject(reply, 'order')) };
}

export function toGetShippingOrderListResult(
  reply: WireObject,
): GetShippingOrderListResult {
  return {
    // The current docs type order_list as an object (an artefact, §8 #8): a list is read, anything else is [].
    orderList: readObjects(reply, 'order_list').map(toShippingOrder),
    lastIndex: readString(reply, 'last_index'),
    hasMore: readBoolean(reply, 'has_more'),
  };
}

export function toShippingOrder(order: WireObject): ShippingOrder {
  return {
    transactionId: readString(order, 'transaction_id'),
    merchantId: readString(order, 'merchant_id'),
    subMerchantId: readString(order, 'sub_merchant_id'),
    merchantTradeNo: readString(order, 'merchant_trade_no'),
    description: readString(order, 'description'),
    paidAmount: readNumber(order, 'paid_amount'),
    openid: readString(order, 'openid'),
    tradeCreateTime: readNumber(order, 'trade_create_time'),
    payTime: readNumber(order, 'pay_time'),
    orderState: readNumber(order, 'order_state'),
    inComplaint: readBoolean(order, 'in_complaint'),
    shipping: toShipping(readObject(order, 'shipping')),
  };
}

function toShipping(shipping: WireObject): ShippingOrderShipping {
  const result: ShippingOrderShipping = {
    finishShipping: readBoolean(shipping, 'finish_shipping'),
    finishShippingCount: readNumber(shipping, 'finish_shipping_count'),
    shippingList: readObjects(shipping, 'shipping_list').map(toPackage),
  };
  const deliveryMode = readOptionalNumber(shipping, 'delivery_mode');
  const logisticsType = readOptionalNumber(shipping, 'logistics_type');
  const goodsDesc = readOptionalString(shipping, 'goods_desc');
  const uploadScene = readOptionalNumber(shipping, 'upload_scene');
  if (deliveryMode !== undefined) result.deliveryMode = deliveryMode;
  if (logisticsType !== undefined) result.logisticsType = logisticsType;
  if (goodsDesc !== undefined) result.goodsDesc = goodsDesc;
  if (uploadScene !== undefined) result.uploadScene = uploadScene;
  return result;
}

function toPackage(item: WireObject): ShippingOrderPackage {
  const result: ShippingOrderPackage = {
    trackingNo: readString(item, 'tracking_no'),
    expressCompany: readString(item, 'express_company'),
    goodsDesc: readString(item, 'goods_desc'),
    uploadTime: readNumber(item, 'upload_time'),
  };
  if (isWireObject(item.contact)) result.contact = toContact(item.contact);
  return result;
}

function toContact(contact: WireObject): ShippingOrderContact {
  const result: ShippingOrderContact = {};
  const consignor = readOptionalString(contact, 'consignor_contact');
  const receiver = readOptionalString(contact, 'receiver_contact');
  if (consignor !== undefined) result.consignorContact = consignor;
  if (receiver !== undefined) result.receiverContact = receiver;
  return result;
}
