// The public surface. Internals (HTTP client, token service, caller) can move without breaking users.
export { WechatLogisticsModule } from './wechat-logistics.module';
export { WECHAT_LOGISTICS_MODULE_OPTIONS } from './wechat-logistics.module-definition';
export { WechatLogisticsService } from './wechat-logistics.service';
export { WechatLogisticsClient } from './wechat-logistics.client';
export { WechatApiExceptionFilter } from './filters/wechat-api-exception.filter';
export {
  WechatLogisticsHealthIndicator,
  type WechatHealthCheckOptions,
  type WechatHealthIndicatorResult,
} from './health/wechat-logistics.health-indicator';
export {
  toErrorResponse,
  type WechatErrorBody,
  type WechatErrorResponse,
  type WechatLibraryError,
} from './filters/wechat-error-response';
export { toHttpException } from './filters/to-http-exception';
export { InvalidWechatLogisticsOptionsError } from './options/invalid-options.error';
export { InMemoryTokenLock } from './token/in-memory-token-lock';
export { InMemoryPushClaim, RedisPushClaim } from './push/push-claims';
export {
  FORCE_REFRESH_DAILY_LIMIT,
  FORCE_REFRESH_MIN_GAP_MS,
} from './token/force-refresh-ration';
export {
  RedisTokenLock,
  type RedisCommandClient,
  type RedisTokenLockOptions,
} from './token/redis-token-lock';
export { MaxBytes } from './validation/max-bytes.decorator';
export { RequiredIf } from './validation/required-if.decorator';
export {
  IsUnixSeconds,
  MILLISECONDS_THRESHOLD,
} from './validation/is-unix-seconds.decorator';
export { IsEnumValue } from './validation/is-enum-value.decorator';
export { WechatValidationPipe } from './validation/wechat-validation.pipe';
export { unsupportedMediaType } from './validation/unsupported-media-type';
export * from './errors';
export * from './interfaces';
export * from './enums';
export * from './dto';
export * from './results';
export {
  WechatPushService,
  type PushOutcome,
  type AppPushRequest,
} from './push/wechat-push.service';
export {
  OnPathUpdate,
  type OnPathUpdateOptions,
} from './push/on-path-update.decorator';
export {
  type PathUpdateContext,
  type PathUpdateHandler,
} from './push/path-update-context';
export { PushHandlerFailedError } from './push/push-handler-failed.error';
export { type FailedPushDelivery } from './push/queue/failed-push-delivery';
export {
  type PathUpdateEvent,
  type PathUpdateAction,
  PATH_UPDATE_EVENT,
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
