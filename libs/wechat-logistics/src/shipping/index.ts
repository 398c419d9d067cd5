// Order shipping info management (发货信息管理): its client, DTOs, results and enums.
export { WechatShippingService } from './wechat-shipping.service';
export {
  WechatShippingClient,
  UPLOAD_OUTCOME_UNKNOWN_ADVICE,
} from './wechat-shipping.client';
export * from './dto';
export * from './enums';
export * from './results';
