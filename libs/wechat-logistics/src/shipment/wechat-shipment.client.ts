import { type ShipOrderInput } from './dto/ship-order.dto';
import { type DurableShipmentQueue } from './durable-shipment-queue';
import { type FailedShipment } from './failed-shipment';
import { type ShipmentRunner } from './shipment-runner';
import { type ShipmentResult, type ShipmentState } from './shipment-state';

/** `ship`'s second argument. */
export interface ShipOptions {
  /**
   * `false`: resolve once the shipment is recorded (`status: 'queued'`) and
   * let the queue's worker run it (needs the module's `shipments` option).
   * @default true (run now, resolve with the result)
   */
  wait?: boolean;
}

/**
 * Shipping an order (DESIGN.md "Shipping an order") for one mini program:
 * the waybill, the shipping info that releases the payment, tracking for the
 * buyer — exactly once per (app, merchant order id), recorded step by step.
 * `WechatShipmentService` is the default app's; `forApp(appId)` gives another's.
 */
export class WechatShipmentClient {
  constructor(
    private readonly runner: ShipmentRunner,
    private readonly queue: DurableShipmentQueue,
    /** The app `forApp` named; undefined for the default app. */
    private readonly appId: string | undefined,
  ) {}

  /**
   * Ships the order: validates the whole input (`WechatValidationError`, 400)
   * and maps the carrier (`WechatCarrierNotMappedError`) before anything is
   * sent; then books the waybill (addOrder, reconciled), uploads the shipping
   * info with the mapped carrier code, and registers tracking when asked,
   * each recorded before and after it runs.
   *
   * Idempotent per (app, orderId): calling it again after completion answers
   * the record without calling WeChat; after a crash or a failure it finishes
   * what is missing, checking WeChat before repeating any step that ran (no
   * second waybill, no second upload, so the payment's one re-upload stays
   * unspent). Concurrent calls for one order — here or on another instance
   * sharing the claim store — share one run: the others wait for its record
   * (and take over if its process died); past the wait they get
   * `WechatShipmentConflictError` (409). A step's failure is recorded and is
   * this call's rejection (the step's own error; an upload whose outcome is
   * unknown keeps its advice).
   *
   * `{ wait: false }` (with the `shipments` queue option): resolves with the
   * record once it is queued; the queue's worker runs it with retries.
   */
  ship(
    input: ShipOrderInput,
    options?: { wait?: true },
  ): Promise<ShipmentResult>;
  ship(input: ShipOrderInput, options: { wait: false }): Promise<ShipmentState>;
  ship(
    input: ShipOrderInput,
    options?: ShipOptions,
  ): Promise<ShipmentResult | ShipmentState>;
  async ship(
    input: ShipOrderInput,
    options: ShipOptions = {},
  ): Promise<ShipmentResult | ShipmentState> {
    // Checked first: a caller asking for the queue must not get a shipment run inline instead.
    if (options.wait === false && !this.queue.enabled)
      throw new Error(
        "ship(input, { wait: false }) needs durable shipments: the module's shipments: { queue } option",
      );
    const prepared = await this.runner.prepare(this.appId, input);
    if (options.wait !== false) return this.runner.ship(prepared);
    const recorded = await this.runner.recordQueued(prepared);
    if (recorded.status === 'completed') return recorded;
    await this.queue.enqueue(prepared, input);
    return recorded;
  }

  /** The order's shipment as recorded (each step's state), or undefined when it was never shipped here. */
  shipment(orderId: string): Promise<ShipmentState | undefined> {
    return this.runner.records.read(this.runner.appKey(this.appId), orderId);
  }

  /** Queued shipments whose runs all failed (this app's), `limit` from `offset`. Needs the `shipments` option. */
  failedShipments(limit = 100, offset = 0): Promise<FailedShipment[]> {
    return this.queue.failed(limit, offset, this.runner.appKey(this.appId));
  }

  /**
   * Puts a failed shipment back on the queue with its attempts reset; its
   * run checks WeChat before repeating any step. Resolves whether it was in
   * the failed set.
   */
  async replayShipment(orderId: string): Promise<boolean> {
    const appKey = this.runner.appKey(this.appId);
    const replayed = await this.queue.replay(appKey, orderId);
    if (replayed) {
      const recorded = await this.runner.records.read(appKey, orderId);
      if (recorded && recorded.status === 'failed')
        await this.runner.records.write({
          ...recorded,
          status: 'queued',
          updatedAt: new Date().toISOString(),
        });
    }
    return replayed;
  }
}
