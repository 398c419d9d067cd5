/**
 * `nestjs-wechat-logistics/testing`: a loopback emulator of WeChat's logistics
 * API for tests and sandbox mode. Only these names are public; files may move.
 */
export { WechatEmulator } from './wechat-emulator';
export {
  type WechatEmulatorOptions,
  DEFAULT_EMULATOR_OPTIONS,
} from './emulator-options';
export {
  type EmulatorPushOptions,
  type EmulatorPushMode,
  type EmulatorPushFormat,
  DEFAULT_PUSH_REPLY_TIMEOUT_MS,
  DEFAULT_PUSH_RETRIES,
  DEFAULT_PUSH_RETRY_DELAY_MS,
  defaultToUserName,
} from './emulator-push-options';
export {
  type AddExpressPathMessage,
  type AddExpressPathAction,
  DEFAULT_PUSH_OPENID,
} from './add-express-path-message';
export { PushLog, type PushDelivery, type PushAttempt } from './push-log';
export { EmulatorClock } from './emulator-clock';
export {
  TokenAuthority,
  type IssuedAccessToken,
  CLASSIC_OVERLAP_SECONDS,
  STABLE_RENEW_WINDOW_SECONDS,
} from './token-authority';
export { ACCESS_TOKEN_FORMAT } from './access-token';
export { OrderBook } from './order-book';
export {
  type SeededOrder,
  type SeedOrderInput,
  type TrackNode,
  type CarrierRefusal,
  type EmulatedOrderStatus,
} from './emulated-order';
export {
  PathUpdateNotifier,
  type EmulatedPathUpdate,
  type EmulatedPathUpdateListener,
} from './path-update-notifier';
export { AccountBook } from './account-book';
export {
  type EmulatedAccount,
  type SeedAccountInput,
  DEFAULT_ACCOUNT_QUOTA,
  PASSWORDLESS_CARRIERS,
  REVIEWED_CARRIERS,
} from './emulated-account';
export { PrinterBook, type EmulatedPrinter } from './printer-book';
export { SandboxQuota } from './sandbox-quota';
export {
  WRONG_PASSWORD_REFUSAL,
  NO_QUOTA_REFUSAL,
} from './handlers/add-order.handler';
export { BATCH_GET_ORDER_LIMIT } from './handlers/batch-get-order.handler';
export {
  CarrierRegistry,
  type EmulatedCarrier,
  type CarrierServiceType,
} from './carrier-registry';
export { SEED_CARRIERS } from './carrier-seed';
export { FaultInjector, type EmulatorFault } from './fault-injector';
export { MALFORMED_JSON_BODY } from './fault-responder';
export { RequestLog, type LoggedRequest } from './request-log';
export { WECHAT_PATHS } from './emulator-routes';
export { UNKNOWN_PATH_ERRCODE } from './emulator-router';
