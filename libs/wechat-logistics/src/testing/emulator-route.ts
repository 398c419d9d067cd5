import { type AccountBook } from './account-book';
import { type CarrierRegistry } from './carrier-registry';
import { type EmulatorClock } from './emulator-clock';
import { type OrderBook } from './order-book';
import { type PrinterBook } from './printer-book';
import { type SandboxQuota } from './sandbox-quota';
import { type TokenAuthority } from './token-authority';
import { type WechatReply } from './wechat-reply';

/** Everything a handler may read or change. */
export interface EmulatorState {
  readonly appId: string;
  readonly appSecret: string;
  readonly clock: EmulatorClock;
  readonly tokens: TokenAuthority;
  readonly orders: OrderBook;
  readonly carriers: CarrierRegistry;
  readonly accounts: AccountBook;
  readonly printers: PrinterBook;
  readonly sandbox: SandboxQuota;
}

/** A request that passed the router's checks (method, token, JSON body). */
export interface RouteRequest {
  readonly method: string;
  readonly query: Readonly<Record<string, string>>;
  /** The parsed JSON object; `{}` for routes that take no body. */
  readonly body: Readonly<Record<string, unknown>>;
}

export type RouteHandler = (
  request: RouteRequest,
  state: EmulatorState,
) => WechatReply;

/** One row of the route table. */
export interface RouteDefinition {
  /** Allowed HTTP methods; others answer 43002 (or 43001 on GET-only routes). */
  readonly methods: readonly ('GET' | 'POST')[];
  /** 'access-token' = business endpoint: `access_token` is checked before the body. */
  readonly auth: 'access-token' | 'none';
  /** 'json' = a JSON object body is required (44002 empty, 47001 unparsable). */
  readonly body: 'json' | 'none';
  readonly handler: RouteHandler;
}

export type RouteTable = ReadonlyMap<string, RouteDefinition>;
