import { type SeededOrder, type TrackNode } from '../state/emulated-order';

/** A waybill's track just grew: the moment WeChat pushes `add_express_path` (§7). */
export interface EmulatedPathUpdate {
  /** The order after the update: `path` ends with `node`, `version` already bumped. */
  readonly order: SeededOrder;
  readonly node: TrackNode;
}

export type EmulatedPathUpdateListener = (
  event: EmulatedPathUpdate,
) => void | Promise<void>;

/**
 * Observers of track updates (testUpdateOrder, or `orders.addTrack` standing
 * in for a carrier). A listener's failure must never change what the API
 * answered, so errors are kept for inspection instead of being thrown.
 */
export class PathUpdateNotifier {
  private readonly listeners = new Set<EmulatedPathUpdateListener>();
  private readonly inFlight = new Set<Promise<void>>();
  private failures: unknown[] = [];

  /** Registers a listener; the returned function unregisters it. */
  subscribe(listener: EmulatedPathUpdateListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Calls every listener now, after the state change and before the reply is sent. */
  notify(event: EmulatedPathUpdate): void {
    for (const listener of [...this.listeners]) {
      try {
        const result = listener(event);
        if (result instanceof Promise) this.track(result);
      } catch (error) {
        this.failures.push(error);
      }
    }
  }

  /** Resolves once every asynchronous listener started so far has finished. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.allSettled([...this.inFlight]);
    }
  }

  /** What listeners threw or rejected with, oldest first. */
  errors(): unknown[] {
    return [...this.failures];
  }

  /** Forgets recorded errors; listeners stay registered (they are wiring, not state). */
  clearErrors(): void {
    this.failures = [];
  }

  private track(promise: Promise<void>): void {
    const settled = promise
      .catch((error: unknown) => {
        this.failures.push(error);
      })
      .finally(() => this.inFlight.delete(settled));
    this.inFlight.add(settled);
  }
}
