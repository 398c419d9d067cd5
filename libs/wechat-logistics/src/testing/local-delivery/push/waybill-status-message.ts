import { type EmulatedLocalOrder, hasRider } from '../state/local-order';

/**
 * `FromUserName` of `update_waybill_status`: the doc says "WeChat team
 * OpenID (fixed)" and real pushes carry an openid-shaped value
 * (local-delivery.md §5.1), so a fixed one shaped like an openid.
 */
export const LOCAL_DELIVERY_PUSH_SENDER = 'oWxTeamFixedOpenId0000000000';

/** The rider as pushed: `reach_time` is an expected-arrival Unix timestamp, only while delivering. */
export type WaybillStatusAgent = {
  readonly name: string;
  readonly phone: string;
  readonly reach_time?: number;
};

/** `update_waybill_status` exactly as WeChat sends it (§5.1, §5.2), keys in its spelling. */
export type WaybillStatusMessage = {
  readonly ToUserName: string;
  readonly FromUserName: string;
  readonly CreateTime: number;
  readonly MsgType: 'event';
  readonly Event: 'update_waybill_status';
  readonly shopid: string;
  readonly shop_order_id: string;
  readonly shop_no: string;
  readonly waybill_id: string;
  readonly action_time: number;
  readonly order_status: number;
  readonly action_msg: string;
  readonly agent?: WaybillStatusAgent;
};

/**
 * The push for `order`'s current state. `sandboxWaybillQuirk`: TEST orders'
 * pushes carry `test_waybill_id_<shop_order_id>` instead of the waybill add
 * answered, as the 2025 capture shows (§6.1); off by default.
 */
export function buildWaybillStatusMessage(
  order: EmulatedLocalOrder,
  toUserName: string,
  createTime: number,
  sandboxWaybillQuirk: boolean,
): WaybillStatusMessage {
  const waybillId =
    sandboxWaybillQuirk && order.deliveryId === 'TEST'
      ? `test_waybill_id_${order.shopOrderId}`
      : order.waybillId;
  return {
    ToUserName: toUserName,
    FromUserName: LOCAL_DELIVERY_PUSH_SENDER,
    CreateTime: createTime,
    MsgType: 'event',
    Event: 'update_waybill_status',
    shopid: order.shopId,
    shop_order_id: order.shopOrderId,
    shop_no: order.shopNo,
    waybill_id: waybillId,
    action_time: order.actionTime,
    order_status: order.status,
    action_msg: order.actionMsg,
    ...agentOf(order),
  };
}

function agentOf(order: EmulatedLocalOrder): { agent?: WaybillStatusAgent } {
  if (!order.rider || !hasRider(order.status)) return {};
  const { name, phone } = order.rider;
  if (order.status === 301 && order.reachAt !== undefined)
    return { agent: { name, phone, reach_time: order.reachAt } };
  return { agent: { name, phone } };
}
