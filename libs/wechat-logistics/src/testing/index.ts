/**
 * `nestjs-wechat-logistics/testing`: a loopback emulator of WeChat's logistics
 * APIs (物流助手, 发货信息管理) for tests and sandbox mode. Only these names are public; files may move.
 * The emulator's parts (books, token authority, logs…) are exported as types
 * only: tests reach them through a `WechatEmulator` and never construct them.
 */
export { WechatEmulator } from './wechat-emulator';
export { type WechatEmulatorOptions } from './emulator-options';
export { type EmulatedApp } from './state/emulated-app';
export { type EmulatedAppOptions } from './state/emulated-app-options';

// Message push
export {
  type EmulatorPushOptions,
  type EmulatorPushMode,
  type EmulatorPushFormat,
} from './push/emulator-push-options';
export {
  type PushLog,
  type PushDelivery,
  type PushAttempt,
} from './push/push-log';
export {
  type AddExpressPathMessage,
  type AddExpressPathAction,
} from './logistics/push/add-express-path-message';
export {
  type PathUpdateNotifier,
  type EmulatedPathUpdate,
  type EmulatedPathUpdateListener,
} from './logistics/push/path-update-notifier';

// State: seeds, records and the books that hold them
export {
  type SeedOrderInput,
  type SeededOrder,
  type TrackNode,
  type CarrierRefusal,
  type EmulatedOrderStatus,
} from './logistics/state/emulated-order';
export {
  type SeedAccountInput,
  type EmulatedAccount,
} from './logistics/state/emulated-account';
export {
  type CarrierRegistry,
  type EmulatedCarrier,
  type CarrierServiceType,
} from './logistics/state/carrier-registry';
export {
  type PrinterBook,
  type EmulatedPrinter,
} from './logistics/state/printer-book';
export {
  type TokenAuthority,
  type IssuedAccessToken,
} from './state/token-authority';
export { type OrderBook } from './logistics/state/order-book';
export { type AccountBook } from './logistics/state/account-book';
export { type SandboxQuota } from './logistics/state/sandbox-quota';
export { type EmulatorClock } from './state/emulator-clock';

// 发货信息管理 (shipping info): `wechat.shipping`, `wechat.app(appId).shipping`
export { type ShippingBook } from './shipping/state/shipping-book';
export {
  type ShippingAppSettings,
  type BrandApplication,
  type TradeTypeApplication,
} from './shipping/state/shipping-app-settings';
export {
  PAYMENT_STATE,
  type PaymentState,
  type PaymentKey,
  type ConfirmReceiveMethod,
  type SeedPaymentInput,
  type SeedCombinedPaymentInput,
  type EmulatedPayment,
  type EmulatedCombinedPayment,
  type EmulatedShipping,
  type EmulatedPackage,
} from './shipping/state/emulated-payment';
export {
  type ShippingPushMessage,
  type RemindAccessApiMessage,
  type RemindShippingMessage,
  type SettlementDueMessage,
  type SettledMessage,
} from './shipping/push/shipping-push-messages';
// 退货组件 / 无忧退货 (returns): `wechat.returns`, `wechat.app(appId).returns`
export {
  type ReturnBook,
  type IssueReturnInput,
  type SelfShipWaybillInput,
} from './returns/state/return-book';
export {
  type EmulatedReturn,
  type ReturnPathKind,
  type ReturnWaybill,
} from './returns/state/emulated-return';
// 物流服务 waybill tracking: `wechat.tracking`, `wechat.app(appId).tracking`
export { type TrackingBook } from './waybill-tracking/state/tracking-book';
export {
  type TrackingComponent,
  type TrackingSettings,
  type TrackingNotification,
  type TrackedGoodsItem,
  type WaybillRegistration,
  type SeedTrackedWaybillInput,
} from './waybill-tracking/state/tracking-records';
export {
  TRACKING_CARRIERS,
  type TrackingCarrier,
} from './waybill-tracking/state/tracking-delivery-list';
// 即时配送 local delivery: `wechat.localDelivery`, `wechat.app(appId).localDelivery`
export {
  type LocalDeliveryBook,
  type AdvanceOptions,
  type LocalMoveOptions,
  DEFAULT_CARGO_CLASSES,
  DELIVERY_TOKEN_TTL_SECONDS,
  SANDBOX_DAILY_CALLS,
} from './local-delivery/state/local-delivery-book';
export {
  type LocalShop,
  type BindLocalShopInput,
  SANDBOX_SHOP,
  REALMOCK_SHOPS,
} from './local-delivery/state/local-shops';
export {
  type EmulatedLocalOrder,
  type LocalRider,
} from './local-delivery/state/local-order';
export { type LocalQuote } from './local-delivery/state/local-quote';
export { type SftcTipsMode } from './local-delivery/state/tip-rules';
export {
  type WaybillStatusMessage,
  type WaybillStatusAgent,
} from './local-delivery/push/waybill-status-message';
export { type EmulatedPushMessage } from './push/emulated-push-message';
export { type FamilyStates } from './state/family-states';

