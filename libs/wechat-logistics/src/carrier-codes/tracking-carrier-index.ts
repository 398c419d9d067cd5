import { type CarrierListEntry } from './carrier-list-entry';
import { canonicalCarrierName, carrierNameStem } from './carrier-name';

/**
 * 物流服务's carrier list (about 1,500 entries) looked up by id, by name and
 * by name stem: built once per load of the list, so matching every
 * logistics carrier, and again for each app's overrides, never scans it.
 */
export class TrackingCarrierIndex {
  private readonly byId = new Map<string, CarrierListEntry>();
  private readonly byName = new Map<string, CarrierListEntry[]>();
  private readonly byStem = new Map<string, CarrierListEntry[]>();

  constructor(entries: readonly CarrierListEntry[]) {
    for (const entry of entries) {
      // A repeated id (a glitch of the list) counts once: the first entry wins.
      if (
        typeof entry?.deliveryId !== 'string' ||
        this.byId.has(entry.deliveryId)
      )
        continue;
      this.byId.set(entry.deliveryId, entry);
      const name =
        typeof entry.deliveryName === 'string' ? entry.deliveryName : '';
      add(this.byName, canonicalCarrierName(name), entry);
      add(this.byStem, carrierNameStem(name), entry);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  withId(deliveryId: string): CarrierListEntry | undefined {
    return this.byId.get(deliveryId);
  }

  /** Tracking carriers whose canonical name is `canonicalName` (empty names never match). */
  named(canonicalName: string): readonly CarrierListEntry[] {
    return canonicalName === '' ? [] : (this.byName.get(canonicalName) ?? []);
  }

  /** Tracking carriers whose name stem is `stem` (empty stems never match). */
  stemmed(stem: string): readonly CarrierListEntry[] {
    return stem === '' ? [] : (this.byStem.get(stem) ?? []);
  }
}

function add(
  map: Map<string, CarrierListEntry[]>,
  key: string,
  entry: CarrierListEntry,
): void {
  if (key === '') return;
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
