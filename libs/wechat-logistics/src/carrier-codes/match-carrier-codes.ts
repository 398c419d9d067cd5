import {
  type CarrierCodeMapping,
  type CarrierCodeMatch,
} from './carrier-code-match';
import { type CarrierListEntry } from './carrier-list-entry';
import { canonicalCarrierName, carrierNameStem } from './carrier-name';
import { TrackingCarrierIndex } from './tracking-carrier-index';

/** `carrierCodes`: a logistics-assistant deliveryId → the code 物流服务 and 发货信息管理 take. */
export type CarrierCodeOverrides = Readonly<Record<string, string>>;

/**
 * Maps each carrier of the logistics assistant's list (`delivery/getall`) to
 * its code in 物流服务's list (`get_delivery_list`), which is also what
 * 发货信息管理's `express_company` takes. Rules, first that applies wins:
 * 1. an override (`overrides[deliveryId]`), trusted as given — also for ids
 *    the logistics list lacks and codes the tracking list lacks;
 * 2. the same id in both lists when the names agree (`SF` 顺丰速运 / `SF` 顺丰速运;
 *    a name that only restates the id, like `EMS`, agrees with any);
 * 3. exactly one tracking carrier with the same canonical name;
 * 4. exactly one with the same name stem (韵达快递 → `YD` 韵达速递).
 * Two or more candidates at rule 3 or 4 → `ambiguous`; none → `no-match`.
 * Never a guess: an unmapped carrier stays unmapped until overridden.
 */
export function matchCarrierCodes(
  logistics: readonly CarrierListEntry[],
  tracking: readonly CarrierListEntry[],
  overrides: CarrierCodeOverrides = {},
): CarrierCodeMapping {
  const index = new TrackingCarrierIndex(tracking);
  return withOverrides(matchByLists(logistics, index), overrides, index);
}

/** Rules 2–4 for every logistics carrier: what every app shares before its own overrides. */
export function matchByLists(
  logistics: readonly CarrierListEntry[],
  index: TrackingCarrierIndex,
): CarrierCodeMapping {
  const mapping = new Map<string, CarrierCodeMatch>();
  for (const carrier of logistics) {
    if (
      typeof carrier?.deliveryId !== 'string' ||
      mapping.has(carrier.deliveryId)
    )
      continue;
    mapping.set(carrier.deliveryId, matchOne(carrier, index));
  }
  return mapping;
}

/** Rule 1 over a mapping from {@link matchByLists}; `base` itself when there is nothing to override. */
export function withOverrides(
  base: CarrierCodeMapping,
  overrides: CarrierCodeOverrides,
  index: TrackingCarrierIndex,
): CarrierCodeMapping {
  const ids = Object.keys(overrides);
  if (ids.length === 0) return base;
  const mapping = new Map(base);
  for (const deliveryId of ids) {
    const trackingCode = overrides[deliveryId];
    mapping.set(deliveryId, {
      mapped: true,
      deliveryId,
      deliveryName: base.get(deliveryId)?.deliveryName,
      trackingCode,
      trackingName: index.withId(trackingCode)?.deliveryName,
      rule: 'override',
    });
  }
  return mapping;
}

function matchOne(
  carrier: CarrierListEntry,
  index: TrackingCarrierIndex,
): CarrierCodeMatch {
  const { deliveryId } = carrier;
  const deliveryName =
    typeof carrier.deliveryName === 'string' ? carrier.deliveryName : '';
  const mapped = (
    found: CarrierListEntry,
    rule: 'same-id' | 'same-name' | 'same-name-stem',
  ): CarrierCodeMatch => ({
    mapped: true,
    deliveryId,
    deliveryName,
    trackingCode: found.deliveryId,
    trackingName: found.deliveryName,
    rule,
  });
  const sameId = index.withId(deliveryId);
  if (sameId && namesAgree(deliveryId, deliveryName, sameId.deliveryName))
    return mapped(sameId, 'same-id');
  const named = index.named(canonicalCarrierName(deliveryName));
  if (named.length === 1) return mapped(named[0], 'same-name');
  const stemmed =
    named.length === 0 ? index.stemmed(carrierNameStem(deliveryName)) : named;
  if (stemmed.length === 1) return mapped(stemmed[0], 'same-name-stem');
  return {
    mapped: false,
    deliveryId,
    deliveryName,
    reason: stemmed.length === 0 ? 'no-match' : 'ambiguous',
    candidates: stemmed,
  };
}

/**
 * Whether two names given to one id name one carrier: equal canonically or by
 * stem, or one of them only restates the id (`EMS`, `EMS快递`) and so says
 * nothing against it. An empty name says nothing either.
 */
function namesAgree(deliveryId: string, name: string, other: string): boolean {
  const a = canonicalCarrierName(name);
  const b = canonicalCarrierName(other ?? '');
  if (a === '' || b === '' || a === b) return true;
  if (carrierNameStem(name) === carrierNameStem(other)) return true;
  const id = canonicalCarrierName(deliveryId);
  const restatesId = (text: string) =>
    canonicalCarrierName(text) === id || carrierNameStem(text) === id;
  return restatesId(name) || restatesId(other);
}