// HTTP: paths, faults, the request log, Cloud Hosting permissions
export { WECHAT_PATHS } from './http/emulator-routes';
export { UNKNOWN_PATH_ERRCODE } from './http/emulator-router';
export { type FaultInjector, type EmulatorFault } from './http/fault-injector';
export { MALFORMED_JSON_BODY } from './http/fault-responder';
export { type RequestLog, type LoggedRequest } from './http/request-log';
export { type OpenApiPermissions } from './http/open-api-permissions';

// API security (服务端API安全鉴权): `wechat.apiSecurity`, `wechat.app(appId).apiSecurity`
export {
  type EmulatorApiSecurity,
  type OpenedSecuredRequest,
  type PlatformCertificate,
  DEFAULT_TIMESTAMP_WINDOW_SECONDS,
} from './api-security/emulator-api-security';
export {
  type AppApiSecurity,
  type AppSecurityKeys,
} from './api-security/app-api-security';
export {
  type ReplyTamper,
  REPLY_TAMPERS,
  STALE_REPLY_AGE_SECONDS,
} from './api-security/reply-tampers';
export {
  securedRequest,
  sealRequest,
  openReply,
  type SecuredRequestKeys,
  type SecuredRequestOptions,
  type SecuredResponse,
  type SealRequestOptions,
  type SealedRequest,
  type SecuredReplyReading,
  type OpenReplyOptions,
} from './api-security/secured-request';
export {
  OFFICIAL_EXAMPLE_APP_ID,
  OFFICIAL_EXAMPLE_KEYS,
  OFFICIAL_EXAMPLE_PLATFORM,
} from './api-security/official-example-keys';

// 同城配送 intracity: `wechat.intracity`, `wechat.app(appId).intracity`
export {
  type IntracityBook,
  type IntracityCreditInput,
  DEFAULT_CANCEL_PENALTY_FEN,
  INTRACITY_PAY_PATH,
} from './intracity/state/intracity-book';
export {
  type IntracityStore,
  type IntracityAddress,
} from './intracity/state/intracity-store';
export {
  type IntracityOrder,
  type IntracityCourier,
  type IntracityReceiver,
  type IntracityCargo,
  type IntracityCargoItem,
  INTRACITY_STATUS,
  DEFAULT_COURIER,
} from './intracity/state/intracity-order';
export {
  type IntracityLedger,
  type IntracityTopUp,
  type IntracityDraw,
  type IntracityPayMode,
  TOP_UP_VALID_SECONDS,
} from './intracity/state/intracity-ledger';
export {
  type IntracityCarrier,
  type IntracityCity,
  INTRACITY_CARRIERS,
  INTRACITY_CITIES,
} from './intracity/state/intracity-carriers';
export {
  INTRACITY_TARIFF,
  MAX_CARGO_WEIGHT_G,
} from './intracity/state/intracity-quote';
export {
  type IntracityCallback,
  type IntracityCallbackAttempt,
  type IntracityCallbackPolicy,
  DEFAULT_CALLBACK_POLICY,
} from './intracity/callback/intracity-callbacks';
export { intracityCallbackSign } from './intracity/callback/intracity-callback-sign';
export { INTRACITY_SECURITY } from './intracity/intracity.routes';
export { SFTC_SANDBOX_RECIPIENT } from './intracity/handlers/order-fields';
export { MIN_CHARGE_FEN } from './intracity/handlers/money.handlers';
