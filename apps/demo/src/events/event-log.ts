import { type ReceivedPathUpdate } from './received-path-update';

/** Most events kept per order and most orders kept: the demo's memory must not grow without bound. */
export const MAX_EVENTS_PER_ORDER = 100;
export const MAX_ORDERS = 10_000;

/** Where the demo keeps the path updates it received, per (app, order). */
export interface EventLog {
  /**
   * Keeps `event` unless the order's log already holds the same version of
   * the same waybill's track (a push WeChat re-sent, or a handler run twice):
   * the list shows each once. False when it was already there.
   */
  append(key: string, event: ReceivedPathUpdate): Promise<boolean>;
  list(key: string): Promise<ReceivedPathUpdate[]>;
  /** Keys with events, the most recently updated first. */
  recentKeys(limit: number): Promise<string[]>;
}

/** What makes two received pushes the same event (the app is in the log's key). */
export function sameEvent(
  a: Pick<ReceivedPathUpdate, 'deliveryId' | 'waybillId' | 'version'>,
  b: Pick<ReceivedPathUpdate, 'deliveryId' | 'waybillId' | 'version'>,
): boolean {
  return (
    a.deliveryId === b.deliveryId &&
    a.waybillId === b.waybillId &&
    a.version === b.version
  );
}

/** One process's memory: what a single demo instance needs; at most `maxOrders` orders of 100 events. */
export class MemoryEventLog implements EventLog {
  private readonly byOrder = new Map<string, ReceivedPathUpdate[]>();

  constructor(private readonly maxOrders = MAX_ORDERS) {}

  /** Orders held, for tests of the bound. */
  get size(): number {
    return this.byOrder.size;
  }

  append(key: string, event: ReceivedPathUpdate): Promise<boolean> {
    const list = this.byOrder.get(key) ?? [];
    if (list.some((seen) => sameEvent(seen, event)))
      return Promise.resolve(false);
    list.push(event);
    if (list.length > MAX_EVENTS_PER_ORDER) list.shift();
    this.byOrder.delete(key); // re-insert: the Map's order doubles as recency
    this.byOrder.set(key, list);
    if (this.byOrder.size > this.maxOrders)
      this.byOrder.delete(this.byOrder.keys().next().value as string);
    return Promise.resolve(true);
  }

  list(key: string): Promise<ReceivedPathUpdate[]> {
    return Promise.resolve([...(this.byOrder.get(key) ?? [])]);
  }

  recentKeys(limit: number): Promise<string[]> {
    return Promise.resolve([...this.byOrder.keys()].reverse().slice(0, limit));
  }
}
