import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import * as http from 'node:http';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import {
  type PushSettings,
  postPush,
  sealedPathUpdate,
} from '../support/push-request';
import { RedisServer, describeWithRedis } from './support/redis-server';

const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** The `event: waybill` (and `event: buyer`) messages of a Server-Sent Events stream, as they arrive. */
function openStream(url: string): {
  events: { waybillId: string; version: number }[];
  buyerEvents: { waybillId: string; traceTokens: { token: string }[] }[];
  /** Resolves once the response has begun: the subscription is live. */
  opened: Promise<void>;
  close(): void;
} {
  const events: { waybillId: string; version: number }[] = [];
  const buyerEvents: {
    waybillId: string;
    traceTokens: { token: string }[];
  }[] = [];
  let buffer = '';
  let markOpened: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (markOpened = resolve));
  const outgoing = http.get(
    url,
    { headers: { accept: 'text/event-stream' } },
    (incoming) => {
      markOpened();
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (type === 'waybill' && data)
            events.push(
              JSON.parse(data) as { waybillId: string; version: number },
            );
          if (type === 'buyer' && data)
            buyerEvents.push(JSON.parse(data) as (typeof buyerEvents)[number]);
          end = buffer.indexOf('\n\n');
        }
      });
    },
  );
  outgoing.on('error', () => undefined);
  return { events, buyerEvents, opened, close: () => outgoing.destroy() };
}

/**
 * Two demo instances on one Redis: a tracking page open on one moves when
 * WeChat pushed to the other (Redis pub/sub), and either lists the waybill
 * (the event log is in Redis) with the buyer-tracking token either registered.
 */
describeWithRedis('tracking page across instances (one Redis)', () => {
  let redis: RedisServer;
  let wechat: WechatEmulator;
  const apps: INestApplication[] = [];
  let settings: PushSettings;

  beforeAll(async () => {
    redis = await RedisServer.start();
    wechat = await WechatEmulator.start();
    settings = {
      token: 'tracking-cluster-token',
      encodingAesKey: AES_KEY,
      appId: wechat.appId,
    };
    for (let i = 0; i < 2; i += 1) {
      const app = await startDemoApp(
        emulatorEnv(wechat, {
          REDIS_URL: redis.url,
          WECHAT_PUSH_TOKEN: settings.token,
          WECHAT_PUSH_AES_KEY: AES_KEY,
        }),
      );
      await app.listen(0, '127.0.0.1');
      apps.push(app);
    }
  }, 30_000);
  afterAll(async () => {
    await Promise.allSettled(apps.map((app) => app.close()));
    await wechat?.stop();
    await redis?.stop();
  });

  it('a push to instance A reaches the stream open on instance B, and B lists the waybill', async () => {
    const [a, b] = apps;
    const stream = openStream(
      `${(await b.getUrl()).replace('[::1]', '127.0.0.1')}/tracking/stream`,
    );
    try {
      // B subscribed to Redis at start; its stream answers before the push is sent.
      await stream.opened;
      const push = sealedPathUpdate(settings, {
        orderId: 'O-TRACK',
        waybillId: 'WB-TRACK',
        version: 1,
      });
      await postPush(a, push).expect(200, 'success');
      const until = Date.now() + 10_000;
      while (stream.events.length === 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stream.events).toEqual([
        expect.objectContaining({ waybillId: 'WB-TRACK', version: 1 }),
      ]);

      const listed = await request(b.getHttpServer())
        .get('/tracking/waybills')
        .expect(200);
      expect(listed.body).toEqual([
        expect.objectContaining({
          orderId: 'O-TRACK',
          waybillId: 'WB-TRACK',
          version: 1,
          nodes: [expect.objectContaining({ action: '揽件成功 · picked up' })],
        }),
      ]);
    } finally {
      stream.close();
    }
  });

  it('a tracking token registered through instance A shows on the stream open on B, and B lists it on the waybill', async () => {
    const [a, b] = apps;
    wechat.tracking.seedWaybill({ waybillId: 'WB-BUYER', deliveryId: 'YTO' });
    await postPush(
      a,
      sealedPathUpdate(settings, {
        orderId: 'O-BUYER',
        waybillId: 'WB-BUYER',
        version: 1,
      }),
    ).expect(200, 'success');
    const stream = openStream(
      `${(await b.getUrl()).replace('[::1]', '127.0.0.1')}/tracking/stream`,
    );
    try {
      await stream.opened;
      const traced = await request(a.getHttpServer())
        .post('/waybill-tracking/trace')
        .send({
          openid: 'oBuyer0001',
          receiverPhone: '13900139000',
          waybillId: 'WB-BUYER',
          goodsInfo: {
            detailList: [
              {
                goodsName: '咖啡豆',
                goodsImgUrl: 'https://example.com/coffee.png',
              },
            ],
          },
        })
        .expect(201);
      const token = traced.body.waybillToken as string;
      const until = Date.now() + 10_000;
      while (stream.buyerEvents.length === 0 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stream.buyerEvents).toEqual([
        expect.objectContaining({
          waybillId: 'WB-BUYER',
          traceTokens: [expect.objectContaining({ token })],
        }),
      ]);

      const listed = await request(b.getHttpServer())
        .get('/tracking/waybills')
        .expect(200);
      expect(
        (listed.body as { waybillId: string; buyer?: unknown }[]).find(
          (w) => w.waybillId === 'WB-BUYER',
        )?.buyer,
      ).toMatchObject({ traceTokens: [{ token }] });
    } finally {
      stream.close();
    }
  });
});
