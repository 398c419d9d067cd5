/**
 * Why `ship` could not go on, as a 409: `in-progress` — another caller (this
 * instance or another) is running the same order's shipment and did not
 * finish within the wait; `payment-shipped-otherwise` — the payment already
 * shows a different shipment, and replacing it would spend its one re-upload.
 */
export type ShipmentConflictReason =
  'in-progress' | 'payment-shipped-otherwise';

/** `ship` stopped without sending anything more; the message names the order and what to do. */
export class WechatShipmentConflictError extends Error {
  override readonly name = 'WechatShipmentConflictError';

  constructor(
    readonly orderId: string,
    readonly reason: ShipmentConflictReason,
    detail: string,
  ) {
    super(
      `The shipment of order ${JSON.stringify(orderId.slice(0, 64))} stopped: ${detail}.`,
    );
  }
}
