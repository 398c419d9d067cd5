/** setWxaTradeType `trade_type` (reference §3.6; one source). */
export enum WxaTradeType {
  /** 综合类 */
  General = 1,
  /** 实物电商类 */
  PhysicalGoods = 2,
  /** 线下服务类 */
  OfflineService = 3,
  /** 在线服务类 */
  OnlineService = 4,
}
