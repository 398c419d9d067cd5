import { type DemoRedisClient } from '../config/demo-redis';
import {
  type EventIdentity,
  type EventLog,
  MAX_EVENTS_PER_ORDER,
  MAX_ORDERS,
  pathUpdateIdentity,
} from './event-log';
import { type ReceivedPathUpdate } from './received-path-update';

/** Received events are kept this long after an order's last one. */
const RETENTION_SECONDS = 7 * 24 * 3600;
/** Where a log's lists and its recent index live: each kind of event has its own. */
export interface RedisEventLogKeys {
  readonly prefix: string;
  readonly recentKey: string;
}

/** The path updates' keys, as they always were. */
const PATH_UPDATE_KEYS: RedisEventLogKeys = {
  prefix: 'wechat-logistics-demo:events:',
  recentKey: 'wechat-logistics-demo:events-recent',
};

/**
 * One append, atomic across instances: skipped when the key's list already
 * holds an event with the same identity fields (a re-sent push or a second
 * run of the handler); else pushed, the list trimmed to its last events, the
 * order moved to the front of the recent index, and the orders falling off
 * that index deleted with it, so the lists are as bounded as the index is.
 * Both keys expire after the retention period.
 *
 * KEYS: the order's list, the recent index.
 * ARGV: event JSON, identity fields JSON (values as strings), events per order,
 * retention (s), now (ms), the order's key, orders kept, the list prefix.
 */
const APPEND_SCRIPT = `
local identity = cjson.decode(ARGV[2])
for _, item in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  local seen = cjson.decode(item)
  local same = true
  for field, value in pairs(identity) do
    if tostring(seen[field]) ~= value then same = false end
  end
  if same then return 0 end
end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[3]), -1)
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[6])
redis.call('EXPIRE', KEYS[2], ARGV[4])
local evicted = redis.call('ZRANGE', KEYS[2], 0, -tonumber(ARGV[7]) - 1)
for _, member in ipairs(evicted) do redis.call('DEL', ARGV[8] .. member) end
if #evicted > 0 then redis.call('ZREMRANGEBYRANK', KEYS[2], 0, #evicted - 1) end
return 1
`;

/**
 * The events in Redis (`REDIS_URL`), so every instance behind a load balancer
 * lists the same events whichever instance WeChat pushed to. A failed write
 * fails the handler, so the push is answered 500 and WeChat re-sends it.
 * At most `maxOrders` orders' lists exist at once, each of at most 100 events.
 */
export class RedisEventLog<T = ReceivedPathUpdate> implements EventLog<T> {
  constructor(
    private readonly client: Pick<
      DemoRedisClient,
      'sendCommand' | 'zRange' | 'lRange'
    >,
    private readonly maxOrders = MAX_ORDERS,
    private readonly keys: RedisEventLogKeys = PATH_UPDATE_KEYS,
    private readonly identity: EventIdentity<T> = pathUpdateIdentity as EventIdentity<T>,
  ) {}

  async append(key: string, event: T): Promise<boolean> {
    const identity = Object.fromEntries(
      Object.entries(this.identity(event)).map(([f, v]) => [f, String(v)]),
    );
    const kept = await this.client.sendCommand([
      'EVAL',
      APPEND_SCRIPT,
      '2',
      this.keys.prefix + key,
      this.keys.recentKey,
      JSON.stringify(event),
      JSON.stringify(identity),
      String(MAX_EVENTS_PER_ORDER),
      String(RETENTION_SECONDS),
      String(Date.now()),
      key,
      String(this.maxOrders),
      this.keys.prefix,
    ]);
    return Number(kept) === 1;
  }

  recentKeys(limit: number): Promise<string[]> {
    return this.client.zRange(this.keys.recentKey, 0, limit - 1, {
      REV: true,
    });
  }

  async list(key: string): Promise<T[]> {
    const items = await this.client.lRange(this.keys.prefix + key, 0, -1);
    return items.map((item) => JSON.parse(item) as T);
  }
}
