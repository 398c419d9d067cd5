import { createHash } from 'node:crypto';
import {
  LocalDeliveryCancelReason,
  WechatApiError,
  type WechatLocalDeliveryClient,
  WechatLocalDeliveryService,
  WechatShopSecretError,
  WechatTransportError,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  CONTRACT_CLIENTS,
  CONTRACT_TIMEOUT_MS,
  SECOND_APP,
} from '../../support/contract-harness';
import { clearEmulatorKeepingTokens } from '../../support/emulator-state';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from '../../support/library-app';
import { localOrder as order } from '../../support/local-delivery-order';

const REAL_SHOP = { shopId: 'dada_shop_1', secret: 'Dada-Secret-7f6e5d4c' };

const failureOf = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => 'resolved',
    (e: unknown) => e,
  );

describe('即时配送 against the emulator', () => {
  let wechat: WechatEmulator;
  beforeAll(async () => {
    wechat = await WechatEmulator.start({ apps: [SECOND_APP] });
  });
  afterAll(() => wechat?.stop());
  beforeEach(() => {
    clearEmulatorKeepingTokens(wechat);
    for (const appId of [wechat.appId, SECOND_APP.appId]) {
      wechat.app(appId).localDelivery.reset();
      wechat.app(appId).localDelivery.bindShop({
        shopId: REAL_SHOP.shopId,
        deliveryId: 'DADA',
        secret: REAL_SHOP.secret,
      });
    }
  });

  describe.each(CONTRACT_CLIENTS)('over %s', (subject) => {
    let lib: LibraryApp;
    let local: WechatLocalDeliveryClient;
    const viaForApp = subject === 'forApp(second app) over node:http';
    beforeAll(async () => {
      lib = await startLibraryApp(
        emulatorOptions(wechat, {
          timeoutMs: CONTRACT_TIMEOUT_MS,
          // The second app's own level names the real shop; the module's names it for the default app.
          localDelivery: viaForApp
            ? undefined
            : { shopSecrets: { [REAL_SHOP.shopId]: REAL_SHOP.secret } },
          apps: [
            {
              ...SECOND_APP,
              localDelivery: {
                shopSecret: (shopId) =>
                  Promise.resolve(
                    shopId === REAL_SHOP.shopId ? REAL_SHOP.secret : undefined,
                  ),
              },
            },
          ],
        }),
        viaForApp ? 'node:http' : subject,
      );
      const service = lib.app.get(WechatLocalDeliveryService);
      local = viaForApp ? service.forApp(SECOND_APP.appId) : service;
    });
    afterAll(() => lib?.app.close());
    const appId = () => (viaForApp ? SECOND_APP.appId : wechat.appId);
    const book = () => wechat.app(appId()).localDelivery;

    it('sandbox lifecycle: pre_add → add → mock 102 → getOrder with the rider → precancel fee → cancel', async () => {
      const quote = await local.preAddOrder(order('LC1'));
      expect(quote.fee).toBeGreaterThan(0);
      expect(quote.distance).toBeGreaterThan(1000);
      const added = await local.addOrder({
        ...order('LC1'),
        ...(quote.deliveryToken ? { deliveryToken: quote.deliveryToken } : {}),
      });
      expect(added).toMatchObject({ orderStatus: 101 });
      expect(added.waybillId).not.toBe('');

      // The exact wire: WeChat's path, `shopid`, snake_case, the computed sign (official formula).
      const [sent] = wechat.requests.forPath(WECHAT_PATHS.localAddOrder);
      expect(sent.body).toMatchObject({
        shopid: 'test_shop_id',
        shop_order_id: 'LC1',
        delivery_id: 'TEST',
        cargo: { goods_value: 38.5, cargo_first_class: '美食夜宵' },
        delivery_sign: createHash('sha1')
          .update('test_shop_idLC1test_app_secrect')
          .digest('hex'),
      });
      expect(Object.keys(sent.query)).toEqual(['access_token']);

      await local.mockUpdateOrder({
        shopId: 'test_shop_id',
        shopOrderId: 'LC1',
        orderStatus: 102,
        actionTime: Math.floor(Date.now() / 1000),
      });
      const got = await local.getOrder({
        shopId: 'test_shop_id',
        shopOrderId: 'LC1',
      });
      expect(got).toMatchObject({
        orderStatus: 102,
        orderStatusInfo: { en: 'rider assigned', final: undefined },
      });
      expect(got.riderName).toBeTruthy();

      const fee = await local.preCancelOrder({
        shopId: 'test_shop_id',
        shopOrderId: 'LC1',
        deliveryId: 'TEST',
        waybillId: added.waybillId,
      });
      const cancelled = await local.cancelOrder({
        shopId: 'test_shop_id',
        shopOrderId: 'LC1',
        deliveryId: 'TEST',
        waybillId: added.waybillId,
        cancelReasonId: LocalDeliveryCancelReason.NoLongerNeeded,
      });
      expect(cancelled.deductFee).toBe(fee.deductFee);
      expect(book().order('LC1')?.status).toBe(103);
      const after = await local.getOrder({
        shopId: 'test_shop_id',
        shopOrderId: 'LC1',
      });
      expect(after.orderStatusInfo?.final).toBe('fail');
    });

    it("signs a real shop with the app's configured secret, which never travels", async () => {
      await local.preAddOrder(order('R1', REAL_SHOP.shopId, 'DADA'));
      const everything = JSON.stringify(wechat.requests.all());
      expect(everything).not.toContain(REAL_SHOP.secret);
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localPreAddOrder),
      ).toHaveLength(1);
    });

    it('a shop without a secret fails before anything is sent, naming the shop', async () => {
      const error = await failureOf(
        local.getOrder({ shopId: 'unknown_shop', shopOrderId: 'X' }),
      );
      expect(error).toBeInstanceOf(WechatShopSecretError);
      expect((error as Error).message).toContain('"unknown_shop"');
      expect(
        wechat.requests.all().filter((r) => r.path.includes('/local/')),
      ).toEqual([]);
    });

    it('validation failures send nothing', async () => {
      await expect(
        local.addOrder({
          ...order('V1'),
          cargo: { ...order('V1').cargo, goodsValue: 1.234 },
        }),
      ).rejects.toThrow(
        'cargo.goodsValue must be in yuan with at most 2 decimals',
      );
      expect(
        wechat.requests.all().filter((r) => r.path.includes('/local/')),
      ).toEqual([]);
    });

    it('the same shopOrderId twice is 930562 (409, pointing at getOrder); an unknown order 930563 (404)', async () => {
      await local.addOrder(order('D1'));
      const error = (await failureOf(
        local.addOrder(order('D1')),
      )) as WechatApiError;
      expect(error).toBeInstanceOf(WechatApiError);
      expect(error.errcode).toBe(930562);
      expect(error.entry).toMatchObject({ httpStatus: 409 });
      expect(error.entry?.meaning).toContain('getOrder');
      const missing = (await failureOf(
        local.getOrder({ shopId: 'test_shop_id', shopOrderId: 'none' }),
      )) as WechatApiError;
      expect(missing.errcode).toBe(930563);
    });

    it('addOrder is sent once, even after -1, and says the order may exist; getOrder is repeated', async () => {
      wechat.faults.inject({
        path: WECHAT_PATHS.localAddOrder,
        errcode: -1,
        times: 1,
      });
      const error = (await failureOf(
        local.addOrder(order('B1')),
      )) as WechatApiError;
      expect(error.errcode).toBe(-1);
      expect(error.message).toContain('may have placed the delivery order');
      expect(wechat.requests.forPath(WECHAT_PATHS.localAddOrder)).toHaveLength(
        1,
      );

      await local.addOrder(order('B2'));
      wechat.faults.inject({
        path: WECHAT_PATHS.localGetOrder,
        errcode: -1,
        times: 1,
      });
      await expect(
        local.getOrder({ shopId: 'test_shop_id', shopOrderId: 'B2' }),
      ).resolves.toMatchObject({ orderStatus: 101 });
      expect(wechat.requests.forPath(WECHAT_PATHS.localGetOrder)).toHaveLength(
        2,
      );
    });

    it('addOrder that times out is not repeated either', async () => {
      wechat.faults.inject({
        path: WECHAT_PATHS.localAddOrder,
        hang: true,
        times: 1,
      });
      const error = await failureOf(local.addOrder(order('T1')));
      expect(error).toBeInstanceOf(WechatTransportError);
      expect(wechat.requests.forPath(WECHAT_PATHS.localAddOrder)).toHaveLength(
        1,
      );
    });
  });

  it("a wrong secret reads as a refused sign: errcode 0, the carrier's resultcode, the shop named, not retried", async () => {
    const lib = await startLibraryApp(
      emulatorOptions(wechat, {
        timeoutMs: CONTRACT_TIMEOUT_MS,
        localDelivery: {
          shopSecrets: { [REAL_SHOP.shopId]: 'not-the-secret' },
        },
      }),
      'node:http',
    );
    try {
      const local = lib.app.get(WechatLocalDeliveryService);
      const error = (await failureOf(
        local.preAddOrder(order('S1', REAL_SHOP.shopId, 'DADA')),
      )) as WechatApiError;
      expect(error).toBeInstanceOf(WechatApiError);
      expect(error).toMatchObject({
        errcode: 0,
        deliveryResultcode: 1,
        attempts: 1,
      });
      expect(error.message).toContain('The carrier refused the delivery_sign');
      expect(error.message).toContain(`"${REAL_SHOP.shopId}"`);
      expect(error.message).not.toContain('not-the-secret');
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localPreAddOrder),
      ).toHaveLength(1);
    } finally {
      await lib.app.close();
    }
  });
});
