import { randomUUID } from 'node:crypto';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { emulatorOptions } from '../support/library-app';
import {
  type RedisLibraryApp,
  startRedisLibraryApp,
} from './support/redis-library-app';
import { describeWithRedis, testRedis } from './support/redis-server';

/**
 * stable_token hands back the token WeChat just rejected: only a forced
 * refresh helps, and WeChat rations those (20 a day, 30 s apart). The ration
 * lives in the shared cache, so two instances draw from one.
 */
describeWithRedis('force_refresh, rationed across instances', () => {
  let redis: Awaited<ReturnType<typeof testRedis>>;
  let wechat: WechatEmulator;
  let a: RedisLibraryApp;
  let b: RedisLibraryApp;
  let orderNo = 0;

  const cancel = (app: RedisLibraryApp) => {
    const order = wechat.orders.seed({
      orderId: `F-${++orderNo}`,
      deliveryId: 'TEST',
      waybillId: `FW-${orderNo}`,
    });
    return app.service.cancelOrder({
      orderId: order.orderId,
      deliveryId: 'TEST',
      waybillId: order.waybillId,
    });
  };
  const forceFlags = () =>
    wechat.requests
      .forPath(WECHAT_PATHS.stableToken)
      .map((r) => (r.body as { force_refresh: boolean }).force_refresh);

  beforeAll(async () => {
    redis = await testRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    const namespace = `force-${randomUUID()}`;
    a = await startRedisLibraryApp(
      emulatorOptions(wechat),
      redis.url,
      namespace,
    );
    b = await startRedisLibraryApp(
      emulatorOptions(wechat),
      redis.url,
      namespace,
    );
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await wechat.stop();
  });

  it('routine refreshes never force; a rejected token stable_token still hands out is forced once, and the whole cluster then waits 30 s', async () => {
    await cancel(a);
    await cancel(b);
    expect(forceFlags()).toEqual([false]); // one fetch for both instances

    // WeChat rejects the token it still hands out: instance A forces one refresh and succeeds.
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      errcode: 40001,
      times: 1,
    });
    await expect(cancel(a)).resolves.toMatchObject({ deliveryResultcode: 0 });
    expect(forceFlags()).toEqual([false, false, true]);
    expect(wechat.tokens.forceRefreshCount).toBe(1);

    // B may still hold the old token (it re-reads the store at most once a second):
    // WeChat now rejects it, and B takes the forced one from the store, fetching nothing.
    await expect(cancel(b)).resolves.toMatchObject({ deliveryResultcode: 0 });
    expect(forceFlags()).toEqual([false, false, true]);

    // Instance B meets the same within 30 s: the shared ration grants nothing, B fails fast.
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      errcode: 40001,
      times: 1,
    });
    await expect(cancel(b)).rejects.toMatchObject({ errcode: 40001 });
    expect(forceFlags()).toEqual([false, false, true, false]);
    expect(wechat.tokens.forceRefreshCount).toBe(1);

    // The forced token is the one both instances use from now on.
    await cancel(b);
    await cancel(a);
    const used = wechat.requests
      .forPath(WECHAT_PATHS.cancelOrder)
      .slice(-2)
      .map((r) => r.query.access_token);
    expect(used[0]).toBe(used[1]);
    expect(wechat.tokens.isValid(used[0])).toBe(true);
  });
});
