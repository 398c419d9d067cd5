// Carrier codes across families: the logistics assistant's deliveryId → 物流服务's / express_company's code.
export { WechatCarrierCodeService } from './wechat-carrier-code.service';
export { type WechatCarrierCodes } from './wechat-carrier-codes';
export {
  type CarrierCodeMapping,
  type CarrierCodeMatch,
  type CarrierCodeRule,
  type MappedCarrier,
  type UnmappedCarrier,
} from './carrier-code-match';
export {
  type CarrierListEntry,
  type TrackingCarrierListLoader,
} from './carrier-list-entry';
export {
  matchCarrierCodes,
  type CarrierCodeOverrides,
} from './match-carrier-codes';
export { canonicalCarrierName, carrierNameStem } from './carrier-name';
export { TRACKING_CARRIER_LIST_LOADER } from './carrier-list.providers';
