// 退货组件 / 无忧退货 (returns): its client, DTOs, results and enums.
export { WechatReturnService } from './wechat-return.service';
export {
  ADD_OUTCOME_UNKNOWN_ADVICE,
  WechatReturnClient,
} from './wechat-return.client';
export * from './dto';
export * from './enums';
export * from './results';
