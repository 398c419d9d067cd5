import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import {
  type DemoRedisClient,
  createDemoRedisClient,
} from '../../apps/demo/src/config/demo-redis';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';
import {
  type PushSettings,
  postPush,
  sealedPathUpdate,
} from '../support/push-request';
import { RedisServer, describeWithRedis } from './support/redis-server';
import { waitFor } from './support/wait';

const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/**
 * The demo with `WECHAT_PUSH_DELIVERY=queue`: a push whose handler cannot
 * record it (its order's record in Redis is corrupt) is answered `success`,
 * retried, lands in the failed set that `GET /logistics/events/failed` lists,
 * and is recorded once `POST /logistics/events/failed/replay` runs after the fix.
 */
describeWithRedis('demo: durable delivery, the failed set over REST', () => {
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
      token: 'demo-queue-token',
      encodingAesKey: AES_KEY,
      appId: wechat.appId,
    };
  }, 30_000);
  afterAll(async () => {
    client?.destroy();
    await wechat?.stop();
    await redis?.stop();
  });

  const queueEnv = () =>
    emulatorEnv(wechat, {
      REDIS_URL: redis.url,
      WECHAT_PUSH_TOKEN: settings.token,
      WECHAT_PUSH_AES_KEY: AES_KEY,
      WECHAT_PUSH_DELIVERY: 'queue',
      WECHAT_PUSH_QUEUE_ATTEMPTS: '2',
      WECHAT_PUSH_QUEUE_BACKOFF_MS: '50',
    });

  describe.each(PLATFORMS)('on %s', (platform) => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startDemoApp(queueEnv(), false, platform);
    });
    afterAll(() => app?.close());

    it('a push whose handler keeps failing is listed, and recorded once after the replay', async () => {
      const orderId = `O-FAIL-${platform}`;
      const waybillId = `WB-FAIL-${platform}`;
      // The demo's event log for this order holds something that is not a list: every RPUSH fails.
      const record = `wechat-logistics-demo:events:${wechat.appId}:${orderId}`;
      await client.set(record, 'corrupt');

      const push = sealedPathUpdate(settings, {
        orderId,
        waybillId,
        version: 1,
      });
      await postPush(app, push).expect(200, 'success');

      let failed: {
        id: string;
        appId: string;
        attempts: number;
        reason: string;
        event: { waybillId: string };
      }[] = [];
      await waitFor('the event in the failed set', async () => {
        const res = await request(app.getHttpServer())
          .get('/logistics/events/failed')
          .expect(200);
        failed = (res.body as typeof failed).filter(
          (f) => f.event.waybillId === waybillId,
        );
        return failed.length === 1;
      });
      expect(failed[0]).toMatchObject({ appId: wechat.appId, attempts: 2 });
      expect(failed[0].reason).toContain('ReceivedEventsStore');
      // `event` picks the kind: every kind lists it by its name, another kind does not.
      const everyKind = await request(app.getHttpServer())
        .get('/logistics/events/failed?event=*')
        .expect(200);
      expect(everyKind.body).toContainEqual(
        expect.objectContaining({ id: failed[0].id, name: 'add_express_path' }),
      );
      const settlements = await request(app.getHttpServer())
        .get('/logistics/events/failed?event=trade_manage_order_settlement')
        .expect(200);
      expect(
        (settlements.body as { id: string }[]).map((f) => f.id),
      ).not.toContain(failed[0].id);

      await client.del(record); // the fix
      await request(app.getHttpServer())
        .post('/logistics/events/failed/replay')
        .send({ ids: [failed[0].id, 'no-such-id'] })
        .expect(200, { replayed: 1 });
      await waitFor('the replayed event to be recorded', async () => {
        const res = await request(app.getHttpServer()).get(
          `/logistics/orders/${orderId}/events`,
        );
        return (res.body as unknown[]).length === 1;
      });
      const left = await request(app.getHttpServer())
        .get('/logistics/events/failed')
        .expect(200);
      expect(
        (left.body as typeof failed).filter(
          (f) => f.event.waybillId === waybillId,
        ),
      ).toEqual([]);
      // Replaying again finds nothing to do.
      await request(app.getHttpServer())
        .post('/logistics/events/failed/replay')
        .expect(200, { replayed: 0 });
    });

    it('refuses bad paging and ids naming the field, before touching the queue', async () => {
      const limit = await request(app.getHttpServer())
        .get('/logistics/events/failed?limit=0')
        .expect(400);
      expect(JSON.stringify(limit.body)).toContain('limit');
      const event = await request(app.getHttpServer())
        .get('/logistics/events/failed?event=no_such_event')
        .expect(400);
      expect(JSON.stringify(event.body)).toContain('event');
      const ids = await request(app.getHttpServer())
        .post('/logistics/events/failed/replay')
        .send({ ids: 'all' })
        .expect(400);
      expect(JSON.stringify(ids.body)).toContain('ids');
    });
  });

  it('inline delivery has no failed set: 404 saying how to turn the queue on', async () => {
    const app = await startDemoApp(
      emulatorEnv(wechat, { WECHAT_PUSH_TOKEN: settings.token }),
    );
    try {
      const res = await request(app.getHttpServer())
        .get('/logistics/events/failed')
        .expect(404);
      expect((res.body as { message: string }).message).toContain(
        'WECHAT_PUSH_DELIVERY=queue',
      );
      await request(app.getHttpServer())
        .post('/logistics/events/failed/replay')
        .expect(404);
    } finally {
      await app.close();
    }
  });

  it('WECHAT_PUSH_DELIVERY=queue without REDIS_URL is refused at start, naming both', async () => {
    await expect(
      startDemoApp(emulatorEnv(wechat, { WECHAT_PUSH_DELIVERY: 'queue' })),
    ).rejects.toThrow(/WECHAT_PUSH_DELIVERY=queue needs REDIS_URL/);
  });
});
