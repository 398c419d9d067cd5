import { type Logger } from '@nestjs/common';
import { logFields } from '../../core/logging/log-fields';
import { type ResolvedPushQueueOptions } from '../../core/options/resolved-options';
import { type AcceptedWechatEvent } from '../accepted-wechat-event';
import {
  type BullJob,
  type BullmqModule,
  type BullQueue,
  type BullWorker,
} from './bullmq-api';
import { requireBullmqPeer } from './bullmq-peer';

const WORKER_ERROR_LOG_EVERY_MS = 30_000;

/**
 * This instance's BullMQ worker on the app's queue, running `process` for
 * each job: the push queue's, and the shipments' (same options, other data).
 */
export function startPushWorker<Data = AcceptedWechatEvent>(
  queue: BullQueue<Data>,
  options: ResolvedPushQueueOptions,
  process: (job: BullJob<Data>) => Promise<unknown>,
  logger: Logger,
): BullWorker {
  const { Worker } = requireBullmqPeer<BullmqModule>('bullmq');
  const { concurrency, lockDurationMs } = options;
  const worker = new Worker<Data>(queue.name, process, {
    connection: queue.opts.connection,
    prefix: queue.opts.prefix,
    concurrency,
    lockDuration: lockDurationMs,
    // Look for jobs whose worker died as often as a lock can lapse.
    stalledInterval: lockDurationMs,
  });
  // An EventEmitter without an 'error' listener would crash the app on a Redis hiccup. While
  // Redis is away BullMQ reports every reconnect attempt: one line per half minute says it all.
  let quietUntil = 0;
  let unreported = 0;
  worker.on('error', (error) => {
    if (Date.now() < quietUntil) {
      unreported += 1;
      return;
    }
    quietUntil = Date.now() + WORKER_ERROR_LOG_EVERY_MS;
    logger.warn(
      `Push queue worker error ${logFields({ queue: queue.name, error: error.name, cause: error.message, unreportedSinceLastLine: unreported > 0 ? unreported : undefined })}`,
    );
    unreported = 0;
  });
  return worker;
}
