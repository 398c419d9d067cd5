import { randomInt } from 'node:crypto';
import {
  type FamilyState,
  type FamilyStateContext,
} from '../../state/family-state';
import {
  DEFAULT_CALLBACK_POLICY,
  type IntracityCallback,
  type IntracityCallbackPolicy,
  IntracityCallbacks,
} from '../callback/intracity-callbacks';
import { type IntracityCarrier } from './intracity-carriers';
import {
  IntracityLedger,
  type IntracityPayMode,
  type IntracityTopUp,
} from './intracity-ledger';
import {
  carrierMayMove,
  type IntracityCourier,
  type IntracityOrder,
  withStatus,
} from './intracity-order';
import {
  type IntracityStore,
  isStoreIdOfAnotherApp,
  newStoreId,
} from './intracity-store';

/** Penalty (fen) a cancellation keeps once the courier is at the store or under way, unless set. */
export const DEFAULT_CANCEL_PENALTY_FEN = 200;
/** Path of the emulator's own top-up page that storecharge's `payurl` points at. */
export const INTRACITY_PAY_PATH = '/intracity-pay';

/** What the `credit` control tops up. */
export interface IntracityCreditInput {
  readonly serviceTransId: IntracityCarrier;
  /** Fen. */
  readonly amount: number;
  /** @default 'PAY_MODE_STORE' */
  readonly payMode?: IntracityPayMode;
  /** Required for a store's balance. */
  readonly wxStoreId?: string;
}

/** The balance a pay mode (and, for stores, a store) feeds: `store:<id>`, `app` or `component`. */
export function payerOf(payMode: IntracityPayMode, wxStoreId = ''): string {
  if (payMode === 'PAY_MODE_APP') return 'app';
  if (payMode === 'PAY_MODE_COMPONENT') return 'component';
  return `store:${wxStoreId}`;
}

/**
 * One app's 同城配送 (intracity.md §10, all inference): whether the feature
 * is opened, its stores, pay mode, balances (the ledger), delivery orders
 * and the status callbacks each change sends. `wechat.intracity` /
 * `wechat.app(appId).intracity`.
 */
export class IntracityBook implements FamilyState {
  readonly ledger: IntracityLedger;
  private readonly callbackLog: IntracityCallbacks;
  private readonly storeMap = new Map<string, IntracityStore>();
  private readonly orderMap = new Map<string, IntracityOrder>();
  private storeSequence = 0;
  private opened = false;
  private gate = true;
  private mode: IntracityPayMode = 'PAY_MODE_STORE';
  private componentAppid: string | undefined;
  private callbackToken: string | undefined;
  private signOmitted = false;
  private callbackPolicy = DEFAULT_CALLBACK_POLICY;
  private penalty = DEFAULT_CANCEL_PENALTY_FEN;
  private reuseCancelled = false;

  constructor(private readonly context: FamilyStateContext) {
    this.ledger = new IntracityLedger(context.clock);
    this.callbackLog = new IntracityCallbacks({
      appId: context.appId,
      clock: context.clock,
      lifetime: context.lifetime,
      token: () => context.pushToken() ?? this.callbackToken,
      omitSign: () => this.signOmitted,
      policy: () => this.callbackPolicy,
    });
  }

  // ---- Controls for tests -------------------------------------------------

  /** Opens 同城配送 as the console's page (or `apply`) does. */
  open(): void {
    this.opened = true;
  }

  /** Whether the feature is open: every call but apply answers 48001 until it is (while `requireApply` is on). */
  get applied(): boolean {
    return this.opened;
  }

  /** On (the default): calls before apply get 48001 (§4.1). Off: every call works from the start. */
  requireApply(on: boolean): void {
    this.gate = on;
  }

  get payMode(): IntracityPayMode {
    return this.mode;
  }

  /** Sets the paying entity as a confirmed setpaymode would; the service provider's AppID for COMPONENT. */
  setPayMode(mode: IntracityPayMode, componentAppid?: string): void {
    this.mode = mode;
    if (componentAppid !== undefined) this.componentAppid = componentAppid;
  }

  /** `pay_component_appid` getpaymode answers in PAY_MODE_COMPONENT. */
  get payComponentAppid(): string | undefined {
    return this.componentAppid;
  }

