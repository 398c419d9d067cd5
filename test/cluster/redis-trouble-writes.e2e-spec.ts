import { createClient } from '@redis/client';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type BuiltDemo, buildDemo } from './support/build-demo';
import { DemoProcess } from './support/demo-process';
import { RedisServer, describeWithRedis } from './support/redis-server';
import { waitFor } from './support/wait';

/** How long Redis refuses writes, probed and called meanwhile. */
const REFUSAL_MS = 10_000;
const PROBES = 20;
/** Every line the store logs about its state (outages of reads or writes, and their ends). */
const STORE_STATE = /Shared token store/;
const WRITES_REFUSED = /Shared token store refuses writes/;
const WRITES_BACK = /Shared token store accepts writes again/;

/**
 * Redis answers reads but refuses writes: full, with `maxmemory-policy
 * noeviction` (the policy for a Redis that also holds data it must not lose,
 * e.g. a BullMQ queue), every write gets `OOM command not allowed`. The
 * realistic form of "reads work, writes do not": a replica left read-only
 * after a failover behaves the same way (READONLY errors), but needs two
 * servers. Tokens in the store stay readable, so calls succeed; the instance
 * must say so once, not flap, and stay ready.
 */
describeWithRedis(
  'Redis refusing writes (full, noeviction): one demo process',
  () => {
    let redis: RedisServer;
    let build: BuiltDemo;
    let wechat: WechatEmulator;
    let demo: DemoProcess | undefined;
    const report: string[] = [];

    beforeAll(async () => {
      build = buildDemo();
      redis = await RedisServer.start();
      wechat = await WechatEmulator.start();
    }, 120_000);
    afterAll(async () => {
      await demo?.stop();
      await wechat?.stop();
      await redis?.stop();
      build?.remove();
      if (report.length > 0) console.log(report.join('\n'));
    }, 60_000);

    async function redisConfig(...pairs: string[]): Promise<void> {
      const admin = createClient({ url: redis.url });
      await admin.connect();
      try {
        for (let i = 0; i < pairs.length; i += 2)
          await admin.sendCommand(['CONFIG', 'SET', pairs[i], pairs[i + 1]]);
      } finally {
        admin.destroy();
      }
    }

    let orderNo = 0;
    const call = async (): Promise<number> => {
      const order = wechat.orders.seed({
        orderId: `RW-${++orderNo}`,
        deliveryId: 'TEST',
        waybillId: `RWW-${orderNo}`,
      });
      const response = await fetch(
        `${demo?.url}/logistics/orders/${order.orderId}/path?deliveryId=TEST&waybillId=${order.waybillId}`,
      );
      await response.arrayBuffer();
      return response.status;
    };
    let lastReadyBody: unknown;
    const ready = async (): Promise<number> => {
      const response = await fetch(`${demo?.url}/health/ready`);
      lastReadyBody = await response.json();
      return response.status;
    };

    it('calls succeed, /health/ready stays 200, and the log says it once when writes are refused and once when they are back', async () => {
      demo = await DemoProcess.start(build, {
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
        WECHAT_API_BASE_URL: wechat.url,
        WECHAT_TIMEOUT_MS: '2000',
        REDIS_URL: redis.url,
      });
      expect(await call()).toBe(200); // the token is now in Redis
      const before = demo.lines(STORE_STATE).length;

      await redisConfig('maxmemory-policy', 'noeviction', 'maxmemory', '1');
      const callStatuses: number[] = [];
      const probeStatuses: number[] = [];
      const startedAt = Date.now();
      for (let probe = 0; probe < PROBES; probe += 1) {
        // Revoked now and then: each refresh writes (lock and token), and every write is refused.
        if (probe % 6 === 1) wechat.tokens.revokeAll();
        callStatuses.push(await call(), await call());
        probeStatuses.push(await ready());
        const next = startedAt + ((probe + 1) * REFUSAL_MS) / PROBES;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, next - Date.now())),
        );
      }
      const during = demo.lines(STORE_STATE).slice(before);

      report.push(
        `Redis refusing writes for ${REFUSAL_MS / 1000} s: ${during.length} store lines logged meanwhile, ` +
          `/health/ready 503 on ${probeStatuses.filter((s) => s === 503).length} of ${PROBES} probes, ` +
          `${callStatuses.filter((s) => s === 200).length} of ${callStatuses.length} calls 200`,
      );
      await redisConfig('maxmemory', '0');
      await waitFor('the end of the write outage to be logged', () =>
        demo ? demo.lines(WRITES_BACK).length > 0 : false,
      );
      const all = demo.lines(STORE_STATE).slice(before);
      report.push(...all);

      expect(callStatuses.every((status) => status === 200)).toBe(true);
      expect(probeStatuses).toEqual(probeStatuses.map(() => 200));
      expect(lastReadyBody).toMatchObject({
        status: 'ok',
        info: {
          wechat: {
            status: 'up',
            store: expect.stringMatching(/refuses writes/),
          },
        },
      });
      expect(during.length).toBeLessThanOrEqual(1);
      expect(all.filter((line) => WRITES_REFUSED.test(line))).toHaveLength(1);
      expect(all.filter((line) => WRITES_BACK.test(line))).toHaveLength(1);
      expect(all).toHaveLength(2);
    }, 90_000);
  },
  { ownServer: true },
);
