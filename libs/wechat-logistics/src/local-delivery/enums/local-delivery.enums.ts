/** `coordinate_type` of `sender` / `receiver` (§3.0). */
export enum CoordinateType {
  /** GCJ-02 ("Mars" coordinates of AMap and Tencent Maps), WeChat's default. */
  Gcj02 = 0,
  /** BD-09 (Baidu Maps). */
  Bd09 = 1,
}

/** `order_info.order_type` (§3.0). */
export enum LocalDeliveryOrderType {
  Immediate = 0,
  /** A scheduled order: needs one of expectedDeliveryTime, expectedFinishTime, expectedPickTime. */
  Scheduled = 1,
}

/** `cancel_reason_id` of precancel / cancel (§3.10). */
export enum LocalDeliveryCancelReason {
  /** 暂时不需要邮寄. */
  NoLongerNeeded = 1,
  /** 价格不合适. */
  PriceUnsuitable = 2,
  /** 订单信息有误，重新下单. */
  WrongOrderInfo = 3,
  /** 骑手取货不及时. */
  RiderLateForPickup = 4,
  /** 骑手配送不及时. */
  RiderLateForDelivery = 5,
  /** 其他原因: `cancelReason` says which. */
  Other = 6,
}

/** `rider_pick_method` (§3.0). */
export enum RiderPickMethod {
  StoreToUser = 1,
  UserToStore = 2,
}

/** shop/get `audit_result` (§3.2). */
export enum LocalDeliveryAuditResult {
  Approved = 0,
  UnderReview = 1,
  Rejected = 2,
}
