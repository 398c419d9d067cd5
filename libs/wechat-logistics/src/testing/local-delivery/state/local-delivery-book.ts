import { randomBytes, randomInt } from 'node:crypto';
import { SandboxQuota } from '../../logistics/state/sandbox-quota';
import { type PushDelivery } from '../../push/push-log';
import {
  type FamilyState,
  type FamilyStateContext,
} from '../../state/family-state';
import { buildWaybillStatusMessage } from '../push/waybill-status-message';
import {
  DEFAULT_RIDER,
  type EmulatedLocalOrder,
  hasRider,
  LOCAL_ORDER_STATUSES,
  type LocalRider,
} from './local-order';
import { carrierMayMove } from './local-order-moves';
import { type LocalQuote } from './local-quote';
import {
  type BindLocalShopInput,
  type LocalShop,
  REALMOCK_SHOPS,
  SANDBOX_SHOP,
} from './local-shops';
import { type SftcTipsMode } from './tip-rules';

/** The sandbox's daily order-call allowance (§6.1). */
export const SANDBOX_DAILY_CALLS = 500;
/** How long a `delivery_token` keeps its quote (§3.5: 3 minutes), on the emulator clock. */
export const DELIVERY_TOKEN_TTL_SECONDS = 180;
/** Default delivery time once the rider leaves (301), for `reach_time` (our choice). */
export const DEFAULT_REACH_SECONDS = 1200;

/**
 * Category pairs `cargo_first_class`/`cargo_second_class` the emulator takes
 * (930570 otherwise). WeChat's table was not found: the official example's
 * pair and a few plausible ones (inference); `setCargoClasses` replaces them.
 */
export const DEFAULT_CARGO_CLASSES: readonly (readonly [string, string])[] = [
  ['美食夜宵', '零食小吃'],
  ['美食夜宵', '快餐'],
  ['生鲜果蔬', '水果'],
  ['鲜花绿植', '鲜花'],
  ['商超百货', '日用品'],
  ['医药健康', '药品'],
];

/** What a status change carries besides the status. */
export interface LocalMoveOptions {
  /** The rider from 102 on. @default the sandbox's 我是小哥 / 13712345678 */
  readonly agent?: LocalRider;
  /** @default '' */
  readonly actionMsg?: string;
  /** Unix seconds of the change. @default now on the emulator clock */
  readonly actionTime?: number;
  /** Seconds from 301 to the expected arrival. @default 1200 */
  readonly reachInSeconds?: number;
}

export interface AdvanceOptions extends LocalMoveOptions {
  /** Needed only when two shops of the app have this shop_order_id. */
  readonly shopId?: string;
}

interface IssuedToken {
  readonly key: string;
  readonly expiresAt: number;
  readonly quote: LocalQuote;
}

const keyOf = (shopId: string, shopOrderId: string) =>
  `${shopId}\u0000${shopOrderId}`;
const pairOf = (first: string, second: string) => `${first}\u0000${second}`;

/**
 * One app's 即时配送 state (local-delivery.md §6.3, all inference): the
 * carrier accounts it may order with, the sandbox's rules, the delivery
 * orders (app + shopid + shop_order_id) and the `update_waybill_status`
 * pushes each status change sends. `wechat.localDelivery` /
 * `wechat.app(appId).localDelivery`.
 */
export class LocalDeliveryBook implements FamilyState {
  private readonly bound = new Map<string, LocalShop>();
  private members: Set<string> | undefined;
  private classes = new Set(
    DEFAULT_CARGO_CLASSES.map(([a, b]) => pairOf(a, b)),
  );
  private sftc: SftcTipsMode = 'limited';
  private waybillQuirk = false;
  private readonly quota: SandboxQuota;
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly orders = new Map<string, EmulatedLocalOrder>();
  private readonly deliveries = new Map<string, Promise<PushDelivery>[]>();
  private opened = false;
  private readonly bindRequestList: string[] = [];

  constructor(private readonly context: FamilyStateContext) {
    this.quota = new SandboxQuota(context.clock);
    this.quota.setDailyLimit(SANDBOX_DAILY_CALLS);
  }

  // ---- Controls for tests -------------------------------------------------

  /** Binds a carrier account as the console does; shop/get lists it (§3.2). */
  bindShop(input: BindLocalShopInput): LocalShop {
    const shop: LocalShop = {
      shopId: input.shopId,
      deliveryId: input.deliveryId,
      secret: input.secret,
      shopNos: [...(input.shopNos ?? [])],
      auditResult: input.auditResult ?? 0,
      kind: 'bound',
    };
    this.bound.set(shop.shopId, shop);
    return shop;
  }

