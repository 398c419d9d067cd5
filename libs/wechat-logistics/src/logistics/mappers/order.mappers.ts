import {
  type AddOrderResult,
  type BatchGetOrderFailed,
  type BatchGetOrderItem,
  type BatchGetOrderResult,
  type CancelOrderResult,
  type GetOrderResult,
} from '../results';
import {
  type WireObject,
  readErrcode,
  readNumber,
  readObjects,
  readOptionalNumber,
  readOptionalString,
  readString,
} from '../../core/wire/reply-fields';
import { readWaybillData } from './shared.mappers';

export function toAddOrderResult(reply: WireObject): AddOrderResult {
  const result: AddOrderResult = {
    orderId: readString(reply, 'order_id'),
    waybillId: readString(reply, 'waybill_id'),
    waybillData: readWaybillData(reply),
  };
  const deliveryResultcode = readOptionalNumber(reply, 'delivery_resultcode');
  const deliveryResultmsg = readOptionalString(reply, 'delivery_resultmsg');
  if (deliveryResultcode !== undefined)
    result.deliveryResultcode = deliveryResultcode;
  if (deliveryResultmsg !== undefined)
    result.deliveryResultmsg = deliveryResultmsg;
  return result;
}

export function toGetOrderResult(reply: WireObject): GetOrderResult {
  return {
    printHtml: readString(reply, 'print_html'),
    waybillData: readWaybillData(reply),
    orderId: readString(reply, 'order_id'),
    deliveryId: readString(reply, 'delivery_id'),
    waybillId: readString(reply, 'waybill_id'),
    orderStatus: readNumber(reply, 'order_status'),
  };
}

export function toBatchGetOrderResult(reply: WireObject): BatchGetOrderResult {
  return { orderList: readObjects(reply, 'order_list').map(toBatchItem) };
}

function toBatchItem(item: WireObject): BatchGetOrderItem {
  const errcode = readErrcode(item);
  if (errcode === 0) return { ok: true, ...toGetOrderResult(item) };
  const failed: BatchGetOrderFailed = {
    ok: false,
    orderId: readString(item, 'order_id'),
    deliveryId: readString(item, 'delivery_id'),
    errcode,
    errmsg: readString(item, 'errmsg'),
  };
  const waybillId = readOptionalString(item, 'waybill_id');
  if (waybillId !== undefined) failed.waybillId = waybillId;
  return failed;
}

export function toCancelOrderResult(reply: WireObject): CancelOrderResult {
  return {
    deliveryResultcode: readNumber(reply, 'delivery_resultcode'),
    deliveryResultmsg: readString(reply, 'delivery_resultmsg'),
  };
}
