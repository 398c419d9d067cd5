/** The shipping calls whose success carries no data resolve with `{}`. */
type NoData = Record<string, never>;

/** Result of `shipping.uploadShippingInfo`. */
export type UploadShippingInfoResult = NoData;
/** Result of `shipping.uploadCombinedShippingInfo`. */
export type UploadCombinedShippingInfoResult = NoData;
/** Result of `shipping.notifyConfirmReceive`. */
export type NotifyConfirmReceiveResult = NoData;
/** Result of `shipping.setMsgJumpPath`. */
export type SetMsgJumpPathResult = NoData;
/** Result of `shipping.opSpecialOrder`. */
export type OpSpecialOrderResult = NoData;
/** Result of `shipping.famousBrandApply`. */
export type FamousBrandApplyResult = NoData;
/** Result of `shipping.setWxaTradeType`. */
export type SetWxaTradeTypeResult = NoData;
