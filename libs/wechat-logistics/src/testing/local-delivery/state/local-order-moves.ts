import {
  CARRIER_REFUSALS,
  type CarrierRefusal,
} from '../local-delivery-replies';
import { type LocalCarrier } from './local-carriers';
import { FINAL_FAILURES, isFinal } from './local-order';
import { yuan } from './local-quote';

/**
 * The moves a carrier makes on its own (local-delivery.md §6.3, all
 * inference): the main line one step at a time, a recipient who cannot be
 * reached or refuses while delivering, goods back after a return, and the
 * carrier-side cancellations (204/205 before pickup ends, 501/502 from any
 * non-final state). What `localDelivery.advance()` may do; the sandbox's
 * `test_update_order` applies anything.
 */
const CARRIER_MOVES: Readonly<Record<number, readonly number[]>> = {
  101: [102],
  102: [201, 204, 205],
  201: [202, 204, 205],
  202: [301],
  301: [302, 304, 305],
  303: [401],
  304: [401],
  305: [401],
};

export function carrierMayMove(from: number, to: number): boolean {
  if (isFinal(from)) return false;
  return to === 501 || to === 502 || (CARRIER_MOVES[from] ?? []).includes(to);
}

/** What a cancel would do: the state it leaves the order in and the penalty. */
export interface CancelOutcome {
  readonly to: number;
  readonly deductFee: number;
  readonly desc: string;
}

/** 2 yuan once a rider has accepted: the 同城配送 family's documented rule (§6.3 analogy). */
const RIDER_ASSIGNED_FEE = 2;

/**
 * precancel's and cancel's answer by state (§6.3, inference modelled on
 * 同城配送): free while waiting for a rider (101 → 103); 2 yuan once one is
 * assigned and before pickup (102/201 → 103/203); the whole delivery fee once
 * the goods are picked up (202 → 203, 301 → 303, goods returning), because
 * the rider has done the trip. DADA refuses after pickup (§3.11); 303–305
 * are already returning, so there is nothing to cancel.
 */
export function cancelOutcome(
  status: number,
  carrier: LocalCarrier,
  deliverfee: number,
): CancelOutcome | CarrierRefusal {
  const pickedUp = status === 202 || status === 301;
  if (pickedUp && !carrier.cancelAfterPickup)
    return CARRIER_REFUSALS.cannotCancel;
  switch (status) {
    case 101:
      return { to: 103, deductFee: 0, desc: '骑手未接单,免费取消' };
    case 102:
      return { to: 103, deductFee: RIDER_ASSIGNED_FEE, desc: '骑手已接单' };
    case 201:
      return { to: 203, deductFee: RIDER_ASSIGNED_FEE, desc: '骑手已到店' };
    case 202:
      return { to: 203, deductFee: yuan(deliverfee), desc: '骑手已取货' };
    case 301:
      return {
        to: 303,
        deductFee: yuan(deliverfee),
        desc: '配送中,商品将返还商家',
      };
    default:
      return CARRIER_REFUSALS.wrongState;
  }
}

/**
 * Whether readd may re-dispatch an order in `status` (§6.3): after a final
 * failure, or while no rider ever accepted it (101: re-dispatched under a
 * new waybill, our reading of "never accepted").
 */
export function mayReadd(status: number): boolean {
  return status === 101 || FINAL_FAILURES.includes(status);
}
