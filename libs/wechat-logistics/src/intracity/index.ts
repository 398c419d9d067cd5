// 同城配送 (intracity delivery): its client, DTOs, results, enums and the status callback.
export {
  WechatIntracityService,
  type IntracityCallbackOptions,
} from './wechat-intracity.service';
export {
  INTRACITY_CANCEL_OUTCOME_UNKNOWN_ADVICE,
  INTRACITY_ORDER_OUTCOME_UNKNOWN_ADVICE,
  INTRACITY_REFUND_OUTCOME_UNKNOWN_ADVICE,
  INTRACITY_STORE_OUTCOME_UNKNOWN_ADVICE,
  WechatIntracityClient,
} from './wechat-intracity.client';
export {
  INTRACITY_CALLBACK_REPLY,
  type IntracityCallbackOutcome,
  type IntracityStatusCallback,
} from './callback/intracity-status-callback';
export * from './dto';
export * from './enums';
export * from './results';
