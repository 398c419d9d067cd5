import { type AppPusher } from '../../push/app-pusher';
import { type PushDelivery } from '../../push/push-log';
import { type SeededOrder } from '../state/emulated-order';

/** One `Actions[]` node of the push, in WeChat's own spelling (§7). */
export type AddExpressPathAction = {
  readonly ActionTime: number;
  readonly ActionType: number;
  readonly ActionMsg: string;
};

/**
 * The `add_express_path` event exactly as WeChat sends it (§7), keys in
 * WeChat's order and spelling (`DeliveryID`, `WayBillId`). This is the JSON
 * form; the XML form carries the same keys. (A type alias, not an interface,
 * so it is assignable to `EmulatedPushMessage`.)
 */
export type AddExpressPathMessage = {
  readonly ToUserName: string;
  readonly FromUserName: string;
  /** Unix seconds on the emulator clock, fixed when the update happened (retries re-send it). */
  readonly CreateTime: number;
  readonly MsgType: 'event';
  readonly Event: 'add_express_path';
  readonly DeliveryID: string;
  readonly WayBillId: string;
  readonly OrderId: string;
  readonly Version: number;
  readonly Count: number;
  /** The full track, oldest first. */
  readonly Actions: readonly AddExpressPathAction[];
};

/**
 * `FromUserName` (and the `openid` query parameter) of orders seeded without
 * an openid. Shaped like a real openid: 28 characters starting with `o`.
 */
export const DEFAULT_PUSH_OPENID = 'oEmulatorDefaultOpenId000000';

/** Starts pushing `order`'s current track through the app's pusher; undefined when push is off. */
export function pushPathUpdate(
  pusher: AppPusher | undefined,
  order: SeededOrder,
): Promise<PushDelivery> | undefined {
  return pusher?.push(order.orderId, (toUserName, createTime) =>
    buildAddExpressPathMessage(order, toUserName, createTime),
  );
}

/** The event for `order`'s current track. */
export function buildAddExpressPathMessage(
  order: SeededOrder,
  toUserName: string,
  createTime: number,
): AddExpressPathMessage {
  return {
    ToUserName: toUserName,
    FromUserName: order.openid || DEFAULT_PUSH_OPENID,
    CreateTime: createTime,
    MsgType: 'event',
    Event: 'add_express_path',
    DeliveryID: order.deliveryId,
    WayBillId: order.waybillId,
    OrderId: order.orderId,
    Version: order.version,
    Count: order.path.length,
    Actions: order.path.map((node) => ({
      ActionTime: node.actionTime,
      ActionType: node.actionType,
      ActionMsg: node.actionMsg,
    })),
  };
}
