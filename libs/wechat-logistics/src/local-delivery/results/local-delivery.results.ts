import {
  type LocalDeliveryAuditResult,
  type LocalDeliveryOrderStatus,
  type LocalDeliveryOrderStatusInfo,
} from '../enums';

/** A carrier of `delivery/getall` (§3.1). */
export interface LocalDeliveryCarrier {
  readonly deliveryId: string;
  readonly deliveryName: string;
}

/** Result of `localDelivery.getAllImmeDelivery`. */
export interface GetAllImmeDeliveryResult {
  readonly list: readonly LocalDeliveryCarrier[];
}

/** A carrier account bound in the console (§3.2). */
export interface LocalBoundAccount {
  /** The carrier appkey: what the order calls take as `shopId`. */
  readonly shopId: string;
  readonly deliveryId: string;
  /** 0 approved, 1 under review, 2 rejected. */
  readonly auditResult: LocalDeliveryAuditResult | number;
}

/** Result of `localDelivery.getBindAccount`. */
export interface GetBindAccountResult {
  readonly shopList: readonly LocalBoundAccount[];
}

/**
 * The fees of a quote or an order, all in **yuan** (numbers with up to 2
 * decimals, as WeChat sends them). A carrier that only validates (MTPS)
 * returns 0s.
 */
export interface LocalDeliveryFees {
  /** What is paid: deliverFee − couponFee. */
  readonly fee: number;
  readonly deliverFee: number;
  /** Absent from some real replies (§7.11): 0 then. */
  readonly couponFee: number;
  readonly tips: number;
  readonly insuranceFee: number;
  /** Metres. */
  readonly distance: number;
  /** Seconds until a rider is expected to accept; 0 = unknown. */
  readonly dispatchDuration: number;
}

/** Result of `localDelivery.preAddOrder` (§3.5). */
export interface LocalPreAddOrderResult extends LocalDeliveryFees {
  /** DADA (and the sandbox) only; valid 3 minutes; give it to addOrder to keep the price. */
  readonly deliveryToken?: string;
}

/** Result of `localDelivery.addOrder` and `localDelivery.reOrder` (§3.6). */
export interface LocalAddOrderResult extends LocalDeliveryFees {
  /** The carrier's delivery-order id (the sandbox pushes may carry another, §6.1). */
  readonly waybillId: string;
  /** 101 on creation. */
  readonly orderStatus: LocalDeliveryOrderStatus | number;
  /** The user's receive code, when asked for and the carrier has one; else 0. */
  readonly finishCode: number;
  /** The store's pickup code, likewise; else 0. */
  readonly pickupCode: number;
}

/** Result of `localDelivery.getOrder` (§3.9). */
export interface LocalGetOrderResult {
  readonly orderStatus: LocalDeliveryOrderStatus | number;
  /** Words and final flag of `orderStatus`; `undefined` for an undocumented value. */
  readonly orderStatusInfo: LocalDeliveryOrderStatusInfo | undefined;
  readonly waybillId: string;
  /** From 102 on; carriers mask them (`谢**`, `137******2`). */
  readonly riderName?: string;
  readonly riderPhone?: string;
  /** The rider's position, while delivering. */
  readonly riderLng?: number;
  readonly riderLat?: number;
  /**
   * **Seconds remaining** until arrival (WeChat's `reach_time` here, §3.9),
   * after pickup: a countdown, not the push's `agent.reachTime` timestamp.
   */
  readonly reachInSeconds?: number;
}

/** Result of `localDelivery.preCancelOrder` (expected) and `cancelOrder` (charged), §3.10. */
export interface LocalCancelResult {
  /** The cancel fee in yuan; 0 when the carrier charges or says none. */
  readonly deductFee: number;
  /** The carrier's explanation; `''` when none. */
  readonly desc: string;
}

/** The 即时配送 calls whose success carries no data resolve with `{}`. */
type NoData = Record<string, never>;
export type LocalBindAccountResult = NoData;
export type OpenDeliveryResult = NoData;
export type LocalAddTipResult = NoData;
export type LocalAbnormalConfirmResult = NoData;
export type LocalMockUpdateOrderResult = NoData;
