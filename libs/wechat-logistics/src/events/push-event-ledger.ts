import { type SharedStore } from '../core/store/shared-store';
import { type PathUpdateEvent } from '../push/path-update-event';

/** No deadline of the caller's: each operation gets the store's timeout (`tokenStoreTimeoutMs`). */
const NO_DEADLINE = Number.POSITIVE_INFINITY;

/**
 * Remembers, in the same store as the access tokens (so it holds across
 * instances when that store is shared), which `(waybillId, version)` pairs
 * were processed and the newest version seen per waybill. WeChat re-sends a
 * push it thinks failed, and may deliver versions out of order.
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

  async wasProcessed(
    event: PathUpdateEvent,
    deadline = NO_DEADLINE,
  ): Promise<boolean> {
    return (await this.store.read(this.seenKey(event), deadline)) !== undefined;
  }

  async newestVersion(
    waybillId: string,
    deadline = NO_DEADLINE,
  ): Promise<number | undefined> {
    const value = await this.store.read<number>(
      this.newestKey(waybillId),
      deadline,
    );
    return typeof value === 'number' ? value : undefined;
  }

  /** Records a processed event; the newest version only ever moves forward. */
  async recordProcessed(event: PathUpdateEvent): Promise<void> {
    await this.store.write(this.seenKey(event), 1, this.ttlMs, NO_DEADLINE);
    const newest = await this.newestVersion(event.waybillId);
    if (newest === undefined || event.version > newest) {
      await this.store.write(
        this.newestKey(event.waybillId),
        event.version,
        this.ttlMs,
        NO_DEADLINE,
      );
    }
  }

  private seenKey(event: PathUpdateEvent): string {
    return `${this.namespace}:seen:${event.deliveryId}:${event.waybillId}:${event.version}`;
  }

  private newestKey(waybillId: string): string {
    return `${this.namespace}:newest:${waybillId}`;
  }
}
