import { randomBytes } from 'node:crypto';
import { SANDBOX_DELIVERY_ID } from '../../../logistics/enums/sandbox.constants';
import { WaybillTraceStatus } from '../../../waybill-tracking/enums';
import { type TrackNode } from '../../logistics/state/emulated-order';
import {
  type FamilyState,
  type FamilyStateContext,
} from '../../state/family-state';
import { DailyCallQuota } from './daily-call-quota';
import { statusAfter, statusOfTrack } from './status-from-track';
import {
  DEFAULT_TRACKING_SETTINGS,
  type SeedTrackedWaybillInput,
  type TrackedGoodsItem,
  type TrackingComponent,
  type TrackingNotification,
  type TrackingSettings,
  type WaybillRegistration,
} from './tracking-records';

/** A waybill WeChat knows: followed from the app's order book, or seeded by a test. */
interface KnownWaybill {
  readonly waybillId: string;
  readonly source: 'order' | 'seed';
  /** This family's carrier code, when known (a seed's, or the first registration's). */
  deliveryId?: string;
  status: number;
}

type StoredRegistration = {
  -readonly [K in keyof WaybillRegistration]: WaybillRegistration[K];
} & { tokens: string[] };

/** Statuses the message component tells the buyer about (§4.5: 已揽件 / 派件中 / 已签收; 代签收 by inference). */
const NOTIFIED: ReadonlySet<number> = new Set([
  WaybillTraceStatus.PickedUp,
  WaybillTraceStatus.OutForDelivery,
  WaybillTraceStatus.Signed,
  WaybillTraceStatus.SignedByProxy,
]);

/** Statuses during which a followed waybill counts against the buyer's 100 (揽件中 / 运输中 / 派送中 / 待签收). */
const IN_PROGRESS: ReadonlySet<number> = new Set([0, 1, 2, 3]);

/**
 * One app's 物流服务 state (reference §7.2's suggestions): the waybills it
 * registered with each component and their tokens (64 base64url characters,
 * one namespace per component), their goods and update counts, the daily
 * quotas, and the buyer notifications of the message component.
 *
 * Statuses follow the carrier: for a waybill of the app's logistics-assistant
 * order book, every track node (testUpdateOrder, or `orders.addTrack` for a
 * real carrier) moves it (see statusAfter); a waybill seeded here moves with
 * {@link advance}. Any other waybill is unknown to WeChat (931023).
 */
export class TrackingBook implements FamilyState {
  private config: TrackingSettings = DEFAULT_TRACKING_SETTINGS;
  private readonly waybills = new Map<string, KnownWaybill>();
  private readonly registrations = new Map<string, StoredRegistration>();
  private readonly tokens: Record<TrackingComponent, Map<string, string>> = {
    query: new Map(),
    msg: new Map(),
  };
  private readonly foreignOpenids = new Set<string>();
  private readonly quota: DailyCallQuota;
  private sent: TrackingNotification[] = [];

  constructor(private readonly context: FamilyStateContext) {
    this.quota = new DailyCallQuota(context.clock);
    // Wiring, kept across reset(): the carrier moves the app's waybills.
    context.orderBook().pathUpdates.subscribe(({ order, node }) => {
      this.onTrack(order.waybillId, node);
    });
  }

  get settings(): TrackingSettings {
    return this.config;
  }

  /** Changes switches and limits (see TrackingSettings); the rest stay. Throws naming a bad one. */
  configure(changes: Partial<TrackingSettings>): void {
    const next = { ...this.config, ...changes };
    checkSettings(next);
    this.config = next;
  }

  /** A real carrier's waybill WeChat knows (the app's order book is known without seeding). */
  seedWaybill(input: SeedTrackedWaybillInput): void {
    if (this.waybills.has(input.waybillId))
      throw new Error(`Waybill "${input.waybillId}" is already known`);
    this.waybills.set(input.waybillId, {
      waybillId: input.waybillId,
      source: 'seed',
      deliveryId: input.deliveryId,
      status: input.status ?? WaybillTraceStatus.NotPickedUp,
    });
  }

