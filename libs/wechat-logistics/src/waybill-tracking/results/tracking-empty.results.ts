/** The tracking calls whose success carries no data resolve with `{}`. */
type NoData = Record<string, never>;

/** Result of `tracking.updateWaybillGoods`. */
export type UpdateWaybillGoodsResult = NoData;
/** Result of `tracking.updateFollowWaybillGoods`. */
export type UpdateFollowWaybillGoodsResult = NoData;
/** Result of `tracking.applyMsgPlugin`: applied; the merchant's admin must accept within 24 h. */
export type ApplyMsgPluginResult = NoData;
/** Result of `tracking.applyQueryPlugin`: applied; the merchant's admin must accept within 24 h. */
export type ApplyQueryPluginResult = NoData;
