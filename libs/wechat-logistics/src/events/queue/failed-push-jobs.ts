import { type AcceptedWechatEvent } from '../accepted-wechat-event';
import { type WechatTypedEventName } from '../wechat-event-map';
import { type BullJob, type BullQueue } from './bullmq-api';
import { type FailedPushDelivery } from './failed-push-delivery';
import { nameOf, type PushJob } from './queued-push-job';

/** Failed jobs are read this many at a time. */
const PAGE = 500;

/**
 * Events (of one typed name, or `'*'`: all) that exhausted their attempts,
 * oldest failure last, `limit` from `offset`.
 */
export async function listFailedJobs(
  queue: BullQueue<AcceptedWechatEvent>,
  limit: number,
  offset: number,
  name: WechatTypedEventName | '*',
): Promise<FailedPushDelivery<'*'>[]> {
  if (name === '*')
    return (await queue.getFailed(offset, offset + limit - 1)).map(
      toFailedDelivery,
    );
  const found: PushJob[] = [];
  let skip = offset;
  for (let start = 0; found.length < limit; start += PAGE) {
    const page = await queue.getFailed(start, start + PAGE - 1);
    for (const job of page) {
      if (nameOf(job.data) !== name || found.length === limit) continue;
      if (skip > 0) skip -= 1;
      else found.push(job);
    }
    if (page.length < PAGE) break;
  }
  return found.map(toFailedDelivery);
}

/**
 * Moves failed events back to the queue with their attempts reset: `ids`,
 * or every failed event. Returns how many went back (ids not in the failed
 * set are skipped).
 */
export async function replayFailedJobs<Data = AcceptedWechatEvent>(
  queue: BullQueue<Data>,
  ids?: readonly string[],
): Promise<number> {
  const jobs =
    ids === undefined
      ? await allFailed(queue)
      : await Promise.all(ids.map((id) => queue.getJob(id)));
  let replayed = 0;
  for (const job of jobs) {
    if (!job) continue;
    try {
      await job.retry('failed', {
        resetAttemptsMade: true,
        resetAttemptsStarted: true,
      });
      replayed += 1;
    } catch {
      // Not failed (any more): replayed already, or never failed.
    }
  }
  return replayed;
}

async function allFailed<Data>(
  queue: BullQueue<Data>,
): Promise<BullJob<Data>[]> {
  // A snapshot first: jobs that fail again while being replayed are not taken twice.
  const jobs: BullJob<Data>[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await queue.getFailed(start, start + PAGE - 1);
    jobs.push(...page);
    if (page.length < PAGE) return jobs;
  }
}

/** A job's name and event agree by construction: the union's member is the job's own. */
function toFailedDelivery(job: PushJob): FailedPushDelivery<'*'> {
  return {
    id: job.id ?? '',
    appId: job.data.appId,
    name: nameOf(job.data),
    event: job.data.event,
    attempts: job.attemptsMade,
    reason: job.failedReason ?? '',
    failedAt:
      job.finishedOn === undefined ? undefined : new Date(job.finishedOn),
  } as FailedPushDelivery<'*'>;
}