  /**
   * Moves a seeded waybill to `status`, as its carrier would, notifying its
   * followers as WeChat does. Waybills of the order book move with their
   * track instead (testUpdateOrder).
   */
  advance(waybillId: string, status: number): void {
    const waybill = this.waybills.get(waybillId);
    if (waybill?.source !== 'seed')
      throw new Error(
        `Waybill "${waybillId}" was not seeded with tracking.seedWaybill; an order-book waybill moves with testUpdateOrder (or orders.addTrack)`,
      );
    this.moveTo(waybill, status);
  }

  /** The status WeChat would answer for a known waybill, or `undefined`. */
  status(waybillId: string): number | undefined {
    return this.known(waybillId)?.status;
  }

  /** Marks `openid` as a user of another mini program: calls naming it answer 9300534. */
  addForeignOpenid(openid: string): void {
    this.foreignOpenids.add(openid);
  }

  isForeignOpenid(openid: string): boolean {
    return this.foreignOpenids.has(openid);
  }

  /** Every registration, per component and waybill (snapshots). */
  list(): WaybillRegistration[] {
    return [...this.registrations.values()].map(snapshot);
  }

  /** The registration a token was issued for, in its own component only. */
  registrationFor(
    component: TrackingComponent,
    token: string,
  ): WaybillRegistration | undefined {
    const key = this.tokens[component].get(token);
    const registration =
      key === undefined ? undefined : this.registrations.get(key);
    return registration && snapshot(registration);
  }

  /** The buyer notifications sent so far, oldest first. */
  notifications(): TrackingNotification[] {
    return [...this.sent];
  }

  // ---- used by the handlers ----

  /**
   * The known waybill, or the errcode WeChat answers: not found for a waybill
   * no carrier has (and, with refuseSandboxWaybills, for a TEST one).
   */
  lookUp(
    waybillId: string,
    deliveryId: string | undefined,
  ): number | undefined {
    const sandboxNamed = deliveryId === SANDBOX_DELIVERY_ID;
    const waybill = this.known(waybillId);
    if (
      !waybill ||
      (this.config.refuseSandboxWaybills &&
        (sandboxNamed || this.isSandboxOrder(waybillId)))
    )
      return this.config.notFoundErrcode;
    return undefined;
  }

  /** Counts one call of `component` for the app and for `openid`; false (9300513) when a quota is used up. */
  takeCall(component: TrackingComponent, openid: string | undefined): boolean {
    const appKey = `app:${component}`;
    const userKey = `user:${component}:${openid}`;
    const userLimit = this.config.userDailyLimit[component];
    if (this.quota.used(appKey) >= this.config.appDailyLimit) return false;
    if (openid !== undefined && this.quota.used(userKey) >= userLimit)
      return false;
    this.quota.take(appKey, this.config.appDailyLimit);
    if (openid !== undefined) this.quota.take(userKey, userLimit);
    return true;
  }

  /** Whether following one more waybill would pass the buyer's 100 in progress. */
  followWouldExceed(openid: string, waybillId: string): boolean {
    if (this.registrations.has(key('msg', waybillId))) return false;
    const inProgress = [...this.registrations.values()].filter(
      (r) =>
        r.component === 'msg' &&
        r.openid === openid &&
        IN_PROGRESS.has(this.known(r.waybillId)?.status ?? 0),
    ).length;
    return inProgress >= this.config.activeWaybillsPerUser;
  }

  /** Registers (or registers again) a known waybill; returns the new token. */
  register(
    component: TrackingComponent,
    input: {
      waybillId: string;
      openid: string;
      deliveryId?: string;
      goods: TrackedGoodsItem[];
    },
  ): string {
    const waybill = this.known(input.waybillId) as KnownWaybill;
    waybill.deliveryId ??= input.deliveryId;
    const token = this.newToken();
    const id = key(component, input.waybillId);
    const existing = this.registrations.get(id);
    if (existing) existing.tokens.push(token);
    else
      this.registrations.set(id, {
        component,
        waybillId: input.waybillId,
        openid: input.openid,
        deliveryId: input.deliveryId,
        goods: input.goods,
        registeredAt: this.context.clock.now(),
        updates: 0,
        tokens: [token],
      });
    this.tokens[component].set(token, id);
    return token;
  }

