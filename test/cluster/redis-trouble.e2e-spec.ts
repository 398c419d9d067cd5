import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { CapturingLogger } from '../support/capturing-logger';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { emulatorOptions } from '../support/library-app';
import { freePort } from './support/free-port';
import {
  type RedisLibraryApp,
  startRedisLibraryApp,
} from './support/redis-library-app';
import { RedisServer, describeWithRedis } from './support/redis-server';
import { waitFor } from './support/wait';

const TIMEOUT_MS = 1000;
const BUDGET_MS = 3 * TIMEOUT_MS;
const OUTAGE = /Shared token store unavailable/;
const RECOVERY = /Shared token store is answering again/;

/** Two instances of one app on one Redis; the test freezes, stops and restarts that Redis. */
describeWithRedis(
  'access tokens when Redis is in trouble',
  () => {
    let redis: RedisServer;
    let wechat: WechatEmulator;
    let logger: CapturingLogger;
    let apps: RedisLibraryApp[] = [];
    let orderNo = 0;

    const tokenRequests = () => wechat.requests.count(WECHAT_PATHS.stableToken);
    const logLines = (pattern: RegExp) =>
      logger.lines.filter((line) => pattern.test(line)).length;

    /** One getPath through `app`, timed. */
    const call = async (app: RedisLibraryApp) => {
      const order = wechat.orders.seed({
        orderId: `T-${++orderNo}`,
        deliveryId: 'TEST',
        waybillId: `TW-${orderNo}`,
      });
      const startedAt = Date.now();
      await app.service.getPath({
        orderId: order.orderId,
        deliveryId: 'TEST',
        waybillId: order.waybillId,
      });
      return Date.now() - startedAt;
    };
    /** `n` concurrent calls spread over both instances; resolves to the longest. */
    const burst = async (n: number) =>
      Math.max(
        ...(await Promise.all(
          Array.from({ length: n }, (_, i) => call(apps[i % apps.length])),
        )),
      );
    const startApps = async () => {
      const namespace = `trouble-${randomUUID()}`;
      apps = [];
      for (let i = 0; i < 2; i += 1)
        apps.push(
          await startRedisLibraryApp(
            emulatorOptions(wechat, { timeoutMs: TIMEOUT_MS }),
            redis.url,
            namespace,
            logger,
          ),
        );
    };

    beforeAll(async () => {
      redis = await RedisServer.start();
    });
    afterAll(async () => {
      await redis?.stop();
    });
    beforeEach(async () => {
      wechat = await WechatEmulator.start();
      logger = new CapturingLogger();
    });
    afterEach(async () => {
      redis.resume();
      await Promise.all(apps.map((app) => app.close()));
      await wechat.stop();
    });

    it('a frozen Redis: calls finish within their budget, the outage is logged once per instance, and sharing resumes once it answers', async () => {
      await startApps();
      await burst(20);
      expect(tokenRequests()).toBe(1);

      redis.pause(); // accepts connections, answers nothing: every operation must time out, not hang
      expect(await burst(40)).toBeLessThan(BUDGET_MS);
      for (let i = 0; i < 10; i += 1)
        expect(await call(apps[i % 2])).toBeLessThan(BUDGET_MS);
      expect(tokenRequests()).toBe(1); // each instance's own copy of the token carried it
      wechat.tokens.revokeAll();
      expect(await burst(40)).toBeLessThan(BUDGET_MS); // each instance refreshes alone
      expect(tokenRequests() - 1).toBeLessThanOrEqual(2);
      // Declared once an operation that timed out has not answered after a grace period.
      await waitFor(
        'both instances to log the outage',
        () => logLines(OUTAGE) === 2,
      );

      redis.resume();
      await waitFor('both instances to see Redis again', async () => {
        await burst(4);
        return logLines(RECOVERY) === 2;
      });
      const before = tokenRequests();
      wechat.tokens.revokeAll();
      await burst(40);
      expect(tokenRequests() - before).toBe(1);
      expect(logLines(OUTAGE)).toBe(2);
    }, 60_000);

    it('Redis stopped: calls go on; Redis back (empty): the instances share one token again', async () => {
      await startApps();
      await burst(20);
      await redis.stop();
      wechat.tokens.revokeAll();
      expect(await burst(40)).toBeLessThan(BUDGET_MS);
      expect(logLines(OUTAGE)).toBe(2);

      await redis.launch();
      await waitFor('both instances to see Redis again', async () => {
        await burst(4);
        return logLines(RECOVERY) === 2;
      });
      const before = tokenRequests();
      wechat.tokens.revokeAll();
      await burst(40);
      expect(tokenRequests() - before).toBe(1);
    }, 60_000);

    it('Redis down when the instances start: they start and serve calls, and share tokens once it is up', async () => {
      await redis.stop();
      await startApps();
      expect(await burst(20)).toBeLessThan(BUDGET_MS);
      expect(tokenRequests()).toBeLessThanOrEqual(2);

      await redis.launch();
      await waitFor('both instances to see Redis', async () => {
        await burst(4);
        return logLines(RECOVERY) === 2;
      });
      const before = tokenRequests();
      wechat.tokens.revokeAll();
      await burst(40);
      expect(tokenRequests() - before).toBe(1);
    }, 60_000);

    it('the demo starts with REDIS_URL unreachable and still answers its routes', async () => {
      const demo = await startDemoApp(
        emulatorEnv(wechat, {
          REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
        }),
        logger,
      );
      try {
        const response = await request(demo.getHttpServer()).get(
          '/logistics/deliveries',
        );
        expect(response.status).toBe(200);
        expect(logger.text()).toMatch(/is not answering; starting anyway/);
      } finally {
        await demo.close();
      }
    }, 30_000);
  },
  { ownServer: true },
);
