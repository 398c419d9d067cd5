import { type EmulatedPushMessage } from './emulated-push-message';
import {
  type EmulatorPushFormat,
  type EmulatorPushMode,
} from './emulator-push-options';

/** One HTTP request of a push. A failed attempt has `error`, or a `status`/`body` that is not a success. */
export interface PushAttempt {
  /** Emulator clock, ms, when the request was sent. */
  readonly at: number;
  /** The query parameters sent (fresh `timestamp`, `nonce` and signatures per attempt). */
  readonly query: Readonly<Record<string, string>>;
  /** HTTP status of the reply; absent when none arrived. */
  readonly status?: number;
  /** The reply body (WeChat wants `success` or empty). */
  readonly body?: string;
  /**
   * The reply message's fields, opened when sealed, for events that require
   * one (`update_waybill_status`); absent for `success`, empty or unreadable replies.
   */
  readonly reply?: Readonly<Record<string, unknown>>;
  /** How such a reply was judged when it was not a readable `resultcode` 0 (`success` accepted, `resultcode 1`…). */
  readonly replyNote?: string;
  /** Connection error, `timeout: …` or `aborted: …`; absent when a reply arrived. */
  readonly error?: string;
  /** Wall time from sending to the reply (or the failure), ms. */
  readonly durationMs: number;
}

/** One pushed event (any family's) and every request made to deliver it. */
export interface PushDelivery {
  /** 1, 2, 3… in the order the pushes started. */
  readonly id: number;
  /** The mini program whose event it is: its push settings sent it. */
  readonly appId: string;
  /**
   * What the event is about: `add_express_path`'s order id, a shipping
   * event's `transaction_id`, or `''` for an app-wide notice.
   */
  readonly orderId: string;
  /** The push URL the event was sent to (without WeChat's query parameters). */
  readonly url: string;
  readonly mode: EmulatorPushMode;
  readonly format: EmulatorPushFormat;
  /** The event in WeChat's spelling (`Event` names it); every attempt carries this same event. */
  readonly event: EmulatedPushMessage;
  readonly attempts: readonly PushAttempt[];
  /**
   * True once an attempt got HTTP 2xx with `success` or an empty body (or,
   * for an event that requires a reply message, with one carrying `resultcode` 0).
   */
  readonly delivered: boolean;
  /** True while attempts (or the pause before a retry) are still to come. */
  readonly pending: boolean;
}

type DeliveryRecord = {
  -readonly [K in keyof PushDelivery]: PushDelivery[K];
} & { attempts: PushAttempt[] };

/**
 * Every push the emulator made, for every app, so tests can assert what WeChat would have
 * sent and how the developer server answered. `settled()` makes delivery
 * deterministic: await it instead of sleeping.
 */
export class PushLog {
  private entries: DeliveryRecord[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private nextId = 1;

  /** Snapshots of every delivery, oldest first. */
  all(): PushDelivery[] {
    return this.entries.map(snapshot);
  }

  /** Deliveries of one order, oldest first. */
  forOrder(orderId: string): PushDelivery[] {
    return this.all().filter((delivery) => delivery.orderId === orderId);
  }

  /** Deliveries of one event name (`add_express_path`, `trade_manage_order_settlement`…), oldest first. */
  forEvent(name: string): PushDelivery[] {
    return this.all().filter((delivery) => delivery.event.Event === name);
  }

  /** The most recent delivery. */
  last(): PushDelivery | undefined {
    const entry = this.entries[this.entries.length - 1];
    return entry && snapshot(entry);
  }

  /** Resolves once every push started so far, retries included, has finished. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.allSettled([...this.inFlight]);
    }
  }

  /** Forgets recorded deliveries. Pushes in flight still finish (and `settled()` still waits for them). */
  clear(): void {
    this.entries = [];
  }

  /**
   * Records a new delivery and runs `deliver` in the background, tracked by
   * `settled()`; used by the emulator. Resolves with the final snapshot.
   */
  start(
    init: Omit<PushDelivery, 'id' | 'attempts' | 'delivered' | 'pending'>,
    deliver: (record: DeliveryRecord) => Promise<void>,
  ): Promise<PushDelivery> {
    const record: DeliveryRecord = {
      ...init,
      id: this.nextId++,
      attempts: [],
      delivered: false,
      pending: true,
    };
    this.entries.push(record);
    const run = deliver(record)
      .catch((error: unknown) => {
        // The pusher records its own failures; this is the last line of defence.
        record.attempts.push({
          at: Date.now(),
          query: {},
          error: `internal: ${error instanceof Error ? error.message : String(error)}`,
          durationMs: 0,
        });
      })
      .finally(() => {
        record.pending = false;
        this.inFlight.delete(run);
      });
    this.inFlight.add(run);
    return run.then(() => snapshot(record));
  }
}

export type { DeliveryRecord as MutablePushDelivery };

function snapshot(record: DeliveryRecord): PushDelivery {
  return {
    ...record,
    event: structuredClone(record.event),
    attempts: record.attempts.map((attempt) => ({
      ...attempt,
      query: { ...attempt.query },
    })),
  };
}
