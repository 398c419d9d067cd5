/** opSpecialOrder `type` (reference §4.9). */
export enum SpecialOrderType {
  /** 预售: ships later than 15 days after payment; `delayTo` is required. */
  PreSale = 1,
  /** 测试订单: needs no shipment; refund it or ship it normally. */
  Test = 2,
}
