import { randomUUID } from 'node:crypto';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  RedisServer,
  describeWithRedis,
} from '../cluster/support/redis-server';
import { waitFor } from '../cluster/support/wait';
import { PATHS, shipInput } from './ship-order-fixtures';
import {
  type RedisShipmentApp,
  startRedisShipmentApp,
} from './redis-shipment-app';

/**
 * Shipments on a real Redis: two instances sharing it run one order once
 * (the claim in RedisPushClaim), and durable mode runs the steps from a real
 * BullMQ queue, lists a shipment that failed for good and replays it.
 */
describeWithRedis('shipments on one Redis (claims, BullMQ queue)', () => {
  let redis: RedisServer;
  let wechat: WechatEmulator;
  const started: RedisShipmentApp[] = [];
  let counter = 0;

  beforeAll(async () => {
    redis = process.env.REDIS_TEST_URL
      ? ({
          url: process.env.REDIS_TEST_URL,
          stop: async () => undefined,
        } as RedisServer)
      : await RedisServer.start();
    wechat = await WechatEmulator.start();
  }, 30_000);
  afterAll(async () => {
    await Promise.allSettled(started.map((instance) => instance.close()));
    await wechat?.stop();
    await redis?.stop();
  }, 60_000);
  beforeEach(() => wechat.requests.clear());

  async function start(
    namespace: string,
    queue?: Parameters<typeof startRedisShipmentApp>[0]['queue'],
  ): Promise<RedisShipmentApp> {
    const instance = await startRedisShipmentApp({
      redisUrl: redis.url,
      namespace,
      wechat,
      queue,
    });
    started.push(instance);
    return instance;
  }
  const newOrder = () => {
    counter += 1;
    const payer = `oRedisPayer${counter}`;
    const { transactionId } = wechat.shipping.seedPayment({
      payerOpenid: payer,
    });
    return { orderId: `RS-${randomUUID()}`, transactionId, payer };
  };
  const sent = () => ({
    addOrder: wechat.requests.count(PATHS.addOrder),
    upload: wechat.requests.count(PATHS.upload),
    trace: wechat.requests.count(PATHS.trace),
  });

  it('two instances shipping one order at once run it once; each answers the same result', async () => {
    const namespace = `ship-${randomUUID()}`;
    const [a, b] = [await start(namespace), await start(namespace)];
    const { orderId, transactionId, payer } = newOrder();
    const input = shipInput(orderId, transactionId, payer);
    const [first, second] = await Promise.all([
      a.shipments.ship(input),
      b.shipments.ship(input),
    ]);
    expect(second).toEqual(first);
    expect(sent()).toEqual({ addOrder: 1, upload: 1, trace: 1 });
    expect(await b.shipments.shipment(orderId)).toMatchObject({
      status: 'completed',
    });
  });

  it('ship(input, { wait: false }) answers once queued; the worker runs the steps, visible in shipment(orderId)', async () => {
    const instance = await start(`ship-${randomUUID()}`, { backoffMs: 50 });
    const { orderId, transactionId, payer } = newOrder();
    const queued = await instance.shipments.ship(
      shipInput(orderId, transactionId, payer),
      { wait: false },
    );
    expect(queued).toMatchObject({ orderId, status: 'queued' });
    await waitFor(
      'the queued shipment to complete',
      async () =>
        (await instance.shipments.shipment(orderId))?.status === 'completed',
    );
    expect(sent()).toEqual({ addOrder: 1, upload: 1, trace: 1 });
    expect(
      wechat.shipping.get({ transactionId })?.shipping?.finishShippingCount,
    ).toBe(1);
    // Queued again after completion: the record answers, nothing is sent.
    wechat.requests.clear();
    await expect(
      instance.shipments.ship(shipInput(orderId, transactionId, payer), {
        wait: false,
      }),
    ).resolves.toMatchObject({ status: 'completed' });
    expect(wechat.requests.all()).toHaveLength(0);
  });

  it('lists a shipment whose runs all failed, and replays it to completion without repeating what WeChat has', async () => {
    const instance = await start(`ship-${randomUUID()}`, {
      attempts: 2,
      backoffMs: 50,
    });
    const { orderId, transactionId, payer } = newOrder();
    // WeChat refuses the upload on both attempts (payer mismatch), then accepts.
    wechat.faults.inject({ path: PATHS.upload, errcode: 10060031, times: 2 });
    await instance.shipments.ship(shipInput(orderId, transactionId, payer), {
      wait: false,
    });
    await waitFor('the shipment to fail for good', async () =>
      (await instance.shipments.failedShipments()).some(
        (f) => f.orderId === orderId,
      ),
    );
    const [failed] = (await instance.shipments.failedShipments()).filter(
      (f) => f.orderId === orderId,
    );
    expect(failed).toMatchObject({ appId: wechat.appId, orderId, attempts: 2 });
    expect(failed.reason).toContain('10060031');
    const recorded = await instance.shipments.shipment(orderId);
    expect(recorded).toMatchObject({
      status: 'failed',
      steps: {
        waybill: { status: 'done', attempts: 1 },
        shippingInfo: {
          status: 'failed',
          attempts: 2,
          error: { errcode: 10060031 },
        },
      },
    });

    await expect(instance.shipments.replayShipment(orderId)).resolves.toBe(
      true,
    );
    await waitFor(
      'the replayed shipment to complete',
      async () =>
        (await instance.shipments.shipment(orderId))?.status === 'completed',
    );
    expect(sent()).toEqual({ addOrder: 1, upload: 3, trace: 1 });
    expect(
      wechat.shipping.get({ transactionId })?.shipping?.finishShippingCount,
    ).toBe(1);
    expect(
      (await instance.shipments.failedShipments()).some(
        (f) => f.orderId === orderId,
      ),
    ).toBe(false);
  });
});
