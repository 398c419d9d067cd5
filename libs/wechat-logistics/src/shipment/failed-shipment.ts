/** A shipment whose queued runs all failed: kept until `replayShipment(orderId)`. */
export interface FailedShipment {
  /** The queue's job id (one per app and order). */
  readonly id: string;
  /** The mini program's AppID; `''` for a default app configured without one. */
  readonly appId: string;
  readonly orderId: string;
  /** Runs so far. */
  readonly attempts: number;
  /** The last run's error (the failed step's, as `shipment(orderId)` records it). */
  readonly reason: string;
  readonly failedAt: Date | undefined;
}
