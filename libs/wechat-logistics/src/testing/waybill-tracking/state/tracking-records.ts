/** The two components of 物流服务: 查询组件 (`query`) and 物流消息 (`msg`). */
export type TrackingComponent = 'query' | 'msg';

/** One goods item as registered (WeChat's snake_case, as sent and as answered). */
export interface TrackedGoodsItem {
  readonly goods_name: string;
  readonly goods_img_url: string;
  readonly goods_desc?: string;
}

/**
 * One waybill registered with one component. Registering it again adds a
 * token and keeps the rest — the first buyer and goods (reference §4.1) —
 * until an update call changes the goods.
 */
export interface WaybillRegistration {
  readonly component: TrackingComponent;
  readonly waybillId: string;
  readonly openid: string;
  /** The `delivery_id` the first registration gave, if any (this family's code). */
  readonly deliveryId?: string;
  readonly goods: readonly TrackedGoodsItem[];
  /** Emulator time (ms) of the first registration. */
  readonly registeredAt: number;
  /** Goods updates accepted so far (9300560 at the limit). */
  readonly updates: number;
  /** Every token issued for it, oldest first; each one works. */
  readonly tokens: readonly string[];
}

/**
 * A message the message component sent the buyer (服务通知): on a waybill's
 * transition into 已揽件 (1), 派件中 (3), 已签收 (4) or 代签收 (6) after it was
 * followed (reference §4.5, §6; 6 is our inference).
 */
export interface TrackingNotification {
  readonly openid: string;
  readonly waybillId: string;
  readonly status: number;
  /** Emulator time (ms). */
  readonly at: number;
}

/** A real carrier's waybill WeChat knows, seeded by a test (`tracking.seedWaybill`). */
export interface SeedTrackedWaybillInput {
  readonly waybillId: string;
  /** This family's carrier code (get_delivery_list), shown as `delivery_info`. */
  readonly deliveryId?: string;
  /** @default 0 */
  readonly status?: number;
}

/**
 * The emulator's switches and limits for 物流服务, per app. Every default is
 * the documented figure or the reference's §7.2 suggestion.
 */
export interface TrackingSettings {
  /**
   * Answer the not-found code for the logistics assistant's sandbox (TEST)
   * waybills, as WeChat does (§7.1). Off by default, so that the sandbox's
   * own flow (addOrder on TEST, then tracking it, moved by testUpdateOrder)
   * works in tests and in the demo's sandbox mode; turn it on to test how an
   * app handles WeChat's refusal.
   */
  readonly refuseSandboxWaybills: boolean;
  /** What an unknown waybill is answered: 931023 (what WeChat sends) or 9300559 (what it documents). */
  readonly notFoundErrcode: 931023 | 9300559;
  /**
   * Accept one component's token on the other's calls. Off: answered 9300507
   * (the real rule is unclear, §4.5; staff say the tokens differ).
   */
  readonly acceptOtherComponentTokens: boolean;
  /** Goods updates allowed per registered waybill before 9300560 (the real figure is not published). */
  readonly goodsUpdateLimit: number;
  /** Calls per component per app a day (9300513). */
  readonly appDailyLimit: number;
  /** Calls per buyer (openid) a day, per component (9300513). */
  readonly userDailyLimit: Readonly<Record<TrackingComponent, number>>;
  /** Waybills in progress (status 0–3) the message component follows per buyer (9300513). */
  readonly activeWaybillsPerUser: number;
  /** Components this app has on; a call to one that is off answers 48001. */
  readonly enabledComponents: Readonly<Record<TrackingComponent, boolean>>;
}

export const DEFAULT_TRACKING_SETTINGS: TrackingSettings = {
  refuseSandboxWaybills: false,
  notFoundErrcode: 931023,
  acceptOtherComponentTokens: false,
  goodsUpdateLimit: 10,
  appDailyLimit: 100_000,
  userDailyLimit: { query: 100, msg: 50 },
  activeWaybillsPerUser: 100,
  enabledComponents: { query: true, msg: true },
};