  /** Only these openids may order in the TEST sandbox (930559 otherwise, §6.1). */
  setSandboxMembers(openids: readonly string[]): void {
    this.members = new Set(openids);
  }

  /** Any openid may order in the sandbox: the default, since a test rarely knows the app's members. */
  allowAnySandboxMember(): void {
    this.members = undefined;
  }

  /** Replaces the accepted category pairs (930570 for any other). */
  setCargoClasses(pairs: readonly (readonly [string, string])[]): void {
    this.classes = new Set(pairs.map(([a, b]) => pairOf(a, b)));
  }

  /** SFTC tips: 'limited' (≤ 10 raises, ≤ 200 yuan; the default) or 'unsupported' (the docs conflict, §1.3). */
  setSftcTips(mode: SftcTipsMode): void {
    this.sftc = mode;
  }

  /** TEST orders' pushes carry `test_waybill_id_<shop_order_id>`, as observed (§6.1). Off by default. */
  sandboxWaybillQuirk(on = true): void {
    this.waybillQuirk = on;
  }

  /** Sandbox order calls per rolling 24 h (default 500); `undefined` turns the quota off. */
  setSandboxDailyLimit(limit: number | undefined): void {
    this.quota.setDailyLimit(limit);
  }

  /**
   * Moves an order as its carrier would (rider assigned, at the store,
   * picked up, delivering, delivered, recipient unreachable/refused, goods
   * back, carrier cancellations; local-order-moves.ts) and pushes the new
   * status. Throws on an unknown order or a move the carrier could not make.
   */
  advance(
    shopOrderId: string,
    status: number,
    options: AdvanceOptions = {},
  ): EmulatedLocalOrder {
    const order = this.existing(shopOrderId, options.shopId);
    if (!carrierMayMove(order.status, status))
      throw new Error(
        `Local delivery order ${shopOrderId} cannot go from order_status ${order.status} to ${status}`,
      );
    return this.move(order, status, options);
  }

  /** The order as it is now, or undefined. */
  order(shopOrderId: string, shopId?: string): EmulatedLocalOrder | undefined {
    return shopId === undefined
      ? this.byShopOrderId(shopOrderId)[0]
      : this.orders.get(keyOf(shopId, shopOrderId));
  }

  /**
   * The order's `update_waybill_status` pushes, oldest first, once each has
   * been delivered or given up: each attempt's `reply` holds the app's
   * decoded reply. Empty while this app's push is off.
   */
  async pushes(shopOrderId: string, shopId?: string): Promise<PushDelivery[]> {
    const order = this.existing(shopOrderId, shopId);
    const started = this.deliveries.get(keyOf(order.shopId, shopOrderId)) ?? [];
    return Promise.all(started);
  }

  /** delivery_ids `shop/add` was called with (the merchant finishes binding at the carrier). */
  bindRequests(): string[] {
    return [...this.bindRequestList];
  }

  get deliveryOpened(): boolean {
    return this.opened;
  }

  reset(): void {
    this.bound.clear();
    this.members = undefined;
    this.classes = new Set(DEFAULT_CARGO_CLASSES.map(([a, b]) => pairOf(a, b)));
    this.sftc = 'limited';
    this.waybillQuirk = false;
    this.quota.reset();
    this.quota.setDailyLimit(SANDBOX_DAILY_CALLS);
    this.tokens.clear();
    this.orders.clear();
    this.deliveries.clear();
    this.opened = false;
    this.bindRequestList.length = 0;
  }

  // ---- What the handlers read and change ---------------------------------

  /** The account `shopId` names for this app: bound, the sandbox's, or a carrier test account. */
  findShop(shopId: string): LocalShop | undefined {
    if (shopId === SANDBOX_SHOP.shopId) return SANDBOX_SHOP;
    return (
      this.bound.get(shopId) ??
      REALMOCK_SHOPS.find((shop) => shop.shopId === shopId)
    );
  }

  boundShops(): LocalShop[] {
    return [...this.bound.values()];
  }

  isSandboxMember(openid: string): boolean {
    return this.members === undefined || this.members.has(openid);
  }

  isCargoClass(first: unknown, second: unknown): boolean {
    return (
      typeof first === 'string' &&
      typeof second === 'string' &&
      this.classes.has(pairOf(first, second))
    );
  }

  get sftcTips(): SftcTipsMode {
    return this.sftc;
  }

  /** Counts one sandbox order call; false (930564) when the day's allowance is spent. */
  takeSandboxCall(): boolean {
    return this.quota.take();
  }

  issueDeliveryToken(
    shopId: string,
    shopOrderId: string,
    quote: LocalQuote,
  ): string {
    const token = randomBytes(16).toString('hex');
    this.tokens.set(token, {
      key: keyOf(shopId, shopOrderId),
      expiresAt: this.context.clock.nowSeconds() + DELIVERY_TOKEN_TTL_SECONDS,
      quote,
    });
    return token;
  }