  /** Credits a balance directly, as if a storecharge page had been paid now. */
  credit(input: IntracityCreditInput): IntracityTopUp {
    const payMode = input.payMode ?? 'PAY_MODE_STORE';
    if (payMode === 'PAY_MODE_STORE' && !this.store(input.wxStoreId ?? ''))
      throw new Error(
        `credit: no store "${input.wxStoreId}" in this app (a store balance needs wxStoreId)`,
      );
    if (!Number.isInteger(input.amount) || input.amount <= 0)
      throw new RangeError(
        `credit: amount must be a positive integer (fen), got ${input.amount}`,
      );
    const topUp = this.ledger.issue(
      payerOf(payMode, input.wxStoreId),
      payMode,
      input.wxStoreId ?? '',
      input.serviceTransId,
      input.amount,
    );
    this.ledger.pay(topUp.payorderId);
    return topUp;
  }

  /** A balance, fen (expired top-ups no longer count). */
  balance(
    serviceTransId: IntracityCarrier,
    wxStoreId?: string,
    payMode: IntracityPayMode = 'PAY_MODE_STORE',
  ): number {
    return this.ledger.balance(payerOf(payMode, wxStoreId), serviceTransId);
  }

  /** Every top-up (the ledger), oldest first. */
  topUps(): IntracityTopUp[] {
    return this.ledger.all();
  }

  /** A store by `wx_store_id` or `out_store_id`. */
  store(id: string): IntracityStore | undefined {
    return (
      this.storeMap.get(id) ??
      [...this.storeMap.values()].find((store) => store.outStoreId === id)
    );
  }

  stores(): IntracityStore[] {
    return [...this.storeMap.values()];
  }

  /** An order by `wx_order_id`, or by `store_order_id` when `wxStoreId` is given. */
  order(id: string, wxStoreId?: string): IntracityOrder | undefined {
    if (wxStoreId === undefined) return this.orderMap.get(id);
    return this.findByStoreOrderId(wxStoreId, id);
  }

  orders(): IntracityOrder[] {
    return [...this.orderMap.values()];
  }

  /**
   * Moves an order as its carrier would (courier accepts, arrives, delivers,
   * withdraws, exception, carrier cancels; intracity-order.ts) and sends the
   * callback: how non-sandbox orders move in tests. Throws on an unknown
   * order or a move the carrier could not make.
   */
  advance(
    wxOrderId: string,
    status: number,
    courier?: IntracityCourier,
  ): IntracityOrder {
    const order = this.orderMap.get(wxOrderId);
    if (!order) throw new Error(`No intracity order ${wxOrderId} in this app`);
    if (!carrierMayMove(order.status, status))
      throw new Error(
        `Intracity order ${wxOrderId} cannot go from order_status ${order.status} to ${status}`,
      );
    if (status === 20001) return this.cancel(order, 20001, 0);
    return this.move(order, status, courier);
  }

  /**
   * The Token that signs callbacks when the app has no message-push settings
   * (`configurePush` wins: WeChat signs with the push Token, §5).
   */
  setCallbackToken(token: string | undefined): void {
    this.callbackToken = token;
  }

  /** Callbacks without `sign`, as users saw in 2023 (§5 conflict). Off by default. */
  omitCallbackSign(on = true): void {
    this.signOmitted = on;
  }

  /** Retries, pause and reply timeout of the callbacks started from now on. */
  setCallbackPolicy(policy: Partial<IntracityCallbackPolicy>): void {
    this.callbackPolicy = { ...this.callbackPolicy, ...policy };
  }

  /** The order's callbacks once each has been delivered or given up, oldest first. */
  async callbacks(wxOrderId: string): Promise<IntracityCallback[]> {
    await this.callbackLog.settled();
    return this.callbackLog.forOrder(wxOrderId);
  }

  /** Every callback so far as it stands (attempts may still be under way). */
  callbackLogNow(): IntracityCallback[] {
    return this.callbackLog.all();
  }

  /** Resolves once every callback started so far, retries included, has finished. */
  callbacksSettled(): Promise<void> {
    return this.callbackLog.settled();
  }

  /** Penalty (fen, capped at the fee) for cancelling at 40000/50000/90000. @default 200 */
  setCancelPenalty(fen: number): void {
    if (!Number.isInteger(fen) || fen < 0)
      throw new RangeError(`setCancelPenalty expects fen >= 0, got ${fen}`);
    this.penalty = fen;
  }

  /** Lets addorder reuse the `store_order_id` of a cancelled order (default: 934002, ids are single-use). */
  reuseCancelledStoreOrderIds(on = true): void {
    this.reuseCancelled = on;
  }

  reset(): void {
    this.ledger.clear();
    this.callbackLog.clear();
    this.storeMap.clear();
    this.orderMap.clear();
    this.storeSequence = 0;
    this.opened = false;
    this.gate = true;
    this.mode = 'PAY_MODE_STORE';
    this.componentAppid = undefined;
    this.callbackToken = undefined;
    this.signOmitted = false;
    this.callbackPolicy = DEFAULT_CALLBACK_POLICY;
    this.penalty = DEFAULT_CANCEL_PENALTY_FEN;
    this.reuseCancelled = false;
  }

