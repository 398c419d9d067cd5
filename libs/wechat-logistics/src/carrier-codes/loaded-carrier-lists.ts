import { type ResolvedCarrierCodes } from '../core/options/resolve-carrier-codes';
import { type CarrierCodeMapping } from './carrier-code-match';
import { type CarrierListEntry } from './carrier-list-entry';
import { matchByLists, withOverrides } from './match-carrier-codes';
import { TrackingCarrierIndex } from './tracking-carrier-index';

/** Both carrier lists as WeChat answered them. */
export interface CarrierLists {
  /** The logistics assistant's `delivery/getall`. */
  readonly logistics: readonly CarrierListEntry[];
  /** 物流服务's `get_delivery_list`. */
  readonly tracking: readonly CarrierListEntry[];
}

/**
 * One load of both lists, matched once: every app shares the automatic
 * mapping, and the apps' own `carrierCodes` objects each get theirs once per
 * load (apps that only inherit the module's codes share its object, hence
 * one mapping for all of them).
 */
export class LoadedCarrierLists {
  private readonly index: TrackingCarrierIndex;
  private readonly automatic: CarrierCodeMapping;
  private readonly byOverrides = new WeakMap<
    ResolvedCarrierCodes,
    CarrierCodeMapping
  >();

  constructor(lists: CarrierLists) {
    this.index = new TrackingCarrierIndex(lists.tracking);
    this.automatic = matchByLists(lists.logistics, this.index);
  }

  mappingFor(overrides: ResolvedCarrierCodes | undefined): CarrierCodeMapping {
    if (!overrides) return this.automatic;
    let mapping = this.byOverrides.get(overrides);
    if (!mapping) {
      mapping = withOverrides(this.automatic, overrides, this.index);
      this.byOverrides.set(overrides, mapping);
    }
    return mapping;
  }
}
