import {
  type WireObject,
  readNumber,
  readObject,
  readObjects,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../../core/wire/reply-fields';
import { intracityStatusInfo } from '../enums';
import {
  type IntracityAddOrderResult,
  type IntracityStoreAddress,
  type IntracityBalanceQueryResult,
  type IntracityCancelOrderResult,
  type IntracityCreateStoreResult,
  type IntracityGetCityResult,
  type IntracityGetPayModeResult,
  type IntracityPreAddOrderResult,
  type IntracityQueryFlowResult,
  type IntracityQueryOrderResult,
  type IntracityQueryStoreResult,
  type IntracityStatusFields,
  type IntracityStoreChargeResult,
  type IntracityStoreRefundResult,
} from '../results';

/**
 * An id WeChat documents as a string; a number (an SDK typed it uint64) is
 * taken as its digits only while it is exact, else read as absent rather
 * than rounded into another order's id.
 */
export function readId(source: WireObject, key: string): string {
  const value = source[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value))
    return String(value);
  return '';
}

const optionalId = (source: WireObject, key: string) =>
  readId(source, key) || undefined;

export function statusFields(source: WireObject): IntracityStatusFields {
  const orderStatus = readNumber(source, 'order_status');
  return { orderStatus, statusInfo: intracityStatusInfo(orderStatus) };
}

export function toCreateStoreResult(
  reply: WireObject,
): IntracityCreateStoreResult {
  return {
    wxStoreId: readId(reply, 'wx_store_id'),
    outStoreId: readString(reply, 'out_store_id'),
    appid: readString(reply, 'appid'),
  };
}

function toAddress(source: WireObject): IntracityStoreAddress {
  return {
    province: readString(source, 'province'),
    city: readString(source, 'city'),
    area: readString(source, 'area'),
    street: readString(source, 'street'),
    house: readString(source, 'house'),
    // SKIT reads them from strings too (§3.4).
    lat: readNumber(source, 'lat'),
    lng: readNumber(source, 'lng'),
    phone: readString(source, 'phone'),
  };
}

export function toQueryStoreResult(
  reply: WireObject,
): IntracityQueryStoreResult {
  return {
    storeList: readObjects(reply, 'store_list').map((store) => ({
      wxStoreId: readId(store, 'wx_store_id'),
      outStoreId: readString(store, 'out_store_id'),
      cityId: readId(store, 'city_id'),
      storeName: readString(store, 'store_name'),
      orderPattern: readNumber(store, 'order_pattern'),
      serviceTransPrefer: readString(store, 'service_trans_prefer'),
      addressInfo: toAddress(readObject(store, 'address_info')),
    })),
  };
}

export function toStoreChargeResult(
  reply: WireObject,
): IntracityStoreChargeResult {
  return {
    payUrl: readString(reply, 'payurl'),
    appid: readString(reply, 'appid'),
    wxStoreId: readId(reply, 'wx_store_id'),
  };
}

export function toStoreRefundResult(
  reply: WireObject,
): IntracityStoreRefundResult {
  return {
    appid: readString(reply, 'appid'),
    wxStoreId: readId(reply, 'wx_store_id'),
    refundAmount: readNumber(reply, 'refund_amount'),
  };
}

export function toQueryFlowResult(reply: WireObject): IntracityQueryFlowResult {
  return {
    flowList: readObjects(reply, 'flow_list').map((flow) => ({
      flowType: readNumber(flow, 'flow_type'),
      appid: readString(flow, 'appid'),
      wxStoreId: readId(flow, 'wx_store_id'),
      payOrderId: readId(flow, 'pay_order_id'),
      serviceTransId: readString(flow, 'service_trans_id'),
      payAmount: readNumber(flow, 'pay_amount'),
      payTime: readOptionalNumber(flow, 'pay_time'),
      payStatus: readString(flow, 'pay_status'),
      createTime: readOptionalNumber(flow, 'create_time'),
      consumeDeadline: readOptionalNumber(flow, 'consume_deadline'),
      refundTime: readOptionalNumber(flow, 'refund_time'),
      refundAmount: readOptionalNumber(flow, 'refund_amount'),
      openid: readOptionalString(flow, 'openid'),
      deliveryStatus: readOptionalNumber(flow, 'delivery_status'),
      refundStatus: readOptionalString(flow, 'refund_status'),
      deductAmount: readOptionalNumber(flow, 'deduct_amount'),
      billId: optionalId(flow, 'bill_id'),
      deliveryFinishedTime: readOptionalNumber(flow, 'delivery_finished_time'),
      wxOrderId: optionalId(flow, 'wx_order_id'),
    })),
    totalPayAmt: readNumber(reply, 'total_pay_amt'),
    totalRefundAmt: readNumber(reply, 'total_refund_amt'),
    totalDeductAmt: readOptionalNumber(reply, 'total_deduct_amt'),
    total: readOptionalNumber(reply, 'total'),
  };
}

/** `balance_detail` is an array (WXJ, SKIT, SKIT's sample; OFF-IC says "object"): a lone object is read as one entry. */
export function toBalanceQueryResult(
  reply: WireObject,
): IntracityBalanceQueryResult {
  const detail = readObject(reply, 'balance_detail');
  const details =
    Object.keys(detail).length > 0
      ? [detail]
      : readObjects(reply, 'balance_detail');
  return {
    wxStoreId: readId(reply, 'wx_store_id'),
    appid: readString(reply, 'appid'),
    allBalance: readNumber(reply, 'all_balance'),
    balanceDetail: details.map((carrier) => ({
      balance: readNumber(carrier, 'balance'),
      serviceTransId: readString(carrier, 'service_trans_id'),
      serviceTransName: readString(carrier, 'service_trans_name'),
      orderList: readObjects(carrier, 'order_list').map((topUp) => ({
        payOrderId: readId(topUp, 'payorder_id'),
        chargeAmt: readNumber(topUp, 'charge_amt'),
        unusedAmt: readNumber(topUp, 'unused_amt'),
        beginTime: readOptionalNumber(topUp, 'begin_time'),
        endTime: readOptionalNumber(topUp, 'end_time'),
      })),
    })),
  };
}

