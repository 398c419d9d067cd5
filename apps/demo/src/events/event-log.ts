import { type ReceivedPathUpdate } from './received-path-update';

/** Most events kept per order and most orders kept: the demo's memory must not grow without bound. */
export const MAX_EVENTS_PER_ORDER = 100;
export const MAX_ORDERS = 10_000;

/** Where the demo keeps the path updates it received, per (app, order). */
export interface EventLog {
  append(key: string, event: ReceivedPathUpdate): Promise<void>;
  list(key: string): Promise<ReceivedPathUpdate[]>;
  /** Keys with events, the most recently updated first. */
  recentKeys(limit: number): Promise<string[]>;
}

/** One process's memory: what a single demo instance needs. */
export class MemoryEventLog implements EventLog {
  private readonly byOrder = new Map<string, ReceivedPathUpdate[]>();

  append(key: string, event: ReceivedPathUpdate): Promise<void> {
    const list = this.byOrder.get(key) ?? [];
    list.push(event);
    if (list.length > MAX_EVENTS_PER_ORDER) list.shift();
    this.byOrder.delete(key); // re-insert: the Map's order doubles as recency
    this.byOrder.set(key, list);
    if (this.byOrder.size > MAX_ORDERS)
      this.byOrder.delete(this.byOrder.keys().next().value as string);
    return Promise.resolve();
  }

  list(key: string): Promise<ReceivedPathUpdate[]> {
    return Promise.resolve([...(this.byOrder.get(key) ?? [])]);
  }

  recentKeys(limit: number): Promise<string[]> {
    return Promise.resolve([...this.byOrder.keys()].reverse().slice(0, limit));
  }
}
