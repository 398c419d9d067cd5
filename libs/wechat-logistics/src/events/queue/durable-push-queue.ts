import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { logFields } from '../../core/logging/log-fields';
import { InvalidWechatLogisticsOptionsError } from '../../core/options/invalid-options.error';
import {
  type ResolvedPushQueueOptions,
  type ResolvedWechatLogisticsOptions,
} from '../../core/options/resolved-options';
import { withDeadline } from '../../core/timing/deadline';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../../wechat-logistics.constants';
import {
  type AcceptedWechatEvent,
  definitionOf,
  type HandledWechatEvent,
} from '../accepted-wechat-event';
import { WechatEventDispatcher } from '../wechat-event-dispatcher';
import { type WechatTypedEventName } from '../wechat-event-map';
import { PushHandlerFailedError } from '../../core/errors/push-handler-failed.error';
import { WechatPushError } from '../../push/wechat-push.error';
import {
  type BullQueue,
  type BullWorker,
  type NestBullmqModule,
} from './bullmq-api';
import { requireBullmqPeer } from './bullmq-peer';
import { type FailedPushDelivery } from './failed-push-delivery';
import { listFailedJobs, replayFailedJobs } from './failed-push-jobs';
import { pushJobId } from './push-job-id';
import { startPushWorker } from './push-queue-worker';
import { jobNameOf, type PushJob } from './queued-push-job';

/** Completed jobs are kept a day (WeChat re-sends within minutes): a late copy then finds its job and adds nothing. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 100_000 };

/**
 * Durable delivery (`pushDelivery: { queue }`): puts accepted typed events on
 * the app's BullMQ queue and, on instances with `worker: true`, runs a BullMQ
 * worker that hands each job to the dispatcher. BullMQ retries a failed job
 * with exponential backoff, gives a job whose worker died to another worker
 * once its lock lapses, and keeps a job that exhausted its attempts in the
 * queue's failed set, from which `replay` takes it back.
 */
