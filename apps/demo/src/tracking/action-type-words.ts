import { ActionType } from 'nestjs-wechat-logistics';

/** §2.8's action types in words, as a merchant's staff would read them (Chinese as WeChat's docs name them). */
const WORDS: Readonly<Record<number, string>> = {
  [ActionType.PickedUp]: '揽件成功 · picked up',
  [ActionType.PickupFailed]: '揽件失败 · pick-up failed',
  [ActionType.CourierAssigned]: '分配业务员 · courier assigned',
  [ActionType.InTransit]: '运输中 · in transit',
  [ActionType.OutForDelivery]: '派件中 · out for delivery',
  [ActionType.Delivered]: '已签收 · delivered',
  [ActionType.DeliveryFailed]: '签收失败 · delivery failed',
  [ActionType.OrderCancelled]: '订单取消 · order cancelled',
  [ActionType.Held]: '滞留 · held',
};

/** Unknown types (WeChat's own examples have some) are shown by number rather than hidden. */
export function actionTypeInWords(actionType: number): string {
  return WORDS[actionType] ?? `action ${actionType}`;
}
