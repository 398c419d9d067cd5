import { type LocalPoint, type LocalQuote } from './local-quote';

/** Every `order_status` of §5.3. */
export const LOCAL_ORDER_STATUSES = [
  101, 102, 103, 201, 202, 203, 204, 205, 301, 302, 303, 304, 305, 401, 501,
  502,
] as const;

/** Final failures (§5.3): readd may follow them. */
export const FINAL_FAILURES: readonly number[] = [
  103, 203, 204, 205, 401, 501, 502,
];

/** Final states: success 302 and the failures. */
export function isFinal(status: number): boolean {
  return status === 302 || FINAL_FAILURES.includes(status);
}

/** A rider has been assigned and the order is still with them (102 … 305). */
export function hasRider(status: number): boolean {
  return (
    status >= 102 &&
    status <= 305 &&
    ![103, 203, 204, 205, 302].includes(status)
  );
}

/** The rider, as the carrier reports them. */
export interface LocalRider {
  readonly name: string;
  readonly phone: string;
}

/** The sandbox rider of the 2025 capture (§6.1). */
export const DEFAULT_RIDER: LocalRider = {
  name: '我是小哥',
  phone: '13712345678',
};

/**
 * One delivery order as the emulator keeps it, keyed by app + shopid +
 * shop_order_id; replaced, never mutated, so what `order()` returned stays.
 */
export interface EmulatedLocalOrder {
  readonly shopId: string;
  readonly shopOrderId: string;
  readonly shopNo: string;
  readonly deliveryId: string;
  readonly openid: string;
  readonly waybillId: string;
  /** 1 for add, +1 per readd. */
  readonly dispatches: number;
  readonly status: number;
  readonly quote: LocalQuote;
  readonly goodsValue: number;
  /** The current total tip (yuan) and how many addtips calls raised it. */
  readonly tips: number;
  readonly tipCalls: number;
  readonly pickupCode: number;
  readonly finishCode: number;
  readonly sender: LocalPoint | undefined;
  readonly receiver: LocalPoint;
  /** From 102 on. */
  readonly rider: LocalRider | undefined;
  /** Unix seconds when the rider left with the goods (301). */
  readonly deliveringSince: number | undefined;
  /** Expected arrival, Unix seconds (301): the push's `agent.reach_time`. */
  readonly reachAt: number | undefined;
  /** Unix seconds of the last status change, and its `action_msg`. */
  readonly actionTime: number;
  readonly actionMsg: string;
}
