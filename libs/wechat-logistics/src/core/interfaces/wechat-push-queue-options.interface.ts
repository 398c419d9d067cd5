/** Name the README's durable-delivery example registers the push queue under; any name works. */
export const WECHAT_PUSH_QUEUE = 'wechat-logistics-push';

/**
 * Durable push delivery (opt-in): a verified, decrypted path update is put on a
 * BullMQ queue before WeChat is answered `success`, and handlers run from the
 * queue with retries and exponential backoff. An event that exhausts its
 * attempts stays in the queue's failed set until the app replays it
 * (`WechatPushService.failedDeliveries()` / `replayFailedDeliveries()`).
 *
 * The app registers the queue with `@nestjs/bullmq` (its Redis connection,
 * prefix and telemetry are the app's): `BullModule.forRoot({ connection })`
 * and `BullModule.registerQueue({ name: WECHAT_PUSH_QUEUE })`.
 */
export interface WechatPushQueueOptions {
  /** The name the queue was registered under with `BullModule.registerQueue`. */
  queue: string;
  /**
   * Runs of the handlers per event before it moves to the failed set.
   * @default 8
   */
  attempts?: number;
  /**
   * Wait before the first retry, doubled for each further one (1 s, 2 s, 4 s, …).
   * @default 1000
   */
  backoffMs?: number;
  /**
   * Events this instance handles at once.
   * @default 4
   */
  concurrency?: number;
  /**
   * How long a job stays locked to its worker without a renewal: a worker that
   * dies mid-handler gives its event up to another instance after about this long.
   * @default 30000
   */
  lockDurationMs?: number;
  /**
   * Whether this instance runs handlers from the queue. `false` for instances
   * that only take WeChat's pushes in and leave the handling to others.
   * @default true
   */
  worker?: boolean;
  /**
   * Longest wait for the queue to take an event; past it WeChat gets 503 and re-sends.
   * @default 3000
   */
  enqueueTimeoutMs?: number;
}

/** Name the README's durable-shipments example registers the shipment queue under; any name works. */
export const WECHAT_SHIPMENT_QUEUE = 'wechat-logistics-shipments';

/**
 * Durable shipments (option `shipments`): the same fields as the push queue's,
 * for a queue of the shipments' own. `attempts`: runs of a shipment's
 * remaining steps before it is listed by `failedShipments()`; each run checks
 * WeChat before repeating a step that ran, so a retry never books a second
 * waybill or spends the payment's re-upload.
 */
export type WechatShipmentQueueOptions = WechatPushQueueOptions;
