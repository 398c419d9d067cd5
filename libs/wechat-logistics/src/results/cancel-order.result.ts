/** Result of `logistics.cancelOrder`: the carrier's own answer to the cancel. */
export interface CancelOrderResult {
  /** The carrier's result code; 0 when the carrier accepted the cancel. */
  deliveryResultcode: number;
  /** The carrier's message; empty on success. */
  deliveryResultmsg: string;
}
