import { CacheModule } from '@nestjs/cache-manager';
import { type INestApplication, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  OnPathUpdate,
  type WechatPushClaim,
  WechatLogisticsModule,
  WechatPushError,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  type DemoRedisClient,
  createDemoRedisClient,
} from '../../apps/demo/src/config/demo-redis';
import { CapturingLogger } from '../support/capturing-logger';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';
import {
  type PushSettings,
  postPush,
  sealedPathUpdate,
} from '../support/push-request';
import { RedisServer, describeWithRedis } from './support/redis-server';

const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
/** What a push carries that is the buyer's: never above debug. */
const OPENID = 'oUser0001';
const TRACK_TEXT = '揽件成功';

const above = (logger: CapturingLogger, ...levels: string[]) =>
  logger.entries.filter((entry) => levels.includes(entry.level));

/**
 * What the operator's log shows of pushes that cannot be handled right now:
 * one line per cause, not one per push; a push's 503 is not "WeChat call
 * failed"; no openid or track text above debug, ERROR lines included.
 */
describeWithRedis('push logs (the demo on Redis)', () => {
  let redis: RedisServer;
  let wechat: WechatEmulator;
  let client: DemoRedisClient;
  let settings: PushSettings;

  beforeAll(async () => {
    redis = await RedisServer.start();
    wechat = await WechatEmulator.start();
    client = createDemoRedisClient(redis.url);
    await client.connect();
    settings = {
      token: 'push-logs-token',
      encodingAesKey: AES_KEY,
      appId: wechat.appId,
    };
  }, 30_000);
  afterAll(async () => {
    redis?.resume();
    client?.destroy();
    await wechat?.stop();
    await redis?.stop();
  });

  describe.each(PLATFORMS)('on %s', (platform) => {
    let app: INestApplication;
    let logger: CapturingLogger;
    beforeEach(async () => {
      logger = new CapturingLogger();
      app = await startDemoApp(
        emulatorEnv(wechat, {
          REDIS_URL: redis.url,
          WECHAT_PUSH_TOKEN: settings.token,
          WECHAT_PUSH_AES_KEY: AES_KEY,
        }),
        logger,
        platform,
      );
    });
    afterEach(async () => {
      redis.resume();
      await app?.close();
    });

    it('Redis frozen: 20 pushes get a quick 503, and the log says so once, never "WeChat call failed"', async () => {
      const before = logger.entries.length;
      redis.pause();
      for (let i = 0; i < 20; i += 1) {
        const push = sealedPathUpdate(settings, {
          orderId: `O-FROZEN-${platform}-${i}`,
          waybillId: `WB-FROZEN-${platform}-${i}`,
          version: 1,
        });
        await postPush(app, push).expect(503);
      }
      // Past the store's grace period, so its outage line (once) is in.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      redis.resume();
      const lines = logger.entries.slice(before);
      const loud = lines.filter((e) => ['error', 'fatal'].includes(e.level));
      expect(loud).toEqual([]);
      expect(logger.text()).not.toMatch(/WeChat call failed/);
      const warnings = lines.filter((e) => e.level === 'warn');
      expect(warnings.length).toBeLessThanOrEqual(1);
    }, 30_000);

    it('a handler failure: the ERROR line names the app, delivery, waybill and version, not the openid or the track text', async () => {
      const orderId = `O-FAIL-${platform}`;
      const waybillId = `WB-FAIL-${platform}`;
      // The demo's event log for this order holds something that is not a list: its RPUSH fails.
      await client.set(
        `wechat-logistics-demo:events:${wechat.appId}:${orderId}`,
        'corrupt',
      );
      const push = sealedPathUpdate(settings, {
        orderId,
        waybillId,
        version: 3,
      });
      await postPush(app, push).expect(500);
      const errors = above(logger, 'error', 'fatal', 'warn', 'log');
      const failure = errors.find((e) =>
        e.message.includes('Path-update handler failed'),
      );
      expect(failure?.level).toBe('error');
      expect(failure?.message).toContain(`waybillId=${waybillId}`);
      expect(failure?.message).toContain('version=3');
      expect(failure?.message).toContain('deliveryId=TEST');
      const text = errors.map((e) => e.message).join('\n');
      expect(text).not.toContain(OPENID);
      expect(text).not.toContain(TRACK_TEXT);
      // The whole event is still there for whoever turns debug on.
      expect(logger.messages('debug', 'WechatLogistics').join('\n')).toContain(
        TRACK_TEXT,
      );
    });
  });
});

@Injectable()
class QuietHandler {
  @OnPathUpdate()
  handle(): void {}
}

/** A claim store that is down: every claim fails, as a Redis refusing connections would. */
const claimStoreDown: WechatPushClaim = {
  tryClaim: () => Promise.reject(new Error('connect ECONNREFUSED')),
  release: () => Promise.resolve(false),
};

describe('a push claim store that fails', () => {
  it('refuses every push with 503 and says so once per cause, with the count left out', async () => {
    const logger = new CapturingLogger();
    const settings: PushSettings = {
      token: 'claim-down-token',
      encodingAesKey: AES_KEY,
      appId: 'wx0123456789abcdef',
    };
    const moduleRef = await Test.createTestingModule({
      imports: [
        CacheModule.register({ isGlobal: true }),
        WechatLogisticsModule.forRoot({
          appId: settings.appId,
          appSecret: 'unused',
          pushToken: settings.token,
          encodingAesKey: AES_KEY,
          pushClaim: claimStoreDown,
        }),
      ],
      providers: [QuietHandler],
    })
      .setLogger(logger)
      .compile();
    const app = await moduleRef.init();
    try {
      const push = app.get(WechatPushService);
      for (let i = 0; i < 10; i += 1) {
        const error = await push
          .receive(
            sealedPathUpdate(settings, {
              orderId: `O-${i}`,
              waybillId: `WB-CLAIM-${i}`,
              version: 1,
            }),
          )
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WechatPushError);
        expect(error).toMatchObject({ reason: 'unavailable', httpStatus: 503 });
      }
      const lines = logger
        .messages('warn', 'WechatLogistics')
        .filter((line) => line.includes('Push claim store failed'));
      expect(lines).toHaveLength(1);
      expect(logger.messages('error')).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