export function toGetPayModeResult(
  reply: WireObject,
): IntracityGetPayModeResult {
  return {
    payMode: readString(reply, 'pay_mode'),
    payAppid: readOptionalString(reply, 'pay_appid'),
    payComponentAppid: readOptionalString(reply, 'pay_component_appid'),
  };
}

export function toGetCityResult(reply: WireObject): IntracityGetCityResult {
  return {
    supportList: readObjects(reply, 'support_list').map((carrier) => ({
      serviceTransId: readString(carrier, 'service_trans_id'),
      cityList: readObjects(carrier, 'city_list').map((city) => ({
        cityCode: readNumber(city, 'city_code'),
        cityName: readString(city, 'city_name'),
      })),
    })),
  };
}

export function toPreAddOrderResult(
  reply: WireObject,
): IntracityPreAddOrderResult {
  return {
    serviceTransId: readString(reply, 'service_trans_id'),
    distance: readNumber(reply, 'distance'),
    estFee: readNumber(reply, 'est_fee'),
    expectedFinishedTime: readOptionalNumber(reply, 'expected_finished_time'),
    promiseDeliveryTime: readOptionalNumber(reply, 'promise_delivery_time'),
  };
}

export function toAddOrderResult(reply: WireObject): IntracityAddOrderResult {
  return {
    wxStoreId: readId(reply, 'wx_store_id'),
    wxOrderId: readId(reply, 'wx_order_id'),
    storeOrderId: readString(reply, 'store_order_id'),
    serviceTransId: readString(reply, 'service_trans_id'),
    distance: readNumber(reply, 'distance'),
    transOrderId: readString(reply, 'trans_order_id'),
    waybillId: readOptionalString(reply, 'waybill_id'),
    fee: readNumber(reply, 'fee'),
    fetchCode: readOptionalString(reply, 'fetch_code'),
    orderSeq: readOptionalString(reply, 'order_seq'),
  };
}

export function toQueryOrderResult(
  reply: WireObject,
): IntracityQueryOrderResult {
  const transporter = readObject(reply, 'transporter_info');
  const store = readObject(reply, 'store_info');
  const receiver = readObject(reply, 'receiver_info');
  const cargo = readObject(reply, 'cargo_info');
  return {
    ...statusFields(reply),
    wxOrderId: readId(reply, 'wx_order_id'),
    storeOrderId: readString(reply, 'store_order_id'),
    wxStoreId: readId(reply, 'wx_store_id'),
    appid: readString(reply, 'appid'),
    userOpenid: readString(reply, 'user_openid'),
    serviceTransId: readString(reply, 'service_trans_id'),
    deliveryNo: readString(reply, 'delivery_no'),
    distance: readNumber(reply, 'distance'),
    actualFee: readNumber(reply, 'actualfee'),
    deductFee: readNumber(reply, 'deductfee'),
    createTime: readOptionalNumber(reply, 'create_time'),
    acceptTime: readOptionalNumber(reply, 'accept_time'),
    fetchTime: readOptionalNumber(reply, 'fetch_time'),
    finishTime: readOptionalNumber(reply, 'finish_time'),
    cancelTime: readOptionalNumber(reply, 'cancel_time'),
    expectedFinishTime: readOptionalNumber(reply, 'expected_finish_time'),
    fetchCode: readOptionalString(reply, 'fetch_code'),
    recvCode: readOptionalString(reply, 'recv_code'),
    orderSeq: readOptionalString(reply, 'order_seq'),
    transporterInfo: {
      transporterName: readString(transporter, 'transporter_name'),
      transporterPhone: readString(transporter, 'transporter_phone'),
    },
    storeInfo: {
      storeName: readString(store, 'store_name'),
      wxStoreId: readId(store, 'wx_store_id'),
      address: readString(store, 'address'),
      lng: readOptionalNumber(store, 'lng'),
      lat: readOptionalNumber(store, 'lat'),
      phoneNum: readString(store, 'phone_num'),
    },
    receiverInfo: {
      receiverName: readString(receiver, 'receiver_name'),
      address: readString(receiver, 'address'),
      phoneNum: readString(receiver, 'phone_num'),
      lng: readOptionalNumber(receiver, 'lng'),
      lat: readOptionalNumber(receiver, 'lat'),
    },
    cargoInfo: {
      cargoName: readString(cargo, 'cargo_name'),
      cargoWeight: readNumber(cargo, 'cargo_weight'),
      cargoPrice: readNumber(cargo, 'cargo_price'),
      cargoType: readNumber(cargo, 'cargo_type'),
      cargoNum: readNumber(cargo, 'cargo_num'),
      itemList: readObjects(cargo, 'item_list').map((item) => ({
        itemName: readString(item, 'item_name'),
        itemPicUrl: readString(item, 'item_pic_url'),
        count:
          readOptionalNumber(item, 'item_num') ??
          readOptionalNumber(item, 'num') ??
          readNumber(item, 'count'),
      })),
    },
  };
}

export function toCancelOrderResult(
  reply: WireObject,
): IntracityCancelOrderResult {
  return {
    ...statusFields(reply),
    wxStoreId: readId(reply, 'wx_store_id'),
    wxOrderId: readId(reply, 'wx_order_id'),
    storeOrderId: readString(reply, 'store_order_id'),
    appid: readString(reply, 'appid'),
    deductFee: readNumber(reply, 'deductfee'),
  };
}
