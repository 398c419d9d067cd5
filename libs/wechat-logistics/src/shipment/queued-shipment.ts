import { type BullJob } from '../events/queue/bullmq-api';

/** What a shipment job carries: whose it is and the caller's input (validated again when it runs). */
export interface QueuedShipment {
  /** The app `forApp` named; absent for the default app. */
  readonly appId?: string;
  /** The record's app key (the AppID, or '' for a default app without one). */
  readonly appKey: string;
  readonly orderId: string;
  readonly input: unknown;
}

export type ShipmentJob = BullJob<QueuedShipment>;

/** One job id per app and order, so a shipment is queued once whoever asks; `:` is refused by BullMQ in ids, hence the encoding. */
export function shipmentJobId(appKey: string, orderId: string): string {
  return [appKey, orderId].map(encodeURIComponent).join('|');
}
