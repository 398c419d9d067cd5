import {
  WAYBILL_STATUS_UPDATE_EVENT,
  type WaybillStatusUpdateEvent,
} from '../local-delivery/local-delivery.events';
import {
  PATH_UPDATE_EVENT,
  type PathUpdateEvent,
  toPathUpdateEvent,
} from '../push/path-update-event';
import { WechatPushError } from '../push/wechat-push.error';
import {
  ORDER_SETTLEMENT_EVENT,
  type OrderSettlementEvent,
  REMIND_ACCESS_API_EVENT,
  REMIND_SHIPPING_EVENT,
  type RemindAccessApiEvent,
  type RemindShippingEvent,
} from '../shipping/shipping.events';
import { type TypedWechatEvent } from './typed-wechat-event';

/**
 * The typed push events, by the name WeChat gives them (`Event`): what an
 * `@OnWechatEvent(name)` handler receives. Every other event or message
 * reaches `@OnWechatEvent(itsName)` and `@OnWechatEvent('*')` handlers as
 * the decoded plain object WeChat sent.
 */
export interface WechatEventMap {
  /** 物流助手: a waybill's track changed (also `@OnPathUpdate()`). */
  add_express_path: PathUpdateEvent;
  /** 发货信息管理: "please integrate the shipping API". */
  trade_manage_remind_access_api: RemindAccessApiEvent;
  /** 发货信息管理: an order unshipped for more than 48 hours. */
  trade_manage_remind_shipping: RemindShippingEvent;
  /** 发货信息管理: the order will settle (`stage: 'shipped'`) or has settled (`stage: 'settled'`). */
  trade_manage_order_settlement: OrderSettlementEvent;
  /** 即时配送: the carrier changed a local delivery order's status. */
  update_waybill_status: WaybillStatusUpdateEvent;
}

export type WechatTypedEventName = keyof WechatEventMap;

/** Any typed event. */
export type WechatTypedEvent = WechatEventMap[WechatTypedEventName];

/** 物流助手's `add_express_path`, keyed as it always was, so ledgers, claims and queued jobs survive an upgrade. */
const PATH_UPDATE: TypedWechatEvent<'add_express_path', PathUpdateEvent> = {
  name: PATH_UPDATE_EVENT,
  map(fields) {
    const mapped = toPathUpdateEvent(fields);
    if (mapped.kind !== 'path-update')
      throw new WechatPushError('malformed', 'not an add_express_path event');
    return mapped.event;
  },
  // Grows with every update of a waybill's track (no event name: the key predates the other events).
  dedupeKey: (event) => [event.deliveryId, event.waybillId, event.version],
  describe: (event) => ({
    api: 'logistics.onPathUpdate',
    title: 'Path update',
    handlerTitle: 'Path-update handler',
    subject: `version ${event.version} of waybill ${event.waybillId}`,
    reference: `order ${event.orderId} waybill ${event.waybillId} version ${event.version}`,
    keys: {
      deliveryId: event.deliveryId,
      orderId: event.orderId,
      waybillId: event.waybillId,
      version: event.version,
    },
  }),
  sequence: (event) => ({ stream: event.waybillId, position: event.version }),
};

type TypedEventRegistry = {
  readonly [Name in WechatTypedEventName]: TypedWechatEvent<
    Name,
    WechatEventMap[Name]
  >;
};

/**
 * The one list of typed events, each family's definition under its name:
 * the compiler checks it against {@link WechatEventMap}, entry by entry.
 */
const TYPED_EVENTS: TypedEventRegistry = {
  add_express_path: PATH_UPDATE,
  trade_manage_remind_access_api: REMIND_ACCESS_API_EVENT,
  trade_manage_remind_shipping: REMIND_SHIPPING_EVENT,
  trade_manage_order_settlement: ORDER_SETTLEMENT_EVENT,
  update_waybill_status: WAYBILL_STATUS_UPDATE_EVENT,
};

/**
 * The definition of a typed event, by the push's name (WeChat's `Event`, in
 * any case: 即时配送's is documented case-insensitive); undefined for
 * anything else.
 */
export function typedEventNamed(
  name: string,
): TypedWechatEvent<WechatTypedEventName, WechatTypedEvent> | undefined {
  const lower = name.toLowerCase();
  return Object.hasOwn(TYPED_EVENTS, lower)
    ? TYPED_EVENTS[lower as WechatTypedEventName]
    : undefined;
}
