// 物流服务 waybill tracking (query and message components): its client, DTOs, results, enums and token types.
export { WechatWaybillTrackingService } from './wechat-waybill-tracking.service';
export {
  WechatWaybillTrackingClient,
  GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
} from './wechat-waybill-tracking.client';
export {
  type TraceWaybillToken,
  type FollowWaybillToken,
  type WaybillToken,
  type WaybillId,
  WAYBILL_TOKEN_PATTERN,
  asTraceWaybillToken,
  asFollowWaybillToken,
} from './waybill-token';
export * from './dto';
export * from './enums';
export * from './results';
