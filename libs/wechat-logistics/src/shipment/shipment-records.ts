import { type SharedStore } from '../core/store/shared-store';
import { type ShipmentState } from './shipment-state';

/**
 * Kept long after the shipment: a late `ship` for the same order must find
 * its record rather than ship again. The app's store decides how long it
 * really keeps entries (a bounded memory store may drop old ones earlier;
 * give a cluster Redis).
 */
export const SHIPMENT_RECORD_TTL_MS = 90 * 24 * 3600 * 1000;

/** Where an app's shipment of one merchant order lives in the store. */
export function shipmentKey(appId: string, orderId: string): string {
  return `wechat-logistics:shipment:${encodeURIComponent(appId)}:${encodeURIComponent(orderId)}`;
}

/**
 * The shipment records in the module's store (the app's cache: Redis in a
 * cluster), through SharedStore, so each read and write is bounded by the
 * store timeout and a store that fails rejects the call instead of letting
 * it run unrecorded.
 */
export class ShipmentRecords {
  constructor(
    private readonly store: SharedStore,
    private readonly timeoutMs: number,
  ) {}

  read(appId: string, orderId: string): Promise<ShipmentState | undefined> {
    return this.store.read<ShipmentState>(
      shipmentKey(appId, orderId),
      Date.now() + this.timeoutMs,
    );
  }

  async write(state: ShipmentState): Promise<void> {
    await this.store.write(
      shipmentKey(state.appId, state.orderId),
      state,
      SHIPMENT_RECORD_TTL_MS,
      Date.now() + this.timeoutMs,
    );
  }
}
