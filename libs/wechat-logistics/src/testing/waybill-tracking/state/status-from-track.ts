import { ActionType } from '../../../logistics/enums/action-type.enum';
import { WaybillTraceStatus } from '../../../waybill-tracking/enums';
import { type TrackNode } from '../../logistics/state/emulated-order';

/**
 * A 签收 node whose text says someone else took the parcel — a locker, a
 * station, a neighbour — as carriers word it ("已代签收", "快递柜", "驿站").
 * The logistics assistant has no action type for it, so the text decides.
 */
const SIGNED_BY_PROXY = /代签|代收|快递柜|驿站|自提/;

/** Every documented action type but 签收 (whose text decides) and 派员 (which moves nothing). */
const STATUS_BY_ACTION: ReadonlyMap<number, WaybillTraceStatus> = new Map([
  [ActionType.PickedUp, WaybillTraceStatus.PickedUp],
  [ActionType.InTransit, WaybillTraceStatus.InTransit],
  [ActionType.OutForDelivery, WaybillTraceStatus.OutForDelivery],
  // Failed pick-up or delivery, held (滞留), cancelled by the carrier.
  [ActionType.PickupFailed, WaybillTraceStatus.Exception],
  [ActionType.DeliveryFailed, WaybillTraceStatus.Exception],
  [ActionType.Held, WaybillTraceStatus.Exception],
  [ActionType.OrderCancelled, WaybillTraceStatus.Exception],
]);

/**
 * The 物流服务 status (reference §3.4) a logistics-assistant track node
 * (wechat-logistics-api.md §2.8) moves a waybill to, or `undefined` when the
 * node says nothing about it (a courier assigned, an undocumented type): the
 * status stays. Inference: WeChat derives both from the same carrier track.
 */
export function statusAfter(node: TrackNode): WaybillTraceStatus | undefined {
  if (node.actionType === Number(ActionType.Delivered))
    return SIGNED_BY_PROXY.test(node.actionMsg)
      ? WaybillTraceStatus.SignedByProxy
      : WaybillTraceStatus.Signed;
  return STATUS_BY_ACTION.get(node.actionType);
}

/** The status a whole track has reached (0 before any node that moves it). */
export function statusOfTrack(path: readonly TrackNode[]): number {
  return path.reduce<number>(
    (status, node) => statusAfter(node) ?? status,
    WaybillTraceStatus.NotPickedUp,
  );
}
