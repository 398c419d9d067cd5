import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import {
  fieldInvalid,
  fieldRequired,
  intracityError,
  isReply,
} from '../intracity-errors';
import { badOptionalField } from '../intracity-fields';
import {
  isIntracityStatus,
  type IntracityOrder,
} from '../state/intracity-order';
import { type IntracityStore } from '../state/intracity-store';
import { findOrder } from './order-key';

/** queryorder's answer (§4.14); item quantities as both `num` (table) and `item_num` (example) — a doc conflict. */
function orderView(order: IntracityOrder, store: IntracityStore | undefined) {
  const a = store?.addressInfo;
  return {
    wx_order_id: order.wxOrderId,
    store_order_id: order.storeOrderId,
    wx_store_id: order.wxStoreId,
    order_status: order.status,
    appid: order.appid,
    user_openid: order.userOpenid,
    service_trans_id: order.serviceTransId,
    delivery_no: order.transOrderId,
    distance: order.distance,
    actualfee: order.fee,
    deductfee: order.deductfee,
    create_time: order.createTime,
    accept_time: order.acceptTime,
    fetch_time: order.fetchTime,
    finish_time: order.finishTime,
    cancel_time: order.cancelTime,
    expected_finish_time: order.expectedFinishTime,
    fetch_code: order.fetchCode,
    recv_code: order.recvCode,
    order_seq: order.orderSeq,
    transporter_info: {
      transporter_name: order.courier?.transporterName ?? '',
      transporter_phone: order.courier?.transporterPhone ?? '',
    },
    store_info: {
      store_name: store?.storeName ?? '',
      wx_store_id: order.wxStoreId,
      address: a
        ? `${a.province}${a.city}${a.area}${a.street ?? ''}${a.house}`
        : '',
      lng: a?.lng ?? 0,
      lat: a?.lat ?? 0,
      phone_num: a?.phone ?? '',
    },
    receiver_info: {
      receiver_name: order.receiver.name,
      address: order.receiver.address,
      phone_num: order.receiver.phone,
      lng: order.receiver.lng,
      lat: order.receiver.lat,
    },
    cargo_info: order.cargo
      ? {
          cargo_name: order.cargo.cargoName,
          cargo_weight: order.cargo.cargoWeight,
          cargo_price: order.cargo.cargoPrice,
          cargo_type: order.cargo.cargoType,
          cargo_num: order.cargo.cargoNum,
          item_list: order.cargo.itemList.map((item) => ({
            item_name: item.itemName,
            item_pic_url: item.itemPicUrl,
            num: item.count,
            item_num: item.count,
          })),
        }
      : {},
  };
}

/** queryorder (§4.14). */
export const queryOrderHandler: RouteHandler = ({ body }, { intracity }) => {
  const order = findOrder(body, intracity);
  if (isReply(order)) return order;
  return okReply(orderView(order, intracity.store(order.wxStoreId)));
};

/**
 * cancelorder (§4.15, §10): before the courier is at the store (10000, 30000,
 * 60000) free; at the store, under way or in exception (40000, 50000, 90000)
 * the penalty (`setCancelPenalty`, not for sandbox orders); delivered 934017;
 * cancelled 934018. The rest of the fee goes back to the balance.
 */
export const cancelOrderHandler: RouteHandler = ({ body }, { intracity }) => {
  const reason = body['cancel_reason_id'];
  if (reason === undefined || reason === null)
    return fieldRequired('cancel_reason_id');
  if (![1, 2, 3, 99].includes(reason as number))
    return fieldInvalid('cancel_reason_id');
  const bad = badOptionalField(body, [['cancel_reason', 'string']]);
  if (bad) return bad;
  const order = findOrder(body, intracity);
  if (isReply(order)) return order;
  if (order.status === 20000 || order.status === 20001)
    return intracityError(934018);
  if (order.status === 70000) return intracityError(934017);
  const cancelled = intracity.cancel(
    order,
    20000,
    intracity.cancelPenalty(order),
  );
  return okReply({
    wx_store_id: cancelled.wxStoreId,
    wx_order_id: cancelled.wxOrderId,
    store_order_id: cancelled.storeOrderId,
    order_status: cancelled.status,
    appid: cancelled.appid,
    deductfee: cancelled.deductfee,
  });
};

/**
 * mocknotify (§4.16): sets a sandbox order's status, whatever it was (test
 * orders follow no courier; inference), and sends the callback. A real
 * order is refused `934001` (WeChat's answer is not known; §10 offers 934007
 * or 934001 — we chose the parameter error). A cancellation keeps no penalty.
 */
export const mockNotifyHandler: RouteHandler = ({ body }, { intracity }) => {
  const status = body['order_status'];
  if (status === undefined || status === null)
    return fieldRequired('order_status');
  if (!isIntracityStatus(status)) return fieldInvalid('order_status');
  const order = findOrder(body, intracity);
  if (isReply(order)) return order;
  if (!order.sandbox)
    return intracityError(934001, 'mocknotify is for use_sandbox orders only');
  if (status === 20000 || status === 20001) intracity.cancel(order, status, 0);
  else intracity.move(order, status);
  return okReply();
};
