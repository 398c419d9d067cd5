import { type Cache } from 'cache-manager';
import { type PathUpdateEvent } from './path-update-event';

/**
 * Remembers, in the same cache store as the access tokens (so it holds across
 * instances when that store is shared), which `(waybillId, version)` pairs were
 * processed and the newest version seen per waybill. WeChat re-sends a push it
 * thinks failed, and may deliver versions out of order.
 */
export class PushEventLedger {
  constructor(
    private readonly cache: Cache,
    private readonly namespace: string,
    private readonly ttlMs: number,
  ) {}

  async wasProcessed(event: PathUpdateEvent): Promise<boolean> {
    return (await this.cache.get(this.seenKey(event))) !== undefined;
  }

  async newestVersion(waybillId: string): Promise<number | undefined> {
    const value = await this.cache.get<number>(this.newestKey(waybillId));
    return typeof value === 'number' ? value : undefined;
  }

  /** Records a processed event; the newest version only ever moves forward. */
  async recordProcessed(event: PathUpdateEvent): Promise<void> {
    await this.cache.set(this.seenKey(event), 1, this.ttlMs);
    const newest = await this.newestVersion(event.waybillId);
    if (newest === undefined || event.version > newest) {
      await this.cache.set(
        this.newestKey(event.waybillId),
        event.version,
        this.ttlMs,
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
