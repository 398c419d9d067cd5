// The public surface. Internals (HTTP client, token service, caller) can move without breaking users.
export { WechatLogisticsModule } from './wechat-logistics.module';
export { WECHAT_LOGISTICS_MODULE_OPTIONS } from './wechat-logistics.module-definition';
export { WechatApiExceptionFilter } from './core/filters/wechat-api-exception.filter';
export {
  WechatLogisticsHealthIndicator,
  type WechatHealthCheckOptions,
  type WechatHealthIndicatorResult,
} from './core/health/wechat-logistics.health-indicator';
export {
  toErrorResponse,
  type WechatErrorBody,
  type WechatErrorResponse,
  type WechatLibraryError,
} from './core/filters/wechat-error-response';
export { toHttpException } from './core/filters/to-http-exception';
export { InvalidWechatLogisticsOptionsError } from './core/options/invalid-options.error';
export { InMemoryTokenLock } from './core/token/in-memory-token-lock';
export { InMemoryPushClaim, RedisPushClaim } from './events/push-claims';
export {
  RedisTokenLock,
  type RedisCommandClient,
  type RedisTokenLockOptions,
} from './core/token/redis-token-lock';
export { WechatValidationPipe } from './core/validation/wechat-validation.pipe';
export { unsupportedMediaType } from './core/validation/unsupported-media-type';
export {
  ERRCODE_CATALOGUE,
  errcodeEntryFor,
  type ErrcodeEntry,
  type ErrcodeKind,
} from './core/errors/errcode-catalogue';
export {
  WechatApiError,
  type WechatApiErrorInit,
} from './core/errors/wechat-api.error';
export {
  WechatTransportError,
  type WechatTransportFailure,
} from './core/errors/wechat-transport.error';
export { WechatValidationError } from './core/errors/wechat-validation.error';
export {
  WechatShipmentConflictError,
  type ShipmentConflictReason,
} from './core/errors/wechat-shipment-conflict.error';
export { WechatUnknownAppError } from './core/errors/wechat-unknown-app.error';
export { WechatAppResolutionError } from './core/errors/wechat-app-resolution.error';
export {
  WechatCarrierNotMappedError,
  type CarrierNotMappedReason,
  type CarrierNotMappedDetail,
} from './core/errors/wechat-carrier-not-mapped.error';
export * from './core/interfaces';
// API families: one folder each.
export * from './logistics';
export * from './shipping';
export * from './carrier-codes';
export * from './returns';
export * from './waybill-tracking';
export * from './local-delivery';
export * from './intracity';
export * from './shipment';
export {
  WechatPushService,
  type PushOutcome,
  type AppPushRequest,
} from './events/wechat-push.service';
export {
  OnPathUpdate,
  type OnPathUpdateOptions,
} from './events/on-path-update.decorator';
export { type PathUpdateContext } from './events/path-update-context';
export { OnWechatEvent } from './events/on-wechat-event.decorator';
export {
  type WechatEventMap,
  type WechatTypedEvent,
  type WechatTypedEventName,
} from './events/wechat-event-map';
export {
  type WechatEventContext,
  type WechatEventContextOf,
  type WechatEventHandler,
  type WechatEventOf,
  type WechatMessage,
  type WechatMessageContext,
} from './events/wechat-event-context';
export { type WechatEventHeader } from './push/push-event-header';
export { type PushReply } from './push/push-reply';
export {
  type RemindAccessApiEvent,
  type RemindShippingEvent,
  type ShippingPushPayment,
  type OrderSettlementEvent,
  type OrderWillSettleEvent,
  type OrderSettledEvent,
} from './shipping/shipping.events';
export {
  type WaybillStatusUpdateEvent,
  type LocalDeliveryAgent,
} from './local-delivery/local-delivery.events';
export {
  WechatShopSecretError,
  type ShopSecretFailure,
} from './core/errors/wechat-shop-secret.error';
export {
  WechatApiSecurityError,
  type ApiSecurityFailure,
} from './core/errors/wechat-api-security.error';
export { PushHandlerFailedError } from './core/errors/push-handler-failed.error';
export { type FailedPushDelivery } from './events/queue/failed-push-delivery';
export {
  type PathUpdateEvent,
  type PathUpdateAction,
} from './push/path-update-event';
export { type PushMode } from './push/decoded-push';
export { type PushFormat } from './push/push-body';
export {
  type PushQuery,
  type PushRequest,
  type RawPushQuery,
} from './push/push-message-decoder';
export {
  WechatPushError,
  type WechatPushRejection,
} from './push/wechat-push.error';
