/**
 * Track node `action_type` values WeChat documents for merchants (reference §2.8).
 * Replies may carry others (WeChat's own getPath example has 300001), so result
 * types say `ActionType | number`; testUpdateOrder accepts only these.
 */
export enum ActionType {
  /** 揽件成功 */
  PickedUp = 100001,
  PickupFailed = 100002,
  CourierAssigned = 100003,
  InTransit = 200001,
  OutForDelivery = 300002,
  /** 已签收 */
  Delivered = 300003,
  DeliveryFailed = 300004,
  OrderCancelled = 400001,
  /** 滞留 */
  Held = 400002,
}
