import { Injectable } from '@nestjs/common';
import {
  OnWechatEvent,
  type WaybillStatusUpdateEvent,
  type WechatEventContext,
} from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import {
  type ReceivedLocalStatus,
  type TrackedLocalOrder,
  localStatusIdentity,
  toTrackedLocalOrder,
} from '../tracking/tracked-local-order';
import { TrackingFeed } from '../tracking/tracking-feed';
import { type EventLog, MAX_ORDERS, MemoryEventLog } from './event-log';
import { RedisEventLog } from './redis-event-log';

/**
 * The demo's 即时配送 push handler: keeps each order's update_waybill_status
 * pushes per (app, shop, order) — in Redis with `REDIS_URL`, else in memory,
 * bounded like the path updates — and shows the order on the tracking page,
 * live. Idempotent: a re-sent push is kept and shown once. The reply WeChat
 * requires (the echoed names, resultcode 0) is the library's, in the push's
 * own format and mode.
 */
@Injectable()
export class LocalOrdersStore {
  private readonly log: EventLog<ReceivedLocalStatus>;

  constructor(
    private readonly feed: TrackingFeed,
    redis: DemoRedis,
  ) {
    this.log = redis.client
      ? new RedisEventLog(
          redis.client,
          MAX_ORDERS,
          {
            prefix: 'wechat-logistics-demo:local-orders:',
            recentKey: 'wechat-logistics-demo:local-orders-recent',
          },
          localStatusIdentity,
        )
      : new MemoryEventLog(MAX_ORDERS, localStatusIdentity);
  }

  @OnWechatEvent('update_waybill_status')
  async record(
    event: WaybillStatusUpdateEvent,
    context: WechatEventContext,
  ): Promise<void> {
    // Two carrier accounts (or two mini programs) may reuse an order id.
    const key = orderKey(context.appId, event.shopId, event.shopOrderId);
    const kept = await this.log.append(key, {
      ...event,
      appId: context.appId,
      receivedAt: new Date().toISOString(),
    });
    if (kept)
      this.feed.publishLocalOrder(
        toTrackedLocalOrder(await this.log.list(key)),
      );
  }

  /** The tracking page's list: the most recently moved orders first. */
  async trackedLocalOrders(limit = 100): Promise<TrackedLocalOrder[]> {
    const keys = await this.log.recentKeys(limit);
    const lists = await Promise.all(keys.map((key) => this.log.list(key)));
    return lists
      .filter((pushes) => pushes.length > 0)
      .map((pushes) => toTrackedLocalOrder(pushes));
  }
}

function orderKey(
  appId: string | undefined,
  shopId: string,
  shopOrderId: string,
): string {
  // JSON: a shopid holding ':' cannot make two orders share a key.
  return JSON.stringify([appId ?? 'default', shopId, shopOrderId]);
}
