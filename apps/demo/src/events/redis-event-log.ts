import { type DemoRedisClient } from '../config/demo-redis';
import { type EventLog, MAX_EVENTS_PER_ORDER, MAX_ORDERS } from './event-log';
import { type ReceivedPathUpdate } from './received-path-update';

/** Received events are kept this long after an order's last one. */
const RETENTION_SECONDS = 7 * 24 * 3600;
const PREFIX = 'wechat-logistics-demo:events:';
const RECENT_KEY = 'wechat-logistics-demo:events-recent';

/**
 * One append, atomic across instances: skipped when the order's list already
 * holds this version of this waybill's track (a re-sent push or a second run
 * of the handler); else pushed, the list trimmed to its last events, the
 * order moved to the front of the recent index, and the orders falling off
 * that index deleted with it, so the lists are as bounded as the index is.
 * Both keys expire after the retention period.
 *
 * KEYS: the order's list, the recent index.
 * ARGV: event JSON, deliveryId, waybillId, version, events per order,
 * retention (s), now (ms), the order's key, orders kept, the list prefix.
 */
const APPEND_SCRIPT = `
for _, item in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  local seen = cjson.decode(item)
  if seen.deliveryId == ARGV[2] and seen.waybillId == ARGV[3]
    and tostring(seen.version) == ARGV[4] then return 0 end
end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[5]), -1)
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('ZADD', KEYS[2], ARGV[7], ARGV[8])
redis.call('EXPIRE', KEYS[2], ARGV[6])
local evicted = redis.call('ZRANGE', KEYS[2], 0, -tonumber(ARGV[9]) - 1)
for _, member in ipairs(evicted) do redis.call('DEL', ARGV[10] .. member) end
if #evicted > 0 then redis.call('ZREMRANGEBYRANK', KEYS[2], 0, #evicted - 1) end
return 1
`;

/**
 * The events in Redis (`REDIS_URL`), so every instance behind a load balancer
 * lists the same events whichever instance WeChat pushed to. A failed write
 * fails the handler, so the push is answered 500 and WeChat re-sends it.
 * At most `maxOrders` orders' lists exist at once, each of at most 100 events.
 */
export class RedisEventLog implements EventLog {
  constructor(
    private readonly client: Pick<
      DemoRedisClient,
      'sendCommand' | 'zRange' | 'lRange'
    >,
    private readonly maxOrders = MAX_ORDERS,
  ) {}

  async append(key: string, event: ReceivedPathUpdate): Promise<boolean> {
    const kept = await this.client.sendCommand([
      'EVAL',
      APPEND_SCRIPT,
      '2',
      PREFIX + key,
      RECENT_KEY,
      JSON.stringify(event),
      event.deliveryId,
      event.waybillId,
      String(event.version),
      String(MAX_EVENTS_PER_ORDER),
      String(RETENTION_SECONDS),
      String(Date.now()),
      key,
      String(this.maxOrders),
      PREFIX,
    ]);
    return Number(kept) === 1;
  }

  recentKeys(limit: number): Promise<string[]> {
    return this.client.zRange(RECENT_KEY, 0, limit - 1, { REV: true });
  }

  async list(key: string): Promise<ReceivedPathUpdate[]> {
    const items = await this.client.lRange(PREFIX + key, 0, -1);
    return items.map((item) => JSON.parse(item) as ReceivedPathUpdate);
  }
}
