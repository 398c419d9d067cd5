// 即时配送 (local delivery): its client, DTOs, results, enums and push event.
export { WechatLocalDeliveryService } from './wechat-local-delivery.service';
export {
  LOCAL_CANCEL_OUTCOME_UNKNOWN_ADVICE,
  LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE,
  LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE,
  WechatLocalDeliveryClient,
} from './wechat-local-delivery.client';
export {
  LOCAL_DELIVERY_SANDBOX_DELIVERY_ID,
  LOCAL_DELIVERY_SANDBOX_SHOP_ID,
} from './sandbox.constants';
export { type UnixTimestamp } from './unix-timestamp';
export * from './dto';
export * from './enums';
export * from './results';