  // ---- What the handlers read and change ---------------------------------

  /** True when the call may proceed (apply done, or the gate off). */
  get usable(): boolean {
    return this.opened || !this.gate;
  }

  get appId(): string {
    return this.context.appId;
  }

  nowSeconds(): number {
    return this.context.clock.nowSeconds();
  }

  /** Where storecharge's `payurl` for `payorderId` points: the emulator's own page. */
  payUrl(payorderId: string): string {
    const query = new URLSearchParams({
      appid: this.context.appId,
      payorder_id: payorderId,
    });
    return `${this.context.emulatorUrl}${INTRACITY_PAY_PATH}?${query.toString()}`;
  }

  /** 934021 unknown, 934008 issued to another app, or the store. */
  lookupStore(wxStoreId: string): IntracityStore | 934008 | 934021 {
    const store = this.storeMap.get(wxStoreId);
    if (store) return store;
    return isStoreIdOfAnotherApp(wxStoreId, this.context.appId)
      ? 934008
      : 934021;
  }

  addStore(fields: Omit<IntracityStore, 'wxStoreId'>): IntracityStore {
    this.storeSequence += 1;
    const store = {
      wxStoreId: newStoreId(this.context.appId, this.storeSequence),
      ...fields,
    };
    this.storeMap.set(store.wxStoreId, store);
    return store;
  }

  replaceStore(store: IntracityStore): void {
    this.storeMap.set(store.wxStoreId, store);
  }

  /** The current pay mode's balance key for an order of `wxStoreId`. */
  orderPayer(wxStoreId: string): string {
    return payerOf(this.mode, wxStoreId);
  }

  findByStoreOrderId(
    wxStoreId: string,
    storeOrderId: string,
  ): IntracityOrder | undefined {
    const matches = [...this.orderMap.values()].filter(
      (order) =>
        order.wxStoreId === wxStoreId && order.storeOrderId === storeOrderId,
    );
    // The live one first: a reused id's cancelled predecessors stay readable by wx_order_id.
    return (
      matches.find(
        (order) => order.status !== 20000 && order.status !== 20001,
      ) ?? matches[matches.length - 1]
    );
  }

  /** Whether addorder must refuse `storeOrderId` with 934002. */
  storeOrderIdTaken(wxStoreId: string, storeOrderId: string): boolean {
    const existing = this.findByStoreOrderId(wxStoreId, storeOrderId);
    if (!existing) return false;
    const cancelled = existing.status === 20000 || existing.status === 20001;
    return !(cancelled && this.reuseCancelled);
  }

  newOrderIds(): {
    wxOrderId: string;
    transOrderId: string;
    fetchCode: string;
    recvCode: string;
  } {
    const digits = (n: number) =>
      Array.from({ length: n }, () => randomInt(10)).join('');
    return {
      wxOrderId: `4${digits(18)}`,
      transOrderId: `JS${digits(12)}`,
      fetchCode: digits(4),
      recvCode: digits(6),
    };
  }

  /** Keeps a new order and sends its 10000 callback. */
  addOrder(order: IntracityOrder): IntracityOrder {
    this.orderMap.set(order.wxOrderId, order);
    this.callbackLog.send(order);
    return order;
  }

  /** Any status change (mocknotify, advance): stamps it, keeps it, sends the callback. */
  move(
    order: IntracityOrder,
    status: number,
    courier?: IntracityCourier,
  ): IntracityOrder {
    const next = withStatus(order, status, this.nowSeconds(), courier);
    this.orderMap.set(order.wxOrderId, next);
    this.callbackLog.send(next);
    return next;
  }

  /** The penalty a merchant's cancellation now keeps (§10: none before the courier is at the store). */
  cancelPenalty(order: IntracityOrder): number {
    if (order.sandbox) return 0;
    return [40000, 50000, 90000].includes(order.status)
      ? Math.min(this.penalty, order.fee)
      : 0;
  }

  /** Cancels (merchant 20000, carrier 20001), keeps `deductfee`, gives the rest back, sends the callback. */
  cancel(
    order: IntracityOrder,
    status: 20000 | 20001,
    deductfee: number,
  ): IntracityOrder {
    if (!order.sandbox)
      this.ledger.giveBack(order.draws, order.fee - deductfee);
    const next = withStatus({ ...order, deductfee }, status, this.nowSeconds());
    this.orderMap.set(order.wxOrderId, next);
    this.callbackLog.send(next);
    return next;
  }
}
