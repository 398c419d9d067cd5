import { type CacheModuleOptions } from '@nestjs/cache-manager';
import KeyvRedis, { Keyv } from '@keyv/redis';
import { type DemoRedis, type DemoRedisClient } from './demo-redis';

/** Keys of the demo in a shared Redis start with `wechat-logistics-demo::`. */
export const DEMO_CACHE_NAMESPACE = 'wechat-logistics-demo';

/** In memory for one process; with `REDIS_URL`, a Keyv Redis store every instance shares. */
export function cacheOptionsFactory(redis: DemoRedis): CacheModuleOptions {
  return redis.client
    ? { stores: [createKeyvRedisStore(redis.client, DEMO_CACHE_NAMESPACE)] }
    : {};
}

/** Keyv on Redis, keys under `namespace::`, its errors passed on (the library falls back and logs once) rather than read as misses. */
export function createKeyvRedisStore(
  client: DemoRedisClient,
  namespace: string,
): Keyv {
  const store = new KeyvRedis(client, {
    namespace,
    throwOnErrors: true,
    connectionTimeout: 1000,
  });
  return new Keyv({
    store,
    namespace,
    useKeyPrefix: false,
    throwOnErrors: true,
  });
}
