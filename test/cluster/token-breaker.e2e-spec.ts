import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type INestApplication } from '@nestjs/common';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from '../support/library-app';
import {
  type RedisLibraryApp,
  startRedisLibraryApp,
} from './support/redis-library-app';
import { describeWithRedis, testRedis } from './support/redis-server';

const COOLDOWN_MS = 400;

describe('a wrong secret: one token request per cool-down, not one per call', () => {
  let wechat: WechatEmulator;
  const tokenRequests = () => wechat.requests.count(WECHAT_PATHS.stableToken);

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
  });
  afterEach(async () => {
    await wechat.stop();
  });

  describe("through the demo's HTTP routes", () => {
    let demo: INestApplication;
    beforeEach(async () => {
      demo = await startDemoApp(
        emulatorEnv(wechat, { WECHAT_APP_SECRET: 'not-the-secret' }),
      );
    });
    afterEach(async () => {
      await demo.close();
    });

    it('200 concurrent calls and 50 more: all answered 500 with errcode 40125, one token request in all', async () => {
      const server = demo.getHttpServer() as Parameters<typeof request>[0];
      const concurrent = await Promise.all(
        Array.from({ length: 200 }, () =>
          request(server).get('/logistics/deliveries'),
        ),
      );
      const later: request.Response[] = [];
      for (let i = 0; i < 50; i += 1)
        later.push(await request(server).get('/logistics/deliveries'));

      for (const response of [...concurrent, ...later]) {
        expect(response.status).toBe(500);
        expect(response.body).toMatchObject({ errcode: 40125 });
      }
      expect(tokenRequests()).toBe(1);
      expect(wechat.requests.count(WECHAT_PATHS.getAllDelivery)).toBe(0);
    });
  });

  describe('one instance', () => {
    let lib: LibraryApp;
    beforeEach(async () => {
      lib = await startLibraryApp(
        emulatorOptions(wechat, {
          appSecret: 'not-the-secret',
          tokenFailureCooldownMs: COOLDOWN_MS,
        }),
      );
    });
    afterEach(async () => {
      await lib.app.close();
    });

    it('asks WeChat again once per cool-down, however many calls come', async () => {
      const round = () =>
        Promise.allSettled(
          Array.from({ length: 50 }, () => lib.service.getAllDelivery()),
        );
      await round();
      await round();
      expect(tokenRequests()).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 50));
      await round();
      await round();
      expect(tokenRequests()).toBe(2);
    });
  });

  describeWithRedis('two instances sharing one Redis', () => {
    let redis: Awaited<ReturnType<typeof testRedis>>;
    let apps: RedisLibraryApp[];
    beforeAll(async () => {
      redis = await testRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });
    beforeEach(async () => {
      const namespace = `breaker-${randomUUID()}`;
      const options = emulatorOptions(wechat, {
        appSecret: 'not-the-secret',
        tokenFailureCooldownMs: COOLDOWN_MS,
      });
      apps = [
        await startRedisLibraryApp(options, redis.url, namespace),
        await startRedisLibraryApp(options, redis.url, namespace),
      ];
    });
    afterEach(async () => {
      await Promise.all(apps.map((app) => app.close()));
    });

    it('one token request per cool-down for both, not one per instance', async () => {
      const round = () =>
        Promise.allSettled(
          Array.from({ length: 100 }, (_, i) =>
            apps[i % 2].service.getAllDelivery(),
          ),
        );
      const first = await round();
      expect(first.every((o) => o.status === 'rejected')).toBe(true);
      expect(tokenRequests()).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 50));
      await round();
      expect(tokenRequests()).toBe(2);
    });
  });
});
