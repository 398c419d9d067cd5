import {
  type WireObject,
  readNumber,
  readObjects,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../../core/wire/reply-fields';
import { localDeliveryStatusInfo } from '../enums';
import {
  type GetAllImmeDeliveryResult,
  type GetBindAccountResult,
  type LocalAddOrderResult,
  type LocalCancelResult,
  type LocalDeliveryFees,
  type LocalGetOrderResult,
  type LocalPreAddOrderResult,
} from '../results';

export function toGetAllImmeDeliveryResult(
  reply: WireObject,
): GetAllImmeDeliveryResult {
  return {
    list: readObjects(reply, 'list').map((item) => ({
      deliveryId: readString(item, 'delivery_id'),
      deliveryName: readString(item, 'delivery_name'),
    })),
  };
}

export function toGetBindAccountResult(
  reply: WireObject,
): GetBindAccountResult {
  return {
    shopList: readObjects(reply, 'shop_list').map((item) => ({
      shopId: readString(item, 'shopid'),
      deliveryId: readString(item, 'delivery_id'),
      auditResult: readNumber(item, 'audit_result'),
    })),
  };
}

/** The fee fields pre_add, add and readd share; WeChat's lower-case names (`deliverfee`) made camelCase. */
function toFees(reply: WireObject): LocalDeliveryFees {
  return {
    fee: readNumber(reply, 'fee'),
    deliverFee: readNumber(reply, 'deliverfee'),
    couponFee: readNumber(reply, 'couponfee'),
    tips: readNumber(reply, 'tips'),
    insuranceFee: readNumber(reply, 'insurancefee'),
    distance: readNumber(reply, 'distance'),
    dispatchDuration: readNumber(reply, 'dispatch_duration'),
  };
}

export function toPreAddOrderResult(reply: WireObject): LocalPreAddOrderResult {
  const deliveryToken = readOptionalString(reply, 'delivery_token');
  return { ...toFees(reply), ...(deliveryToken ? { deliveryToken } : {}) };
}

export function toAddOrderResult(reply: WireObject): LocalAddOrderResult {
  return {
    ...toFees(reply),
    waybillId: readString(reply, 'waybill_id'),
    orderStatus: readNumber(reply, 'order_status'),
    finishCode: readNumber(reply, 'finish_code'),
    pickupCode: readNumber(reply, 'pickup_code'),
  };
}

/** Rider fields only when sent; `reach_time` here is seconds remaining (§3.9), named so. */
export function toGetOrderResult(reply: WireObject): LocalGetOrderResult {
  const orderStatus = readNumber(reply, 'order_status');
  const riderName = readOptionalString(reply, 'rider_name');
  const riderPhone = readOptionalString(reply, 'rider_phone');
  const riderLng = readOptionalNumber(reply, 'rider_lng');
  const riderLat = readOptionalNumber(reply, 'rider_lat');
  const reachInSeconds = readOptionalNumber(reply, 'reach_time');
  return {
    orderStatus,
    orderStatusInfo: localDeliveryStatusInfo(orderStatus),
    waybillId: readString(reply, 'waybill_id'),
    ...(riderName ? { riderName } : {}),
    ...(riderPhone ? { riderPhone } : {}),
    ...(riderLng === undefined ? {} : { riderLng }),
    ...(riderLat === undefined ? {} : { riderLat }),
    ...(reachInSeconds === undefined ? {} : { reachInSeconds }),
  };
}

export function toCancelResult(reply: WireObject): LocalCancelResult {
  return {
    deductFee: readNumber(reply, 'deduct_fee'),
    desc: readString(reply, 'desc'),
  };
}
