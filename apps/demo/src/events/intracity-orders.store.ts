import { Injectable } from '@nestjs/common';
import { type IntracityCallbackOutcome } from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import {
  type ReceivedIntracityStatus,
  type TrackedIntracityOrder,
  intracityStatusIdentity,
  receivedIntracityStatus,
  toTrackedIntracityOrder,
} from '../tracking/tracked-intracity-order';
import { TrackingFeed } from '../tracking/tracking-feed';
import { type EventLog, MAX_ORDERS, MemoryEventLog } from './event-log';
import { RedisEventLog } from './redis-event-log';

/**
 * The 同城配送 status callbacks the demo believed, per (app, order) — in
 * Redis with `REDIS_URL`, else in memory, bounded like the other logs — and
 * each order shown on the tracking page, live. Idempotent: a callback WeChat
 * re-sends is kept and shown once.
 */
@Injectable()
export class IntracityOrdersStore {
  private readonly log: EventLog<ReceivedIntracityStatus>;

  constructor(
    private readonly feed: TrackingFeed,
    redis: DemoRedis,
  ) {
    this.log = redis.client
      ? new RedisEventLog(
          redis.client,
          MAX_ORDERS,
          {
            prefix: 'wechat-logistics-demo:intracity-orders:',
            recentKey: 'wechat-logistics-demo:intracity-orders-recent',
          },
          intracityStatusIdentity,
        )
      : new MemoryEventLog(MAX_ORDERS, intracityStatusIdentity);
  }

  /** Keeps a believed callback; true when it was new (and so shown). */
  async record(outcome: IntracityCallbackOutcome): Promise<boolean> {
    const status = receivedIntracityStatus(outcome);
    // JSON: an id holding ':' cannot make two orders share a key.
    const key = JSON.stringify([status.appId, status.wxOrderId]);
    const kept = await this.log.append(key, status);
    if (kept)
      this.feed.publishIntracityOrder(
        toTrackedIntracityOrder(await this.log.list(key)),
      );
    return kept;
  }

  /** The tracking page's list: the most recently moved orders first. */
  async trackedIntracityOrders(limit = 100): Promise<TrackedIntracityOrder[]> {
    const keys = await this.log.recentKeys(limit);
    const lists = await Promise.all(keys.map((key) => this.log.list(key)));
    return lists
      .filter((statuses) => statuses.length > 0)
      .map((statuses) => toTrackedIntracityOrder(statuses));
  }
}