  /** The quote a live token keeps for this order, or undefined (expired, unknown or another order's: 2062). */
  redeemDeliveryToken(
    token: string,
    shopId: string,
    shopOrderId: string,
  ): LocalQuote | undefined {
    const issued = this.tokens.get(token);
    if (!issued || issued.key !== keyOf(shopId, shopOrderId)) return undefined;
    if (this.context.clock.nowSeconds() >= issued.expiresAt) return undefined;
    return issued.quote;
  }

  find(shopId: string, shopOrderId: string): EmulatedLocalOrder | undefined {
    return this.orders.get(keyOf(shopId, shopOrderId));
  }

  /** Every order with this shop_order_id, whatever its shop. */
  byShopOrderId(shopOrderId: string): EmulatedLocalOrder[] {
    return [...this.orders.values()].filter(
      (order) => order.shopOrderId === shopOrderId,
    );
  }

  /** A fresh waybill id: the sandbox's observed `<shop_order_id>_waybillid` (then `_2`, `_3` per readd); else 16 digits. */
  newWaybillId(
    deliveryId: string,
    shopOrderId: string,
    dispatch: number,
  ): string {
    if (deliveryId === 'TEST')
      return `${shopOrderId}_waybillid${dispatch > 1 ? `_${dispatch}` : ''}`;
    return `${randomInt(1, 10)}${Array.from({ length: 15 }, () => randomInt(10)).join('')}`;
  }

  /** Stores a dispatched order (add, readd) and pushes its 101. */
  dispatch(order: EmulatedLocalOrder): EmulatedLocalOrder {
    this.orders.set(keyOf(order.shopId, order.shopOrderId), order);
    this.pushStatus(order);
    return order;
  }

  /** Any status change the API or a control makes: rider and arrival follow the status; pushes it. */
  move(
    order: EmulatedLocalOrder,
    status: number,
    options: LocalMoveOptions = {},
  ): EmulatedLocalOrder {
    const now = this.context.clock.nowSeconds();
    const actionTime = options.actionTime ?? now;
    const rider = hasRider(status)
      ? (options.agent ?? order.rider ?? DEFAULT_RIDER)
      : order.rider;
    const delivering = status === 301;
    const next: EmulatedLocalOrder = {
      ...order,
      status,
      rider,
      actionTime,
      actionMsg: options.actionMsg ?? '',
      deliveringSince: delivering ? now : order.deliveringSince,
      reachAt: delivering
        ? now + (options.reachInSeconds ?? DEFAULT_REACH_SECONDS)
        : order.reachAt,
    };
    this.orders.set(keyOf(order.shopId, order.shopOrderId), next);
    this.pushStatus(next);
    return next;
  }

  /** Keeps a change that is not a status change (tips). */
  update(
    order: EmulatedLocalOrder,
    change: Partial<EmulatedLocalOrder>,
  ): EmulatedLocalOrder {
    const next = { ...order, ...change };
    this.orders.set(keyOf(order.shopId, order.shopOrderId), next);
    return next;
  }

  nowSeconds(): number {
    return this.context.clock.nowSeconds();
  }

  markOpened(): void {
    this.opened = true;
  }

  recordBindRequest(deliveryId: string): void {
    this.bindRequestList.push(deliveryId);
  }

  private pushStatus(order: EmulatedLocalOrder): void {
    const quirk = this.waybillQuirk;
    const delivery = this.context.push(
      order.shopOrderId,
      (to, at) => buildWaybillStatusMessage(order, to, at, quirk),
      'reply-message',
    );
    if (!delivery) return;
    const key = keyOf(order.shopId, order.shopOrderId);
    this.deliveries.set(key, [...(this.deliveries.get(key) ?? []), delivery]);
  }

  private existing(shopOrderId: string, shopId?: string): EmulatedLocalOrder {
    const found =
      shopId === undefined
        ? this.byShopOrderId(shopOrderId)
        : [this.orders.get(keyOf(shopId, shopOrderId))].filter(
            (order): order is EmulatedLocalOrder => order !== undefined,
          );
    if (found.length === 0)
      throw new Error(`No local delivery order ${shopOrderId} in this app`);
    if (found.length > 1)
      throw new Error(
        `Local delivery order ${shopOrderId} exists for several shops: pass shopId`,
      );
    return found[0];
  }
}

/** Every status value `test_update_order` accepts (§5.3). */
export const isLocalOrderStatus = (value: unknown): value is number =>
  (LOCAL_ORDER_STATUSES as readonly unknown[]).includes(value);
