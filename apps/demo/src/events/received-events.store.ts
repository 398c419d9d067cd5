import { Injectable } from '@nestjs/common';
import {
  OnPathUpdate,
  type PathUpdateContext,
  type PathUpdateEvent,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import {
  type TrackedWaybill,
  toTrackedWaybill,
} from '../tracking/tracked-waybill';
import { TrackingFeed } from '../tracking/tracking-feed';
import { type EventLog, MemoryEventLog } from './event-log';
import { type ReceivedPathUpdate } from './received-path-update';
import { RedisEventLog } from './redis-event-log';

export { type ReceivedPathUpdate } from './received-path-update';

/**
 * The demo's `@OnPathUpdate()` handler: keeps what arrived, per app and
 * order, for `GET /logistics/orders/:orderId/events` — in Redis when
 * `REDIS_URL` is set (every instance lists the same events), else in memory.
 * A real app would update its own order records here (and throw if it
 * cannot, so WeChat re-sends the push). Idempotent, as a handler must be: a
 * push can run it twice (WeChat re-sends what it thinks failed).
 */
@Injectable()
export class ReceivedEventsStore {
  private readonly log: EventLog;

  constructor(
    private readonly logistics: WechatLogisticsService,
    private readonly feed: TrackingFeed,
    redis: DemoRedis,
  ) {
    this.log = redis.client
      ? new RedisEventLog(redis.client)
      : new MemoryEventLog();
  }

  @OnPathUpdate()
  async record(
    event: PathUpdateEvent,
    context: PathUpdateContext,
  ): Promise<void> {
    const received: ReceivedPathUpdate = {
      ...event,
      appId: context.appId,
      stale: context.stale,
      receivedAt: new Date().toISOString(),
    };
    // Order ids are the merchant's: two mini programs may both have an "O-1".
    const kept = await this.log.append(
      orderKey(context.appId, event.orderId),
      received,
    );
    // A late version is history: the page keeps showing the newer track. A
    // version already kept (the handler ran again) is neither listed nor shown twice.
    if (kept && !context.stale) this.feed.publish(toTrackedWaybill(received));
  }

  /** The tracking page's list: per waybill its newest track, most recently updated orders first. */
  async trackedWaybills(limit = 100): Promise<TrackedWaybill[]> {
    const keys = await this.log.recentKeys(limit);
    const lists = await Promise.all(keys.map((key) => this.log.list(key)));
    return lists.flatMap((events) => {
      const newest = new Map<string, ReceivedPathUpdate>();
      for (const event of events) {
        const waybill = `${event.deliveryId}|${event.waybillId}`;
        const seen = newest.get(waybill);
        if (!seen || event.version > seen.version) newest.set(waybill, event);
      }
      return [...newest.values()]
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .map(toTrackedWaybill);
    });
  }

  /** `appId` undefined: the default app's. */
  forOrder(orderId: string, appId?: string): Promise<ReceivedPathUpdate[]> {
    return this.log.list(
      orderKey(appId ?? this.logistics.defaultAppId, orderId),
    );
  }
}

function orderKey(appId: string | undefined, orderId: string): string {
  return `${appId ?? 'default'}:${orderId}`;
}
