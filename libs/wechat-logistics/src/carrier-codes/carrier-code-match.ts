import { type CarrierListEntry } from './carrier-list-entry';

/**
 * Why a logistics-assistant carrier got its code, strongest evidence first:
 * - `override`: the `carrierCodes` option said so;
 * - `same-id`: both lists use the id, and the names agree;
 * - `same-name`: exactly one tracking carrier has the same name (width, case,
 *   spaces, punctuation and company form aside);
 * - `same-name-stem`: exactly one has the same name once 快递 / 速递 / 速运 /
 *   物流 … are dropped (韵达快递 → `YD` 韵达速递). See carrier-name.ts.
 */
export type CarrierCodeRule =
  'override' | 'same-id' | 'same-name' | 'same-name-stem';

/** A logistics-assistant carrier with its code for 物流服务 and 发货信息管理's `express_company`. */
export interface MappedCarrier {
  readonly mapped: true;
  /** The logistics assistant's id (`YUNDA`). */
  readonly deliveryId: string;
  /** Its name in the logistics assistant's list; undefined for an override of an id that list lacks. */
  readonly deliveryName: string | undefined;
  /** The code to send to 物流服务 and as `express_company` (`YD`). */
  readonly trackingCode: string;
  /** The code's name in 物流服务's list; undefined when an override names a code that list lacks. */
  readonly trackingName: string | undefined;
  readonly rule: CarrierCodeRule;
}

/**
 * A logistics-assistant carrier with no code: nothing in 物流服务's list
 * matched (`no-match`), or several matched equally well (`ambiguous`). The
 * module never guesses; the `carrierCodes` option maps it.
 */
export interface UnmappedCarrier {
  readonly mapped: false;
  readonly deliveryId: string;
  readonly deliveryName: string;
  readonly reason: 'no-match' | 'ambiguous';
  /** The tracking carriers that matched equally well (`ambiguous`); empty for `no-match`. */
  readonly candidates: readonly CarrierListEntry[];
}

export type CarrierCodeMatch = MappedCarrier | UnmappedCarrier;

/** Every logistics-assistant carrier (and every overridden id), by its `deliveryId`. */
export type CarrierCodeMapping = ReadonlyMap<string, CarrierCodeMatch>;
