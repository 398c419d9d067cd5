import { type INestApplication } from '@nestjs/common';
import {
  type PathUpdateContext,
  type PathUpdateEvent,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import request from 'supertest';
import {
  type DemoRedisClient,
  createDemoRedisClient,
} from '../apps/demo/src/config/demo-redis';
import {
  type EventLog,
  MemoryEventLog,
} from '../apps/demo/src/events/event-log';
import { type ReceivedPathUpdate } from '../apps/demo/src/events/received-path-update';
import { ReceivedEventsStore } from '../apps/demo/src/events/received-events.store';
import {
  type ReceivedShippingEvent,
  shippingEventIdentity,
} from '../apps/demo/src/events/received-shipping-event';
import { RedisEventLog } from '../apps/demo/src/events/redis-event-log';
import { RedisServer, describeWithRedis } from './cluster/support/redis-server';
import { startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';

function pathUpdate(orderId: string, version: number): PathUpdateEvent {
  return {
    toUserName: 'gh_0123456789ab',
    fromUserName: 'oSandboxUser0000000000000001',
    createTime: 1764140400 + version,
    msgType: 'event',
    event: 'add_express_path',
    deliveryId: 'TEST',
    waybillId: `WB-${orderId}`,
    orderId,
    version,
    count: version,
    actions: [
      { actionTime: 1764140400, actionType: 100001, actionMsg: '揽件' },
    ],
  };
}

function received(orderId: string, version: number): ReceivedPathUpdate {
  return {
    ...pathUpdate(orderId, version),
    appId: 'wx-a',
    stale: false,
    receivedAt: new Date().toISOString(),
  };
}

/** What both logs must do: each version once, and no more orders than their cap. */
function behavesAsABoundedIdempotentLog(
  make: (maxOrders: number) => EventLog,
  ordersHeld: (log: EventLog) => Promise<number>,
): void {
  it('keeps a version of a waybill once, however often it is appended, and the next version beside it', async () => {
    const log = make(100);
    expect(await log.append('wx-a:O-1', received('O-1', 1))).toBe(true);
    expect(await log.append('wx-a:O-1', received('O-1', 1))).toBe(false);
    expect(await log.append('wx-a:O-1', received('O-1', 2))).toBe(true);
    expect(await log.append('wx-a:O-1', received('O-1', 1))).toBe(false);
    const versions = (await log.list('wx-a:O-1')).map((e) => e.version);
    expect(versions).toEqual([1, 2]);
  });

  it('holds at most its cap of orders, the most recent ones, however many arrive', async () => {
    const cap = 20;
    const log = make(cap);
    for (let n = 0; n < 3 * cap; n++)
      await log.append(`wx-a:B-${n}`, received(`B-${n}`, 1));
    expect(await ordersHeld(log)).toBe(cap);
    expect(await log.recentKeys(1000)).toHaveLength(cap);
    expect(await log.list(`wx-a:B-${3 * cap - 1}`)).toHaveLength(1);
    expect(await log.list('wx-a:B-0')).toEqual([]);
  });
}

describe('the demo event log in memory', () => {
  behavesAsABoundedIdempotentLog(
    (maxOrders) => new MemoryEventLog(maxOrders),
    (log) => Promise.resolve((log as MemoryEventLog).size),
  );
});

/**
 * In Redis the lists were deleted only by their 7-day TTL, while the index
 * of orders was capped: 20,100 lists after 20,000 pushes with an index of
 * 10,000. An order leaving the index now takes its list with it.
 */
describeWithRedis(
  'the demo event log in Redis',
  () => {
    let redis: RedisServer;
    let client: DemoRedisClient;
    beforeAll(async () => {
      redis = await RedisServer.start();
      client = createDemoRedisClient(redis.url);
      await client.connect();
    });
    afterAll(async () => {
      client.destroy();
      await redis.stop();
    });
    beforeEach(() => client.flushDb());

    const eventKeys = () => client.keys('wechat-logistics-demo:events*');

    behavesAsABoundedIdempotentLog(
      (maxOrders) => new RedisEventLog(client, maxOrders),
      async () =>
        (await eventKeys()).filter((key) =>
          key.startsWith('wechat-logistics-demo:events:'),
        ).length,
    );

    it('keeps shipping pushes by their own identity under their own keys: a re-run once, the two settlement stages both', async () => {
      const log = new RedisEventLog<ReceivedShippingEvent>(
        client,
        5,
        { prefix: 'test-shipping:', recentKey: 'test-shipping-recent' },
        shippingEventIdentity,
      );
      const push = (stage: 'shipped' | 'settled', createTime: number) =>
        ({
          event: 'trade_manage_order_settlement',
          stage,
          createTime,
          transactionId: 'TX-1',
          appId: 'wx-a',
          receivedAt: new Date().toISOString(),
        }) as unknown as ReceivedShippingEvent;
      expect(await log.append('wx-a:TX-1', push('shipped', 1764140400))).toBe(
        true,
      );
      expect(await log.append('wx-a:TX-1', push('shipped', 1764140400))).toBe(
        false,
      );
      expect(await log.append('wx-a:TX-1', push('settled', 1764150000))).toBe(
        true,
      );
      const stages = (await log.list('wx-a:TX-1')).map((e) =>
        'stage' in e ? e.stage : undefined,
      );
      expect(stages).toEqual(['shipped', 'settled']);
      expect(await eventKeys()).toEqual([]); // the path updates' keys untouched
    });

    it('gives every key it writes a TTL', async () => {
      const log = new RedisEventLog(client, 5);
      for (let n = 0; n < 12; n++)
        await log.append(`wx-a:T-${n}`, received(`T-${n}`, 1));
      const keys = await eventKeys();
      expect(keys).toHaveLength(6); // 5 lists and the index
      for (const key of keys) expect(await client.ttl(key)).toBeGreaterThan(0);
    });
  },
  { ownServer: true },
);

/** The handler itself, through the demo: a duplicate run is listed once. */
describe.each(PLATFORMS)('the demo push handler — on %s', (platform) => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await startDemoApp({}, false, platform);
  });
  afterAll(() => app.close());

  it('run twice for the same event (same app, delivery, waybill, version), shows it once', async () => {
    const store = app.get(ReceivedEventsStore);
    const context = {
      appId: app.get(WechatLogisticsService).defaultAppId,
      stale: false,
      previousVersion: undefined,
    } as unknown as PathUpdateContext;
    await store.record(pathUpdate('DUP-1', 1), context);
    await store.record(pathUpdate('DUP-1', 1), context);
    await store.record(pathUpdate('DUP-1', 2), context);
    const res = await request(app.getHttpServer())
      .get('/logistics/orders/DUP-1/events')
      .expect(200);
    expect((res.body as ReceivedPathUpdate[]).map((e) => e.version)).toEqual([
      1, 2,
    ]);
  });
});
