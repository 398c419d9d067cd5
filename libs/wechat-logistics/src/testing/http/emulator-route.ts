import { type CallCredential } from './api-caller';
import { type AccountBook } from '../logistics/state/account-book';
import { type CarrierRegistry } from '../logistics/state/carrier-registry';
import { type EmulatorClock } from '../state/emulator-clock';
import { type OrderBook } from '../logistics/state/order-book';
import { type PrinterBook } from '../logistics/state/printer-book';
import { type SandboxQuota } from '../logistics/state/sandbox-quota';
import { type TokenAuthority } from '../state/token-authority';
import { type WechatReply } from './wechat-reply';
import { type FamilyStates } from '../state/family-states';

/**
 * Everything a business handler may read or change: the books of the app
 * the call acts for (the issuer of its access_token, or Cloud Hosting's
 * caller) beside what every app shares (clock, carriers), and each family's
 * state (`shipping`…).
 */
export interface EmulatorState extends FamilyStates {
  readonly appId: string;
  readonly clock: EmulatorClock;
  readonly tokens: TokenAuthority;
  readonly orders: OrderBook;
  readonly carriers: CarrierRegistry;
  readonly accounts: AccountBook;
  readonly printers: PrinterBook;
  readonly sandbox: SandboxQuota;
}

/** One app as a token endpoint sees it: the secret to check and the tokens to issue. */
export interface AppCredentials {
  readonly appSecret: string;
  readonly tokens: TokenAuthority;
}

/** The apps a token endpoint may issue for, by the request's `appid`. */
export interface AppDirectory {
  find(appId: string): AppCredentials | undefined;
}

/** A request that passed the router's checks (method, token, JSON body). */
export interface RouteRequest {
  readonly method: string;
  readonly query: Readonly<Record<string, string>>;
  /** The parsed JSON object; `{}` for routes that take no body. */
  readonly body: Readonly<Record<string, unknown>>;
  /** How a business call was authorised; absent on the token endpoints. */
  readonly credential?: CallCredential;
}

/** A business endpoint: acts on one app's state. */
export type RouteHandler = (
  request: RouteRequest,
  state: EmulatorState,
) => WechatReply;

/** A token endpoint: picks the app itself, from the credentials it was sent. */
export type CredentialHandler = (
  request: RouteRequest,
  apps: AppDirectory,
) => WechatReply;

interface RouteShape {
  /** Allowed HTTP methods; others answer 43002 (or 43001 on GET-only routes). */
  readonly methods: readonly ('GET' | 'POST')[];
  /** 'json' = a JSON object body is required (44002 empty, 47001 unparsable). */
  readonly body: 'json' | 'none';
  /**
   * API security (服务端API安全鉴权): 'required' = a plain call gets 934011;
   * 'supported' = secured when the call carries `Wechatmp-Signature` (or
   * always when the app's console switch is on). Absent: plain only. A
   * secured call's handler gets the decrypted body; its reply is sealed.
   */
  readonly apiSecurity?: 'required' | 'supported';
}

/** The apps a page of the emulator itself may act on, by AppID. */
export interface AppStates {
  find(appId: string): EmulatorState | undefined;
}

/**
 * A page the emulator serves besides WeChat's API (the intracity top-up page
 * its `payurl` points at): no access token; the handler picks the app.
 */
export type PageHandler = (
  request: RouteRequest,
  apps: AppStates,
) => WechatReply;

/**
 * One row of the route table. 'access-token' = business endpoint: the caller
 * is identified (and `access_token` checked) before the body. 'app-credentials'
 * = token endpoint: `appid`/`secret` travel in the JSON body when `body` is
 * 'json', else in the query. 'none' = a page of the emulator itself.
 */
export type RouteDefinition =
  | (RouteShape & {
      readonly auth: 'access-token';
      readonly handler: RouteHandler;
    })
  | (RouteShape & {
      readonly auth: 'app-credentials';
      readonly handler: CredentialHandler;
    })
  | (RouteShape & {
      readonly auth: 'none';
      readonly handler: PageHandler;
    });

export type RouteTable = ReadonlyMap<string, RouteDefinition>;
