import { type SharedStore } from '../core/store/shared-store';

/** No deadline of the caller's: each operation gets the store's timeout (`tokenStoreTimeoutMs`). */
const NO_DEADLINE = Number.POSITIVE_INFINITY;

/** Where an event stands in a sequence (a waybill's track versions). */
export interface EventSequencePosition {
  readonly stream: string;
  readonly position: number;
}

/**
 * Remembers, in the same store as the access tokens (so it holds across
 * instances when that store is shared), which events were processed (by
 * their dedupe key: a path update's `deliveryId:waybillId:version`, another
 * typed event's name and keys) and the newest position seen per sequence
 * (a waybill's newest version). WeChat re-sends a push it thinks failed, and
 * may deliver versions out of order.
 *
 * Through {@link SharedStore}: every operation is bounded by the store's
 * timeout, fails at once while the store is down, and a Redis outage is
 * noticed and logged once for tokens and ledger alike. A failure rejects
 * (`TokenStoreUnavailableError`); what it means for a push is the caller's call.
 * `deadline` (epoch ms) bounds an operation further: a push's answer budget.
 */
export class PushEventLedger {
  constructor(
    private readonly store: SharedStore,
    private readonly namespace: string,
    private readonly ttlMs: number,
  ) {}

  async wasProcessed(key: string, deadline = NO_DEADLINE): Promise<boolean> {
    return (await this.store.read(this.seenKey(key), deadline)) !== undefined;
  }

  async newestPosition(
    stream: string,
    deadline = NO_DEADLINE,
  ): Promise<number | undefined> {
    const value = await this.store.read<number>(
      this.newestKey(stream),
      deadline,
    );
    return typeof value === 'number' ? value : undefined;
  }

  /** Records a processed event; a sequence's newest position only ever moves forward. */
  async recordProcessed(
    key: string,
    sequence?: EventSequencePosition,
  ): Promise<void> {
    await this.store.write(this.seenKey(key), 1, this.ttlMs, NO_DEADLINE);
    if (!sequence) return;
    const newest = await this.newestPosition(sequence.stream);
    if (newest === undefined || sequence.position > newest) {
      await this.store.write(
        this.newestKey(sequence.stream),
        sequence.position,
        this.ttlMs,
        NO_DEADLINE,
      );
    }
  }

  private seenKey(key: string): string {
    return `${this.namespace}:seen:${key}`;
  }

  private newestKey(stream: string): string {
    return `${this.namespace}:newest:${stream}`;
  }
}
