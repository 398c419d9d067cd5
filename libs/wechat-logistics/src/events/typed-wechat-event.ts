/** A value of a dedupe key or a log field. */
export type EventKeyPart = string | number;

/** How logs and errors name one event: its keys, never its content (openids, addresses, text). */
export interface EventDescription {
  /** The API the event belongs to, for log lines: `logistics.onPathUpdate`, `shipping.trade_manage_order_settlement`. */
  readonly api: string;
  /** Starts a log line about the event: `Path update`, `Event trade_manage_order_settlement`. */
  readonly title: string;
  /** Starts a log line about its handlers: `Path-update handler`, `Handler of trade_manage_order_settlement`. */
  readonly handlerTitle: string;
  /** Names the event inside a sentence: `version 3 of waybill W1`. */
  readonly subject: string;
  /** Names the event after its API in a handler's failure: `order O1 waybill W1 version 3`. */
  readonly reference: string;
  /** Key fields for `logFields`. */
  readonly keys: Readonly<Record<string, EventKeyPart>>;
}

/**
 * One typed push event, as its family defines it: the wire-to-camelCase
 * mapping, the key that tells a re-send from a new event, and how logs name
 * it. The registry of typed events (wechat-event-map.ts) is a list of these.
 */
export interface TypedWechatEvent<Name extends string, Event> {
  readonly name: Name;
  /** The camelCase event from a push's raw fields; a `malformed` WechatPushError (400) when a field is missing or wrong. */
  map(fields: Record<string, unknown>): Event;
  /**
   * The parts (after the app) that identify the event: a re-send of it gives
   * the same parts, a new event different ones. Ledger, claim and queue job
   * are keyed by them.
   */
  dedupeKey(event: Event): readonly EventKeyPart[];
  describe(event: Event): EventDescription;
  /**
   * Events delivered as a sequence (a waybill's track versions): a late one
   * is flagged stale to its handlers. Absent: every event stands alone.
   */
  sequence?(event: Event): {
    readonly stream: string;
    readonly position: number;
  };
  /**
   * The reply message WeChat requires instead of `success` (its fields, sent
   * in the push's format), given the time now in Unix seconds.
   */
  reply?(event: Event, nowSeconds: number): Record<string, string | number>;
}