  /** Replaces the goods; false (9300560) once the update limit is reached. */
  updateGoods(
    registration: WaybillRegistration,
    goods: TrackedGoodsItem[],
  ): boolean {
    const stored = this.registrations.get(
      key(registration.component, registration.waybillId),
    ) as StoredRegistration;
    if (stored.updates >= this.config.goodsUpdateLimit) return false;
    stored.goods = goods;
    stored.updates += 1;
    return true;
  }

  /** The carrier code to show as `delivery_info`, if any. */
  deliveryIdOf(waybillId: string): string | undefined {
    return this.waybills.get(waybillId)?.deliveryId;
  }

  reset(): void {
    this.config = DEFAULT_TRACKING_SETTINGS;
    this.waybills.clear();
    this.registrations.clear();
    this.tokens.query.clear();
    this.tokens.msg.clear();
    this.foreignOpenids.clear();
    this.quota.clear();
    this.sent = [];
  }

  /**
   * A waybill WeChat knows: seeded, or an active order of the app's order
   * book (first seen now, at the status its track has reached — changes
   * before that were never followed, so they notify nobody).
   */
  private known(waybillId: string): KnownWaybill | undefined {
    const seen = this.waybills.get(waybillId);
    if (seen) return seen;
    const order = this.orderWith(waybillId);
    if (!order) return undefined;
    const waybill: KnownWaybill = {
      waybillId,
      source: 'order',
      status: statusOfTrack(order.path),
    };
    this.waybills.set(waybillId, waybill);
    return waybill;
  }

  private orderWith(waybillId: string) {
    return this.context
      .orderBook()
      .list()
      .find((o) => o.waybillId === waybillId && o.status === 'active');
  }

  private isSandboxOrder(waybillId: string): boolean {
    return this.orderWith(waybillId)?.deliveryId === SANDBOX_DELIVERY_ID;
  }

  /** A track node of an order-book waybill this app follows. */
  private onTrack(waybillId: string, node: TrackNode): void {
    const waybill = this.waybills.get(waybillId);
    const next = statusAfter(node);
    if (waybill?.source === 'order' && next !== undefined)
      this.moveTo(waybill, next);
  }

  private moveTo(waybill: KnownWaybill, status: number): void {
    if (waybill.status === status) return;
    waybill.status = status;
    if (!NOTIFIED.has(status)) return;
    const follower = this.registrations.get(key('msg', waybill.waybillId));
    if (follower)
      this.sent.push({
        openid: follower.openid,
        waybillId: waybill.waybillId,
        status,
        at: this.context.clock.now(),
      });
  }

  /** 64 base64url characters, unique across both components. */
  private newToken(): string {
    let token: string;
    do token = randomBytes(48).toString('base64url');
    while (this.tokens.query.has(token) || this.tokens.msg.has(token));
    return token;
  }
}

const key = (component: TrackingComponent, waybillId: string) =>
  `${component}:${waybillId}`;

function snapshot(registration: StoredRegistration): WaybillRegistration {
  return {
    ...registration,
    goods: registration.goods.map((item) => ({ ...item })),
    tokens: [...registration.tokens],
  };
}

/** Limits are whole numbers ≥ 0, and not found is one of WeChat's two codes. */
function checkSettings(settings: TrackingSettings): void {
  const limits: [string, number][] = [
    ['goodsUpdateLimit', settings.goodsUpdateLimit],
    ['appDailyLimit', settings.appDailyLimit],
    ['userDailyLimit.query', settings.userDailyLimit.query],
    ['userDailyLimit.msg', settings.userDailyLimit.msg],
    ['activeWaybillsPerUser', settings.activeWaybillsPerUser],
  ];
  for (const [name, value] of limits)
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(
        `tracking.configure: ${name} must be an integer >= 0, got ${value}`,
      );
  if (![931023, 9300559].includes(settings.notFoundErrcode))
    throw new RangeError(
      `tracking.configure: notFoundErrcode must be 931023 or 9300559, got ${settings.notFoundErrcode}`,
    );
}