@Injectable()
export class DurablePushQueue
  implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger('WechatLogistics');
  private readonly options: ResolvedPushQueueOptions | undefined;
  private queue: BullQueue<AcceptedWechatEvent> | undefined;
  private worker: BullWorker | undefined;

  constructor(
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    options: ResolvedWechatLogisticsOptions,
    private readonly moduleRef: ModuleRef,
    private readonly dispatcher: WechatEventDispatcher,
  ) {
    this.options = options.pushQueue;
  }

  get enabled(): boolean {
    return this.options !== undefined;
  }

  /** Finds the queue the app registered with `BullModule.registerQueue` (every provider exists by now). */
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
        'pushDelivery.queue',
        `names no registered BullMQ queue ("${name}"); add BullModule.registerQueue({ name: '${name}' }) (after BullModule.forRoot) to the app`,
      );
    }
  }

  /** Starts this instance's worker once the app is wired: handlers are discovered by then. */
  onApplicationBootstrap(): void {
    if (!this.options?.worker || !this.queue) return;
    this.worker = startPushWorker(
      this.queue,
      this.options,
      (job) => this.process(job),
      this.logger,
    );
  }

  /**
   * Lets running handlers finish first: module-destroy hooks run before the
   * module closes its connections to WeChat (which handlers may call) and
   * before BullModule closes the queue's Redis connection.
   */
  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
  }

  /**
   * Puts the event on the queue unless `alreadyProcessed` says it was
   * handled; resolves once Redis holds it. A copy of an event already queued
   * (waiting, running, done or failed) adds nothing. Both steps share
   * `enqueueTimeoutMs`, cut to the push's answer `deadline` when that comes
   * first: a ledger that does not answer is skipped (the worker checks
   * again), a queue that does not answer is refused as `unavailable` (503:
   * WeChat re-sends).
   */
  async enqueue(
    accepted: AcceptedWechatEvent,
    alreadyProcessed: () => Promise<boolean>,
    answerDeadline = Number.POSITIVE_INFINITY,
  ): Promise<'queued' | 'duplicate'> {
    const { queue, options } = this.ready();
    const deadline = Math.min(
      Date.now() + options.enqueueTimeoutMs,
      answerDeadline,
    );
    const timeout = () =>
      new Error(`no answer within ${options.enqueueTimeoutMs} ms`);
    const processed = await withDeadline(
      alreadyProcessed(),
      deadline,
      timeout,
    ).catch(() => false);
    if (processed) return 'duplicate';
    try {
      await withDeadline(
        queue.add(jobNameOf(accepted), accepted, {
          jobId: pushJobId(accepted),
          attempts: options.attempts,
          backoff: { type: 'exponential', delay: options.backoffMs },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: false,
        }),
        deadline,
        timeout,
      );
      return 'queued';
    } catch (error) {
      this.refusedToQueue(queue.name, accepted, error);
      throw new WechatPushError(
        'unavailable',
        `the push queue did not take ${definitionOf(accepted).describe(accepted.event).subject}; WeChat will re-send it`,
        { cause: error },
      );
    }
  }

  /**
   * The one line for a refused push (the exception filter no longer logs
   * 503s): its keys at ERROR, since WeChat's re-sends may run out while the
   * queue is away, and the whole event at debug. The event holds the
   * buyer's openid and the track's text, which stay out of ERROR lines.
   */
  private refusedToQueue(
    queueName: string,
    accepted: AcceptedWechatEvent,
    error: unknown,
  ): void {
    const { event } = accepted;
    const about = definitionOf(accepted).describe(event);
    this.logger.error(
      `${about.title} could not be queued ${logFields({ queue: queueName, appId: accepted.appId, ...about.keys, error: error instanceof Error ? error.message : typeof error })}`,
    );
    this.logger.debug(
      `${about.title} that could not be queued ${logFields({ ...about.keys, event: JSON.stringify(event) })}`,
    );
  }

  /**
   * Events (of one typed name, or `'*'`: all) that exhausted their attempts,
   * oldest failure last, `limit` from `offset`.
   */
  failed(
    limit: number,
    offset: number,
    name: WechatTypedEventName | '*',
  ): Promise<FailedPushDelivery<'*'>[]> {
    return listFailedJobs(this.ready().queue, limit, offset, name);
  }

  /**
   * Moves failed events back to the queue with their attempts reset: `ids`,
   * or every failed event. Returns how many went back (ids not in the failed
   * set are skipped).
   */
  async replay(ids?: readonly string[]): Promise<number> {
    const { queue } = this.ready();
    const replayed = await replayFailedJobs(queue, ids);
    if (replayed > 0)
      this.logger.log(
        `Failed push events replayed ${logFields({ queue: queue.name, count: replayed })}`,
      );
    return replayed;
  }

  private async process(job: PushJob): Promise<HandledWechatEvent['status']> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const { push } = await this.dispatcher.pushOf(job.data.appId);
      return (await this.dispatcher.handleOnce(job.data, push, lastAttempt))
        .status;
    } catch (error) {
      // A handler's failure is logged by the dispatcher; anything else (a claim held elsewhere, the ledger down) here.
      // A claim held elsewhere or a store away is said once by whoever found it (it would be one line per job).
      if (!(error instanceof PushHandlerFailedError))
        this.logger[
          lastAttempt
            ? 'error'
            : error instanceof WechatPushError
              ? 'debug'
              : 'warn'
        ](
          `Queued ${definitionOf(job.data).describe(job.data.event).title.toLowerCase()} not handled ${logFields({ appId: job.data.appId, ...definitionOf(job.data).describe(job.data.event).keys, attempt: job.attemptsMade + 1, error: error instanceof Error ? error.message : typeof error })}`,
        );
      throw error;
    }
  }

  private ready(): {
    queue: BullQueue<AcceptedWechatEvent>;
    options: ResolvedPushQueueOptions;
  } {
    if (!this.options || !this.queue)
      throw new Error(
        'durable push delivery is not enabled (option pushDelivery: { queue })',
      );
    return { queue: this.queue, options: this.options };
  }
}
