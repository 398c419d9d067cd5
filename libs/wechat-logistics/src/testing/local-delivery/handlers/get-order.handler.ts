import { type RouteHandler } from '../../http/emulator-route';
import { localOk, ZERO_FIELDS } from '../local-delivery-replies';
import { type EmulatedLocalOrder, hasRider } from '../state/local-order';
import { toGcj02 } from '../state/local-quote';
import {
  existingOrder,
  isReply,
  openLocalCall,
  signRefusal,
} from './local-call';

/**
 * POST `order/get` (local-delivery.md §3.9): keyed by shopid +
 * shop_order_id (no delivery_id). The rider's name and phone once one is
 * assigned (102 on); the position and `reach_time` — seconds remaining, not
 * a timestamp — only while delivering (301). Fields that do not apply are
 * left out (our choice).
 */
export const getOrderHandler: RouteHandler = ({ body }, { localDelivery }) => {
  const call = openLocalCall(body, localDelivery, false);
  if (isReply(call)) return call;
  const order = existingOrder(call, localDelivery);
  if (isReply(order)) return order;
  const refused = signRefusal(body, call, ZERO_FIELDS.get);
  if (refused) return refused;
  return localOk({
    order_status: order.status,
    waybill_id: order.waybillId,
    ...riderFields(order, localDelivery.nowSeconds()),
  });
};

function riderFields(
  order: EmulatedLocalOrder,
  now: number,
): Record<string, unknown> {
  if (!order.rider || !hasRider(order.status)) return {};
  const named = {
    rider_name: order.rider.name,
    rider_phone: order.rider.phone,
  };
  if (order.status !== 301 || order.reachAt === undefined) return named;
  const position = riderPosition(order, now);
  return {
    ...named,
    rider_lng: position.lng,
    rider_lat: position.lat,
    reach_time: Math.max(0, order.reachAt - now),
  };
}

/** Along the straight line from the store to the receiver, by the share of the trip elapsed (GCJ-02, 6 decimals). */
function riderPosition(
  order: EmulatedLocalOrder,
  now: number,
): { lng: number; lat: number } {
  const to = toGcj02(order.receiver);
  const from = order.sender ? toGcj02(order.sender) : to;
  const start = order.deliveringSince ?? now;
  const total = Math.max(1, (order.reachAt ?? now) - start);
  const share = Math.min(1, Math.max(0, (now - start) / total));
  const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
  return {
    lng: round6(from.lng + (to.lng - from.lng) * share),
    lat: round6(from.lat + (to.lat - from.lat) * share),
  };
}
