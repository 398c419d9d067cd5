import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { logFields } from '../core/logging/log-fields';
import { InvalidWechatLogisticsOptionsError } from '../core/options/invalid-options.error';
import {
  type ResolvedPushQueueOptions,
  type ResolvedWechatLogisticsOptions,
} from '../core/options/resolved-options';
import { withDeadline } from '../core/timing/deadline';
import {
  type BullQueue,
  type BullWorker,
  type NestBullmqModule,
} from '../events/queue/bullmq-api';
import { requireBullmqPeer } from '../events/queue/bullmq-peer';
import { replayFailedJobs } from '../events/queue/failed-push-jobs';
import { startPushWorker } from '../events/queue/push-queue-worker';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../wechat-logistics.constants';
import { type FailedShipment } from './failed-shipment';
import {
  type QueuedShipment,
  type ShipmentJob,
  shipmentJobId,
} from './queued-shipment';
import { type PreparedShipment, ShipmentRunner } from './shipment-runner';

/** Completed jobs are kept a day; the record, not the job, is what answers a later `ship`. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 100_000 };
const JOB_NAME = 'shipment';

/**
 * Durable shipments (option `shipments: { queue }`): `ship(input, { wait:
 * false })` records the shipment and puts it on the app's BullMQ queue; on
 * instances with `worker: true` a worker runs it through the same runner
 * (claim, records, checks before any repeat). BullMQ retries a failed run
 * with exponential backoff and gives a job whose worker died to another once
 * its lock lapses; a job that exhausted its attempts stays in the failed set
 * until `replay`.
 */
@Injectable()
export class DurableShipmentQueue
  implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger('WechatLogistics');
  private readonly options: ResolvedPushQueueOptions | undefined;
  private queue: BullQueue<QueuedShipment> | undefined;
  private worker: BullWorker | undefined;

  constructor(
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    options: ResolvedWechatLogisticsOptions,
    private readonly moduleRef: ModuleRef,
    private readonly runner: ShipmentRunner,
  ) {
    this.options = options.shipmentQueue;
  }

  onModuleInit(): void {
    if (!this.options) return;
    const nestBullmq = requireBullmqPeer<NestBullmqModule>('@nestjs/bullmq');
    const name = this.options.queue;
    try {
      this.queue = this.moduleRef.get(nestBullmq.getQueueToken(name), {
        strict: false,
      });
    } catch {
      throw new InvalidWechatLogisticsOptionsError(
        'shipments.queue',
        `names no registered BullMQ queue ("${name}"); add BullModule.registerQueue({ name: '${name}' }) (after BullModule.forRoot) to the app`,
      );
    }
  }

  onApplicationBootstrap(): void {
    if (!this.options?.worker || !this.queue) return;
    this.worker = startPushWorker(
      this.queue,
      this.options,
      (job) => this.process(job),
      this.logger,
    );
  }

  /** Lets running shipments finish before the module closes its connections to WeChat. */
  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
  }

  /**
   * Puts the shipment on the queue (once per app and order: a copy adds
   * nothing; a shipment in the failed set goes back with its attempts reset).
   * Rejects when the queue does not take it within `enqueueTimeoutMs`.
   */
  async enqueue(prepared: PreparedShipment, input: unknown): Promise<void> {
    const { queue, options } = this.ready();
    const { appKey, appId, plan } = prepared;
    const id = shipmentJobId(appKey, plan.orderId);
    const data: QueuedShipment = {
      ...(appId === undefined ? {} : { appId }),
      appKey,
      orderId: plan.orderId,
      input,
    };
    await withDeadline(
      (async () => {
        await queue.add(JOB_NAME, data, {
          jobId: id,
          attempts: options.attempts,
          backoff: { type: 'exponential', delay: options.backoffMs },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: false,
        });
        await replayFailedJobs(queue, [id]); // a failed job of this id is not re-added by add()
      })(),
      Date.now() + options.enqueueTimeoutMs,
      () =>
        new Error(
          `the shipment queue did not take order ${plan.orderId} within ${options.enqueueTimeoutMs} ms`,
        ),
    );
  }

  /** Shipments whose runs all failed, oldest failure last, `limit` from `offset`; of one app when `appKey` is given. */
  async failed(
    limit: number,
    offset: number,
    appKey?: string,
  ): Promise<FailedShipment[]> {
    const jobs = await this.ready().queue.getFailed(0, -1);
    return jobs
      .filter((job) => appKey === undefined || job.data.appKey === appKey)
      .slice(offset, offset + limit)
      .map((job) => ({
        id: job.id ?? '',
        appId: job.data.appKey,
        orderId: job.data.orderId,
        attempts: job.attemptsMade,
        reason: job.failedReason ?? '',
        failedAt:
          job.finishedOn === undefined ? undefined : new Date(job.finishedOn),
      }));
  }

  /** Moves a failed shipment back to the queue with its attempts reset; whether it was in the failed set. */
  async replay(appKey: string, orderId: string): Promise<boolean> {
    const { queue } = this.ready();
    const replayed =
      (await replayFailedJobs(queue, [shipmentJobId(appKey, orderId)])) > 0;
    if (replayed)
      this.logger.log(
        `Failed shipment replayed ${logFields({ queue: queue.name, appId: appKey, orderId })}`,
      );
    return replayed;
  }

  get enabled(): boolean {
    return this.options !== undefined;
  }

  private async process(job: ShipmentJob): Promise<unknown> {
    const { appId, orderId, input } = job.data;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const prepared = await this.runner.prepare(appId, input);
      // Another run holds the order: this job is retried later (and then finds it done, or takes it over).
      return await this.runner.ship(prepared, false);
    } catch (error) {
      this.logger[lastAttempt ? 'error' : 'warn'](
        `Queued shipment not completed ${logFields({ appId: job.data.appKey, orderId, attempt: job.attemptsMade + 1, error: error instanceof Error ? error.message : typeof error })}`,
      );
      throw error;
    }
  }

  private ready(): {
    queue: BullQueue<QueuedShipment>;
    options: ResolvedPushQueueOptions;
  } {
    if (!this.options || !this.queue)
      throw new Error(
        'durable shipments are not enabled (option shipments: { queue })',
      );
    return { queue: this.queue, options: this.options };
  }
}
