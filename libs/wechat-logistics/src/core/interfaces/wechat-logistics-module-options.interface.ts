import { type WechatApiSecurityOptions } from './wechat-api-security-options.interface';
import { type WechatLocalDeliveryOptions } from './wechat-local-delivery-options.interface';
import {
  type WechatAppOptions,
  type WechatAppResolver,
} from './wechat-app-options.interface';
import { type WechatHttpService } from './wechat-http-service.interface';
import { type WechatPushClaim } from './wechat-push-claim.interface';
import {
  type WechatPushQueueOptions,
  type WechatShipmentQueueOptions,
} from './wechat-push-queue-options.interface';
import { type WechatTokenLock } from './wechat-token-lock.interface';

/** Which WeChat endpoint issues access tokens. */
export type TokenEndpoint = 'stable' | 'classic';

/**
 * Supplies access tokens from elsewhere (a company-wide token service, or a
 * third-party platform's authorizer tokens). It receives the appId the token
 * is for (`undefined` for a default app configured without one).
 */
export type AccessTokenProvider = (
  appId: string | undefined,
) => Promise<string>;

/** How system-busy replies (errcode -1) and, for reads, transport failures are retried. */
export interface WechatRetryOptions {
  /**
   * Attempts in total for one call, the first included.
   * @default 3
   */
  maxAttempts?: number;
  /**
   * First backoff delay; each further delay doubles, with full jitter.
   * @default 100
   */
  baseDelayMs?: number;
  /**
   * Upper bound of one backoff delay.
   * @default 1000
   */
  maxDelayMs?: number;
}

/** What the mini program console's message push settings are expected to be. */
export interface WechatPushOptions {
  /**
   * The console's encryption mode. `'safe'` and `'compatible'` need `encodingAesKey`
   * and refuse plain pushes (a plain push's signature does not cover its body).
   * @default 'safe' when `encodingAesKey` is set, else 'plain'
   */
  mode?: 'plain' | 'compatible' | 'safe';
  /**
   * The console's data format; a push in the other format is refused (415).
   * @default 'any'
   */
  format?: 'xml' | 'json' | 'any';
  /**
   * How far a push's signed timestamp may be from now, in seconds (replay window).
   * @default 300
   */
  timestampToleranceSeconds?: number;
  /**
   * Largest push body accepted, in bytes; larger ones are refused with 413.
   * @default 65536
   */
  maxBodyBytes?: number;
  /**
   * Time the `@OnPathUpdate()` handlers get before the push is answered as failed,
   * so WeChat (which waits 5 s) retries it instead of dropping the connection.
   * @default 4000
   */
  handlerTimeoutMs?: number;
  /**
   * The most a push may take to be answered, in milliseconds, from the moment
   * `receive()` is called: the store waits, the claim, the ledger and the
   * handlers (or, with `pushDelivery`, the enqueue) share this one deadline.
   * What cannot be done within it is answered 503 at once, so WeChat re-sends
   * instead of giving up on a late answer. Keep it below WeChat's 5 s.
   * @default 4000
   */
  answerBudgetMs?: number;
  /**
   * How long a processed `(waybillId, version)` is remembered, to drop WeChat's re-sends.
   * @default 259200 (3 days)
   */
  dedupeTtlSeconds?: number;
}

