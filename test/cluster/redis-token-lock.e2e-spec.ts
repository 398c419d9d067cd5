import { randomUUID } from 'node:crypto';
import { RedisTokenLock } from 'nestjs-wechat-logistics';
import {
  type DemoRedisClient,
  createDemoRedisClient,
} from '../../apps/demo/src/config/demo-redis';
import { freePort } from './support/free-port';
import { describeWithRedis, testRedis } from './support/redis-server';

describeWithRedis('RedisTokenLock on a real redis-server', () => {
  let redis: Awaited<ReturnType<typeof testRedis>>;
  let client: DemoRedisClient;
  let prefix: string;
  let lock: RedisTokenLock;

  beforeAll(async () => {
    redis = await testRedis();
    client = createDemoRedisClient(redis.url);
    await client.connect();
  });
  afterAll(async () => {
    client?.destroy();
    await redis?.stop();
  });
  beforeEach(() => {
    prefix = `lock-test-${randomUUID()}:`;
    lock = new RedisTokenLock(client, { keyPrefix: prefix }); // a node-redis client, as is
  });

  it('takes the lock with SET NX PX: one owner at a time, the key expiring by itself', async () => {
    const owner = await lock.tryAcquire('token', 10_000);
    expect(owner).toEqual(expect.any(String));
    expect(await lock.tryAcquire('token', 10_000)).toBeUndefined();
    expect(await client.get(`${prefix}token`)).toBe(owner);
    const ttl = await client.pTTL(`${prefix}token`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10_000);
  });

  it('renews a lease only for its owner (extend: compare-and-PEXPIRE)', async () => {
    const owner = (await lock.tryAcquire('token', 200)) as string;
    expect(await lock.extend('token', 'somebody-else', 10_000)).toBe(false);
    expect(await client.pTTL(`${prefix}token`)).toBeLessThanOrEqual(200);
    expect(await lock.extend('token', owner, 10_000)).toBe(true);
    expect(await client.pTTL(`${prefix}token`)).toBeGreaterThan(5_000);
    await lock.release('token', owner);
    expect(await lock.extend('token', owner, 10_000)).toBe(false);
  });

  it('is freed only by its owner (Lua compare-and-delete)', async () => {
    const owner = (await lock.tryAcquire('token', 10_000)) as string;
    expect(await lock.release('token', 'not-the-owner')).toBe(false);
    expect(await client.get(`${prefix}token`)).toBe(owner);
    expect(await lock.release('token', owner)).toBe(true);
    expect(await client.exists(`${prefix}token`)).toBe(0);
    expect(await lock.release('token', owner)).toBe(false);
  });

  it('expires, and a holder whose lock expired cannot free its successor', async () => {
    const first = (await lock.tryAcquire('token', 100)) as string;
    await new Promise((resolve) => setTimeout(resolve, 250));
    const second = await lock.tryAcquire('token', 10_000);
    expect(second).toEqual(expect.any(String));
    expect(await lock.release('token', first)).toBe(false);
    expect(await client.get(`${prefix}token`)).toBe(second);
  });

  it('gives exactly one of many concurrent contenders the lock, across clients', async () => {
    const others = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const other = createDemoRedisClient(redis.url);
        await other.connect();
        return other;
      }),
    );
    try {
      const locks = [client, ...others].map(
        (c) => new RedisTokenLock(c, { keyPrefix: prefix }),
      );
      const owners = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          locks[i % locks.length].tryAcquire('token', 10_000),
        ),
      );
      expect(owners.filter((owner) => owner !== undefined)).toHaveLength(1);
    } finally {
      others.forEach((other) => other.destroy());
    }
  });

  it('keeps keys of different prefixes apart', async () => {
    const other = new RedisTokenLock(client, { keyPrefix: `${prefix}other:` });
    expect(await lock.tryAcquire('token', 10_000)).toEqual(expect.any(String));
    expect(await other.tryAcquire('token', 10_000)).toEqual(expect.any(String));
  });

  it('rejects at once while Redis is unreachable, so the module can fall back instead of waiting', async () => {
    const nowhere = createDemoRedisClient(
      `redis://127.0.0.1:${await freePort()}`,
    );
    nowhere.connect().catch(() => undefined);
    try {
      const startedAt = Date.now();
      await expect(
        new RedisTokenLock(nowhere).tryAcquire('token', 1000),
      ).rejects.toThrow();
      expect(Date.now() - startedAt).toBeLessThan(1000);
    } finally {
      nowhere.destroy();
    }
  });
});
