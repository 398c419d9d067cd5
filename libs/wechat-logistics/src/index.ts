// The public surface. Internals (HTTP client, token service, caller) can move without breaking users.
export { WechatLogisticsModule } from './wechat-logistics.module';
export { WECHAT_LOGISTICS_MODULE_OPTIONS } from './wechat-logistics.module-definition';
export { WechatLogisticsService } from './logistics/wechat-logistics.service';
export { WechatLogisticsClient } from './logistics/wechat-logistics.client';
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
  FORCE_REFRESH_DAILY_LIMIT,
  FORCE_REFRESH_MIN_GAP_MS,
} from './core/token/force-refresh-ration';
export {
  RedisTokenLock,
  type RedisCommandClient,
  type RedisTokenLockOptions,
} from './core/token/redis-token-lock';
export { MaxBytes } from './core/validation/max-bytes.decorator';
export { RequiredIf } from './core/validation/required-if.decorator';
export {
  IsUnixSeconds,
  MILLISECONDS_THRESHOLD,
} from './core/validation/is-unix-seconds.decorator';
export { IsEnumValue } from './core/validation/is-enum-value.decorator';
export { WechatValidationPipe } from './core/validation/wechat-validation.pipe';
export { unsupportedMediaType } from './core/validation/unsupported-media-type';
export { PlainDto } from './core/validation/plain-dto.decorator';
export * from './core/errors';
export * from './core/interfaces';
export * from './logistics/enums';
export * from './logistics/dto';
export * from './logistics/results';
export {
  WechatPushService,
  type PushOutcome,
  type AppPushRequest,
} from './events/wechat-push.service';
export {
  OnPathUpdate,
  type OnPathUpdateOptions,
} from './events/on-path-update.decorator';
export {
  type PathUpdateContext,
  type PathUpdateHandler,
} from './events/path-update-context';
export { PushHandlerFailedError } from './events/push-handler-failed.error';
export { type FailedPushDelivery } from './events/queue/failed-push-delivery';
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
