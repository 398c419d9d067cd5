import { setTimeout as sleep } from 'node:timers/promises';
import { type ShipmentState } from 'nestjs-wechat-logistics';

export interface ShipmentWatchTiming {
  /** How often the shipment's record is read while it moves. */
  readonly everyMs: number;
  /** When to give up on a shipment that never finishes (its page shows the rest on reload). */
  readonly forMs: number;
}

/** Every 200 ms, for up to 15 minutes: long enough for the queue's retries (8 runs, the first a second apart, doubling). */
export const SHIPMENT_WATCH_TIMING: ShipmentWatchTiming = {
  everyMs: 200,
  forMs: 15 * 60_000,
};

interface Watched {
  /** The `ship` calls for this shipment still running on this instance. */
  readonly calls: Set<Promise<unknown>>;
  readonly done: Promise<void>;
}

const finished = (state: ShipmentState | undefined) =>
  state?.status === 'completed' || state?.status === 'failed';

/**
 * Follows a shipment's recorded state while it moves, so open tracking pages
 * see each step start and end. The library writes each step's record before
 * and after it runs but announces nothing, so the instance that took the
 * shipment reads the record (shared in Redis: the steps may run on another
 * instance's queue worker) until it is completed or failed and its `ship`
 * calls here have returned, and publishes each new state once. One watch per
 * shipment: a second call for it joins the first.
 */
export class ShipmentWatch {
  private readonly watched = new Map<string, Watched>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly publish: (state: ShipmentState) => void,
    private readonly timing: ShipmentWatchTiming = SHIPMENT_WATCH_TIMING,
  ) {}

  /** Shipments followed now, for tests of the join. */
  get size(): number {
    return this.watched.size;
  }

  /**
   * Follows the shipment at `key` (read by `read`) while `call` (its `ship`)
   * runs, and after it until the shipment finishes. Resolves when the watch
   * ends; never rejects (a failed read is tried again on the next tick).
   */
  follow(
    key: string,
    read: () => Promise<ShipmentState | undefined>,
    call: Promise<unknown>,
  ): Promise<void> {
    const existing = this.watched.get(key);
    if (existing) {
      this.track(existing.calls, call);
      return existing.done;
    }
    const calls = new Set<Promise<unknown>>();
    this.track(calls, call);
    const done = this.loop(read, calls).finally(() => this.watched.delete(key));
    this.watched.set(key, { calls, done });
    return done;
  }

  /** Ends every watch (the app is shutting down). */
  stop(): void {
    this.stopping.abort();
  }

  private track(calls: Set<Promise<unknown>>, call: Promise<unknown>): void {
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    calls.add(settled);
    void settled.then(() => calls.delete(settled));
  }

  private async loop(
    read: () => Promise<ShipmentState | undefined>,
    calls: Set<Promise<unknown>>,
  ): Promise<void> {
    const giveUpAt = Date.now() + this.timing.forMs;
    let shown = '';
    for (;;) {
      const callsRunning = calls.size > 0;
      const state = await read().catch(() => undefined);
      if (state) {
        const mark = `${state.status}|${state.updatedAt}`;
        if (mark !== shown) {
          shown = mark;
          this.publish(state);
        }
      }
      // Nothing recorded once the calls returned: refused before the first step (validation).
      if (!callsRunning && (finished(state) || !state)) return;
      if (this.stopping.signal.aborted || Date.now() > giveUpAt) return;
      // The next tick, or sooner when a call returns (its final state shows at once).
      await Promise.race([
        sleep(this.timing.everyMs, undefined, {
          signal: this.stopping.signal,
        }).catch(() => undefined),
        ...calls,
      ]);
    }
  }
}
