import { type TypedWechatEvent } from '../events/typed-wechat-event';
import {
  readEventHeader,
  type WechatEventHeader,
} from '../push/push-event-header';
import { PushFields } from '../push/push-fields';
import {
  type LocalDeliveryOrderStatus,
  type LocalDeliveryOrderStatusInfo,
  localDeliveryStatusInfo,
} from './enums';
import { type UnixTimestamp } from './unix-timestamp';

/** The rider, as the carrier reports them (local-delivery.md §5.1). */
export interface LocalDeliveryAgent {
  readonly name: string;
  readonly phone: string;
  /**
   * Expected arrival as a **Unix timestamp** (seconds), sent while
   * delivering. Not getOrder's `reachInSeconds`, which is a countdown.
   */
  readonly reachTime: UnixTimestamp | undefined;
}

/**
 * 即时配送's `update_waybill_status` push (onOrderStatus, local-delivery.md
 * §5), in camelCase: the carrier changed a delivery order's status.
 */
export interface WaybillStatusUpdateEvent extends WechatEventHeader {
  readonly event: 'update_waybill_status';
  /** The carrier account's appkey (`test_shop_id` in the sandbox). */
  readonly shopId: string;
  /** The merchant's order id. */
  readonly shopOrderId: string;
  /** Store number; `''` when none. */
  readonly shopNo: string;
  /** The carrier's delivery-order id. */
  readonly waybillId: string;
  /** Unix seconds of the change. */
  readonly actionTime: number;
  /** §5.3 (101 … 502); 0 and unknown values are passed through, not refused. */
  readonly orderStatus: LocalDeliveryOrderStatus | number;
  /**
   * The status's words (`zh`, `en`) and whether it is final (`final`:
   * `'success'` for 302, `'fail'` for 103, 203–205, 401, 501, 502);
   * `undefined` for a value WeChat has not documented.
   */
  readonly orderStatusInfo: LocalDeliveryOrderStatusInfo | undefined;
  /** Extra text, often `''`. */
  readonly actionMsg: string;
  /** Absent in some sandbox pushes. */
  readonly agent: LocalDeliveryAgent | undefined;
}

export const WAYBILL_STATUS_UPDATE_EVENT: TypedWechatEvent<
  'update_waybill_status',
  WaybillStatusUpdateEvent
> = {
  name: 'update_waybill_status',
  map(fields) {
    const read = new PushFields(fields, 'update_waybill_status event');
    const orderStatus = read.integer('order_status');
    return {
      ...readEventHeader(read),
      event: 'update_waybill_status',
      shopId: read.string('shopid'),
      shopOrderId: read.string('shop_order_id'),
      shopNo: read.optionalString('shop_no'),
      waybillId: read.optionalString('waybill_id'),
      actionTime: read.integer('action_time'),
      orderStatus,
      orderStatusInfo: localDeliveryStatusInfo(orderStatus),
      actionMsg: read.optionalString('action_msg'),
      agent: readAgent(read.optionalObject('agent')),
    };
  },
  // The order (shop + the merchant's order id: two carrier accounts may reuse
  // an order id), the status it reached and when (§5.5). A re-send repeats all.
  dedupeKey: (event) => [
    event.event,
    event.shopId,
    event.shopOrderId,
    event.orderStatus,
    event.actionTime,
  ],
  describe: (event) => ({
    api: 'localDelivery.onOrderStatus',
    title: 'Event update_waybill_status',
    handlerTitle: 'Handler of update_waybill_status',
    subject: `status ${event.orderStatus} of local delivery order ${event.shopOrderId}`,
    reference: `shop ${event.shopId} order ${event.shopOrderId} status ${event.orderStatus} actionTime ${event.actionTime}`,
    keys: {
      shopId: event.shopId,
      shopOrderId: event.shopOrderId,
      orderStatus: event.orderStatus,
      actionTime: event.actionTime,
    },
  }),
  // WeChat requires this reply, not `success` (§5.4): the user names swapped and a result code.
  reply: (event, nowSeconds) => ({
    ToUserName: event.fromUserName,
    FromUserName: event.toUserName,
    CreateTime: nowSeconds,
    MsgType: 'event',
    Event: 'update_waybill_status',
    resultcode: 0,
    resultmsg: 'ok',
  }),
};

function readAgent(
  read: PushFields | undefined,
): LocalDeliveryAgent | undefined {
  if (!read) return undefined;
  return {
    name: read.optionalString('name'),
    phone: read.optionalString('phone'),
    reachTime: read.optionalInteger('reach_time') as UnixTimestamp | undefined,
  };
}
