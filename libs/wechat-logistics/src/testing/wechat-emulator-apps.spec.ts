import {
  businessApi,
  classicToken,
  postJson,
  stableToken,
  tokenValue,
} from './emulator-http.spec-helper';
import { WECHAT_PATHS } from './http/emulator-routes';
import {
  CANCEL_BODY,
  ORDER,
  SHOP_B,
  addOrderBody,
} from './emulator-fixtures.spec-helper';
import { WechatEmulator } from './wechat-emulator';

/** `/cgi-bin/token` for another app of the emulator. */
const tokenOf = (wechat: WechatEmulator, app: typeof SHOP_B) =>
  tokenValue(classicToken(wechat, { appid: app.appId, secret: app.appSecret }));

describe('WechatEmulator with several mini programs', () => {
  let wechat: WechatEmulator;

  beforeEach(async () => {
    wechat = await WechatEmulator.start({ apps: [SHOP_B] });
  });
  afterEach(() => wechat.stop());

  it('lists the default app first and keeps the top-level members as its own', () => {
    expect(wechat.appIds).toEqual([wechat.appId, SHOP_B.appId]);
    const own = wechat.app(wechat.appId);
    expect(own.tokens).toBe(wechat.tokens);
    expect(own.orders).toBe(wechat.orders);
    expect(own.accounts).toBe(wechat.accounts);
    expect(own.printers).toBe(wechat.printers);
    expect(own.sandbox).toBe(wechat.sandbox);
    expect(wechat.app(SHOP_B.appId)).toMatchObject(SHOP_B);
    expect(wechat.app(SHOP_B.appId).orders).not.toBe(wechat.orders);
  });

  it('throws naming the AppID of an app it does not serve', () => {
    expect(() => wechat.app('wx-nobody')).toThrow(/"wx-nobody"/);
  });

  it('issues each app its own tokens, which act on that app only', async () => {
    const shopB = wechat.app(SHOP_B.appId);
    shopB.orders.seed(ORDER);
    const tokenA = await tokenOf(wechat, wechat);
    const tokenB = await tokenOf(wechat, SHOP_B);
    const cancel = async (token: string) =>
      (
        await postJson(
          wechat,
          `${WECHAT_PATHS.cancelOrder}?access_token=${token}`,
          CANCEL_BODY,
        )
      ).body['errcode'];

    expect(tokenA).not.toBe(tokenB);
    expect(await cancel(tokenA)).toBe(930563); // A has no such order
    expect(await cancel(tokenB)).toBe(0);
    expect(shopB.orders.get(ORDER.orderId)?.status).toBe('cancelled');
    expect(wechat.orders.list()).toEqual([]);
    expect(wechat.tokens.isValid(tokenB)).toBe(false);
    expect(shopB.tokens.isValid(tokenB)).toBe(true);
  });

  it('adds an order through one app that the other app cannot see', async () => {
    const apiA = await businessApi(wechat);
    const apiB = await businessApi(wechat, SHOP_B);
    const get = { order_id: 'order-1', delivery_id: 'TEST' };

    expect(
      (await apiA.post(WECHAT_PATHS.addOrder, addOrderBody()))['waybill_id'],
    ).toEqual(expect.any(String));

    expect((await apiA.post(WECHAT_PATHS.getOrder, get))['errcode']).toBe(0);
    expect((await apiB.post(WECHAT_PATHS.getOrder, get))['errcode']).toBe(
      930563,
    );
    expect(wechat.app(SHOP_B.appId).orders.list()).toEqual([]);
  });

  it('counts and revokes tokens per app', async () => {
    const shopB = wechat.app(SHOP_B.appId);
    const tokenA = await tokenValue(stableToken(wechat));
    const tokenB = await tokenValue(
      stableToken(wechat, { appid: SHOP_B.appId, secret: SHOP_B.appSecret }),
    );

    shopB.tokens.revokeAll();

    expect([wechat.tokens.fetchCount, shopB.tokens.fetchCount]).toEqual([1, 1]);
    expect(wechat.tokens.isValid(tokenA)).toBe(true);
    expect(shopB.tokens.isValid(tokenB)).toBe(false);
    expect(
      (
        await postJson(
          wechat,
          `${WECHAT_PATHS.cancelOrder}?access_token=${tokenB}`,
          CANCEL_BODY,
        )
      ).body['errcode'],
    ).toBe(40001);
  });

  it('answers 40013 to an AppID it does not serve and 40125 to a wrong secret of one it does', async () => {
    const unknown = { appid: 'wx-nobody', secret: SHOP_B.appSecret };
    const wrongSecret = { appid: SHOP_B.appId, secret: wechat.appSecret };

    expect((await classicToken(wechat, unknown)).body['errcode']).toBe(40013);
    expect((await stableToken(wechat, unknown)).body['errcode']).toBe(40013);
    expect((await classicToken(wechat, wrongSecret)).body['errcode']).toBe(
      40125,
    );
    expect((await stableToken(wechat, wrongSecret)).body['errcode']).toBe(
      40125,
    );
  });

  it('logs each request with the app it was credited to', async () => {
    const tokenB = await tokenOf(wechat, SHOP_B);
    await stableToken(wechat);
    await postJson(
      wechat,
      `${WECHAT_PATHS.cancelOrder}?access_token=${tokenB}`,
      CANCEL_BODY,
    );
    await postJson(
      wechat,
      `${WECHAT_PATHS.cancelOrder}?access_token=${'A'.repeat(128)}`,
      CANCEL_BODY,
    );
    await classicToken(wechat, { appid: 'wx-nobody' });

    expect(wechat.requests.all().map((request) => request.appId)).toEqual([
      SHOP_B.appId,
      wechat.appId,
      SHOP_B.appId,
      undefined,
      undefined,
    ]);
    expect(wechat.requests.forApp(SHOP_B.appId)).toHaveLength(2);
  });

  it('credits a request a fault swallowed too', async () => {
    const tokenB = await tokenOf(wechat, SHOP_B);
    wechat.faults.inject({ path: WECHAT_PATHS.cancelOrder, errcode: -1 });

    await postJson(
      wechat,
      `${WECHAT_PATHS.cancelOrder}?access_token=${tokenB}`,
      CANCEL_BODY,
    );

    expect(wechat.requests.last(WECHAT_PATHS.cancelOrder)?.appId).toBe(
      SHOP_B.appId,
    );
  });

  it('serves an app added at run time, and refuses an AppID twice', async () => {
    const shopC = wechat.addApp({ appId: 'wx-shop-c', appSecret: 'c' });
    shopC.orders.seed(ORDER);
    const api = await businessApi(wechat, shopC);

    expect(wechat.app('wx-shop-c')).toBe(shopC);
    expect(wechat.appIds).toEqual([wechat.appId, SHOP_B.appId, 'wx-shop-c']);
    expect(
      (await api.post(WECHAT_PATHS.cancelOrder, CANCEL_BODY))['errcode'],
    ).toBe(0);
    expect(() => wechat.addApp({ appId: 'wx-shop-c', appSecret: 'x' })).toThrow(
      /"wx-shop-c" already exists/,
    );
    expect(() =>
      wechat.addApp({ appId: wechat.appId, appSecret: 'x' }),
    ).toThrow(/already exists/);
    expect(() => wechat.addApp({ appId: '', appSecret: 'x' })).toThrow(
      /EmulatedAppOptions\.appId/,
    );
  });

  it('reset() gives every app fresh state and keeps the apps', async () => {
    const shopC = wechat.addApp({ appId: 'wx-shop-c', appSecret: 'c' });
    const tokenC = await tokenOf(wechat, shopC);
    wechat.app(SHOP_B.appId).orders.seed(ORDER);

    wechat.reset();

    expect(wechat.appIds).toEqual([wechat.appId, SHOP_B.appId, 'wx-shop-c']);
    expect(wechat.app(SHOP_B.appId).orders.list()).toEqual([]);
    expect(shopC.tokens.fetchCount).toBe(0);
    expect(shopC.tokens.isValid(tokenC)).toBe(false);
    expect(await tokenOf(wechat, shopC)).toEqual(expect.any(String));
  });

  it('holds ten thousand apps cheaply and still finds each by AppID and token', async () => {
    const started = performance.now();
    for (let i = 0; i < 10_000; i += 1) {
      wechat.addApp({ appId: `wx-bulk-${i}`, appSecret: `s-${i}` });
    }
    const elapsedMs = performance.now() - started;
    const last = wechat.app('wx-bulk-9999');
    last.orders.seed(ORDER);
    const api = await businessApi(wechat, last);

    expect(wechat.appIds).toHaveLength(10_002);
    expect(elapsedMs).toBeLessThan(2000);
    expect(
      (await api.post(WECHAT_PATHS.cancelOrder, CANCEL_BODY))['errcode'],
    ).toBe(0);
  });
});
