import { type DemoRedisClient } from '../config/demo-redis';
import { type EventLog, MAX_EVENTS_PER_ORDER, MAX_ORDERS } from './event-log';
import { type ReceivedPathUpdate } from './received-path-update';

/** Received events are kept this long after an order's last one. */
const RETENTION_SECONDS = 7 * 24 * 3600;
const RECENT_KEY = 'wechat-logistics-demo:events-recent';

/**
 * The events in Redis (`REDIS_URL`), so every instance behind a load balancer
 * lists the same events whichever instance WeChat pushed to. A failed write
 * fails the handler, so the push is answered 500 and WeChat re-sends it.
 */
export class RedisEventLog implements EventLog {
  constructor(private readonly client: DemoRedisClient) {}

  async append(key: string, event: ReceivedPathUpdate): Promise<void> {
    const redisKey = this.redisKey(key);
    await this.client
      .multi()
      .rPush(redisKey, JSON.stringify(event))
      .lTrim(redisKey, -MAX_EVENTS_PER_ORDER, -1)
      .expire(redisKey, RETENTION_SECONDS)
      // The orders by their last event, for the tracking page; bounded like the memory log.
      .zAdd(RECENT_KEY, { score: Date.now(), value: key })
      .zRemRangeByRank(RECENT_KEY, 0, -MAX_ORDERS - 1)
      .exec();
  }

  recentKeys(limit: number): Promise<string[]> {
    return this.client.zRange(RECENT_KEY, 0, limit - 1, { REV: true });
  }

  async list(key: string): Promise<ReceivedPathUpdate[]> {
    const items = await this.client.lRange(this.redisKey(key), 0, -1);
    return items.map((item) => JSON.parse(item) as ReceivedPathUpdate);
  }

  private redisKey(key: string): string {
    return `wechat-logistics-demo:events:${key}`;
  }
}
