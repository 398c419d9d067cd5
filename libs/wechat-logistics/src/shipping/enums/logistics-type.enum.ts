/** `logistics_type` (reference §3.6): how the goods reach the buyer. */
export enum LogisticsType {
  /** 实体物流/快递: every package needs `trackingNo` and `expressCompany`. */
  Express = 1,
  /** 同城配送 (local courier). */
  Intracity = 2,
  /** Virtual goods: nothing physical is delivered. */
  Virtual = 3,
  /** 用户自提: the buyer picks the goods up. */
  SelfPickup = 4,
}