export interface WechatLogisticsModuleOptions {
  /**
   * The default mini program's AppID (the one `WechatLogisticsService` calls for).
   * Required unless `accessTokenProvider`, `cloudHosting`, `apps` or `resolveApp` is
   * given; also namespaces its token cache.
   */
  appId?: string;
  /** The default mini program's AppSecret. Required with `appId` unless `accessTokenProvider` or `cloudHosting` is given. Never logged. */
  appSecret?: string;
  /**
   * Base URL of WeChat's API: point it at a proxy, a fixed-egress gateway, or the emulator.
   * @default 'https://api.weixin.qq.com'
   */
  apiBaseUrl?: string;
  /**
   * Timeout of one upstream HTTP request, in milliseconds.
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * Upper bound of one service call, token fetch, retries and backoff included, in milliseconds.
   * @default 3 × timeoutMs
   */
  callBudgetMs?: number;
  /**
   * `'stable'` uses `POST /cgi-bin/stable_token` (tokens shared safely between servers);
   * `'classic'` uses `GET /cgi-bin/token` (every fetch supersedes the previous token after 5 minutes).
   * @default 'stable'
   */
  tokenEndpoint?: TokenEndpoint;
  /**
   * Tokens come from the company's central token service; the module then never fetches one itself.
   */
  accessTokenProvider?: AccessTokenProvider;
  /**
   * Seconds subtracted from `expires_in` when caching a token, so it is replaced before WeChat expires it.
   * @default 300 (or half of `expires_in` when that is shorter)
   */
  tokenExpiryMarginSeconds?: number;
  /**
   * After the token endpoint answers an errcode no retry can heal (wrong AppID or secret,
   * IP not whitelisted, frozen account), calls fail fast with that error for this long
   * instead of asking WeChat again on every call.
   * @default 30000
   */
  tokenFailureCooldownMs?: number;
  /**
   * The lock that makes one instance of a cluster refresh the access token while the
   * others wait for it in the shared cache: `new RedisTokenLock(redisClient)` on the
   * Redis that holds the token cache. Without it each process refreshes on its own
   * (concurrent calls of one process still share one refresh).
   * @default an in-memory lock (one process)
   */
  tokenLock?: WechatTokenLock;
  /**
   * Longest wait for one operation on the token cache or the token lock, in
   * milliseconds (never more than what is left of the call's budget). When the store
   * is slow or down the call goes on with a process-local token instead of hanging.
   * @default 250
   */
  tokenStoreTimeoutMs?: number;
  /** Retry of system-busy replies; see {@link WechatRetryOptions}. */
  retry?: WechatRetryOptions;
  /** The Token of the console's message push settings; enables `WechatPushService`. Never logged. */
  pushToken?: string;
  /** The console's EncodingAESKey (43 letters or digits), for safe and compatible mode. Never logged. */
  encodingAesKey?: string;
  /** Expectations about the console's push settings; see {@link WechatPushOptions}. */
  push?: WechatPushOptions;
  /**
   * The claim that makes one instance of a cluster handle each push version:
   * `new RedisPushClaim(redisClient)` on the Redis the instances share. Without it
   * each process claims in its own memory (a re-send during handling still waits).
   * @default an in-memory claim (one process)
   */
  pushClaim?: WechatPushClaim;
  /**
   * How path updates reach the `@OnPathUpdate()` handlers. `'inline'`: during
   * WeChat's request; a failed handler answers 500 and WeChat's re-sends are the
   * retries. A {@link WechatPushQueueOptions}: through a BullMQ queue, enqueued
   * before `success`, retried with backoff, kept in a failed set when it never succeeds.
   * @default 'inline'
   */
  pushDelivery?: 'inline' | WechatPushQueueOptions;
  /**
   * Durable shipments (`WechatShipmentService`): `ship(input, { wait: false })`
   * records the shipment and a BullMQ worker runs its steps from this queue,
   * with retries and backoff; one that fails for good is listed by
   * `failedShipments()` and replayed by `replayShipment(orderId)`. A queue of
   * its own, not `pushDelivery`'s: its failed set then lists shipments only,
   * and its attempts, backoff and concurrency are a shipment's, not a push's.
   * Register it with `BullModule.registerQueue({ name: WECHAT_SHIPMENT_QUEUE })`.
   * @default undefined (`ship` runs in the caller only)
   */
  shipments?: WechatShipmentQueueOptions;
  /**
   * Most sockets kept open to WeChat at once (one keep-alive pool per module).
   * Not used with `httpService`, whose agents are the app's.
   * @default 50
   */
  maxSockets?: number;
  /**
   * The app's `HttpService` (from `@nestjs/axios`'s `HttpModule`): every request
   * to WeChat, token endpoints included, then goes through its axios instance, so
   * the app's interceptors, default headers, proxy, agents and TLS settings apply.
   * Timeouts, retries and errors stay exactly the module's own. Costs what axios
   * costs (docs/BENCHMARKS.md); without it the module uses Node's HTTP client.
   * @default undefined (Node's own keep-alive client)
   */
  httpService?: WechatHttpService;
  /**
   * More mini programs known at boot (brands, regions): `logistics.forApp(appId)`
   * calls for one of them, `WechatPushService.receive({ appId, … })` takes its pushes.
   * Tokens, single flight, refresh lock, breaker and force-refresh ration are per app.
   */
  apps?: readonly WechatAppOptions[];
  /**
   * Tenants found at run time: asked once per appId not in `apps`, cached, and
   * shared by concurrent first calls. See {@link WechatAppResolver}.
   */
  resolveApp?: WechatAppResolver;
  /**
   * Tenants from `resolveApp` kept in memory (their clients, breakers and tokens in
   * hand), least recently used dropped first and rebuilt on their next call (tokens
   * stay in the shared cache meanwhile). Apps from `apps` are always kept.
   * @default 1000
   */
  maxResolvedApps?: number;
  /**
   * WeChat Cloud Hosting's open API service (开放接口服务, the HTTP form of 云调用): the
   * platform supplies the credential, so no token is fetched or sent and no `appSecret`
   * is needed. Calls for apps other than the default carry `from_appid` (资源复用).
   * @default false (base URL then `http://api.weixin.qq.com` unless `apiBaseUrl` is set)
   */
  cloudHosting?: boolean;
  /**
   * The logistics assistant's `deliveryId` → the carrier's code in 物流服务's
   * `get_delivery_list` (what tracking and 发货信息管理's `express_company` take),
   * e.g. `{ YUNDA: 'YD' }`. `WechatCarrierCodeService` matches the two lists by
   * id and name on its own; set a code here for a carrier it reports unmapped
   * (no match, or several), or to correct a match. Used as given, before any
   * matching, for every app (an `apps` entry's own `carrierCodes` win per key).
   * The sandbox carrier `TEST` has no code unless set here: with the emulator,
   * `{ TEST: 'TEST' }` (real WeChat refuses sandbox waybills for tracking).
   * @default {} (the lists alone decide)
   */
  carrierCodes?: Record<string, string>;
  /**
   * 即时配送's carrier-account secrets, from which the library computes
   * `delivery_sign`; see {@link WechatLocalDeliveryOptions}. An `apps`
   * entry's own `localDelivery` is asked before this one.
   */
  localDelivery?: WechatLocalDeliveryOptions;
  /**
   * The default app's keys for WeChat's server API security (服务端API安全鉴权):
   * requests to APIs that support it are encrypted and signed, every reply
   * verified against the platform certificate before it is believed; see
   * {@link WechatApiSecurityOptions}. `apps` entries have their own.
   */
  apiSecurity?: WechatApiSecurityOptions;
}
