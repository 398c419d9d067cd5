import { type ReceivedPathUpdate } from './received-path-update';

/** Most events kept per order and most orders kept: the demo's memory must not grow without bound. */
export const MAX_EVENTS_PER_ORDER = 100;
export const MAX_ORDERS = 10_000;

/**
 * The fields that tell one received event from another (the app is in the
 * log's key): a re-sent push has the same ones.
 */
export type EventIdentity<T> = (event: T) => Record<string, string | number>;

/** Path updates: the same version of the same waybill's track. */
export const pathUpdateIdentity: EventIdentity<ReceivedPathUpdate> = (
  event,
) => ({
  deliveryId: event.deliveryId,
  waybillId: event.waybillId,
  version: event.version,
});

/** Where the demo keeps the pushes it received, per key (app and order, or app and payment). */
export interface EventLog<T = ReceivedPathUpdate> {
  /**
   * Keeps `event` unless the key's log already holds the same event (a push
   * WeChat re-sent, or a handler run twice: its identity fields match): the
   * list shows each once. False when it was already there.
   */
  append(key: string, event: T): Promise<boolean>;
  list(key: string): Promise<T[]>;
  /** Keys with events, the most recently updated first. */
  recentKeys(limit: number): Promise<string[]>;
}

/** What makes two received pushes the same event, by their identity fields. */
export function sameEvent<T>(identity: EventIdentity<T>, a: T, b: T): boolean {
  const left = identity(a);
  const right = identity(b);
  return Object.keys(left).every(
    (field) => String(left[field]) === String(right[field]),
  );
}

/** One process's memory: what a single demo instance needs; at most `maxOrders` keys of 100 events. */
export class MemoryEventLog<T = ReceivedPathUpdate> implements EventLog<T> {
  private readonly byOrder = new Map<string, T[]>();

  constructor(
    private readonly maxOrders = MAX_ORDERS,
    private readonly identity: EventIdentity<T> = pathUpdateIdentity as EventIdentity<T>,
  ) {}

  /** Orders held, for tests of the bound. */
  get size(): number {
    return this.byOrder.size;
  }

  append(key: string, event: T): Promise<boolean> {
    const list = this.byOrder.get(key) ?? [];
    if (list.some((seen) => sameEvent(this.identity, seen, event)))
      return Promise.resolve(false);
    list.push(event);
    if (list.length > MAX_EVENTS_PER_ORDER) list.shift();
    this.byOrder.delete(key); // re-insert: the Map's order doubles as recency
    this.byOrder.set(key, list);
    if (this.byOrder.size > this.maxOrders)
      this.byOrder.delete(this.byOrder.keys().next().value as string);
    return Promise.resolve(true);
  }

  list(key: string): Promise<T[]> {
    return Promise.resolve([...(this.byOrder.get(key) ?? [])]);
  }

  recentKeys(limit: number): Promise<string[]> {
    return Promise.resolve([...this.byOrder.keys()].reverse().slice(0, limit));
  }
}
