import { Injectable } from '@nestjs/common';
import {
  OnPathUpdate,
  type PathUpdateContext,
  type PathUpdateEvent,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import { type EventLog, MemoryEventLog } from './event-log';
import { type ReceivedPathUpdate } from './received-path-update';
import { RedisEventLog } from './redis-event-log';

export { type ReceivedPathUpdate } from './received-path-update';

/**
 * The demo's `@OnPathUpdate()` handler: keeps what arrived, per app and
 * order, for `GET /logistics/orders/:orderId/events` — in Redis when
 * `REDIS_URL` is set (every instance lists the same events), else in memory.
 * A real app would update its own order records here (and throw if it
 * cannot, so WeChat re-sends the push).
 */
@Injectable()
export class ReceivedEventsStore {
  private readonly log: EventLog;

  constructor(
    private readonly logistics: WechatLogisticsService,
    redis: DemoRedis,
  ) {
    this.log = redis.client
      ? new RedisEventLog(redis.client)
      : new MemoryEventLog();
  }

  @OnPathUpdate()
  record(event: PathUpdateEvent, context: PathUpdateContext): Promise<void> {
    // Order ids are the merchant's: two mini programs may both have an "O-1".
    return this.log.append(orderKey(context.appId, event.orderId), {
      ...event,
      appId: context.appId,
      stale: context.stale,
      receivedAt: new Date().toISOString(),
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
