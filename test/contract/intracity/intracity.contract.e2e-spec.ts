import { request } from 'node:http';
import {
  IntracityCarrierId,
  IntracityOrderStatus,
  WechatApiError,
  WechatApiSecurityError,
  WechatIntracityService,
  WechatTransportError,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  WECHAT_PATHS,
  WechatEmulator,
  intracityCallbackSign,
} from 'nestjs-wechat-logistics/testing';
import { CONTRACT_TIMEOUT_MS } from '../../support/contract-harness';
import { clearEmulatorKeepingTokens } from '../../support/emulator-state';
import {
  IntracityCallbackServer,
  gzStore,
  makeSecurityKeys,
  quoteOf,
  sandboxOrder,
  secureBothSides,
} from '../../support/intracity-harness';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from '../../support/library-app';

/** The mini program's message-push Token: WeChat signs the callbacks with it (§5). */
const PUSH_TOKEN = 'intracity-push-token-7f3a';
const KEYS = makeSecurityKeys();

const failureOf = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => 'resolved',
    (e: unknown) => e,
  );

/** GET the payurl as the merchant's browser would: the emulator's page credits the top-up. */
const pay = (url: string) =>
  new Promise<number>((resolve, reject) =>
    request(url, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    })
      .on('error', reject)
      .end(),
  );

describe('同城配送 against the emulator, with API security on both sides', () => {
  let wechat: WechatEmulator;
  let lib: LibraryApp;
  let intracity: WechatIntracityService;
  let receiver: IntracityCallbackServer;
  const book = () => wechat.app(wechat.appId).intracity;
  /** The business JSON the emulator decrypted from the last sealed call to `path`. */
  const opened = (path: string) =>
    wechat.apiSecurity.openedRequests(path).at(-1)?.body;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    const apiSecurity = secureBothSides(wechat, wechat.appId, KEYS);
    lib = await startLibraryApp(
      emulatorOptions(wechat, {
        timeoutMs: CONTRACT_TIMEOUT_MS,
        pushToken: PUSH_TOKEN,
        apiSecurity,
      }),
    );
    intracity = lib.app.get(WechatIntracityService);
    receiver = await IntracityCallbackServer.start((body) =>
      intracity.receiveCallback(body),
    );
  });
  afterAll(async () => {
    await receiver?.close();
    await lib?.app.close();
    await wechat?.stop();
  });
  beforeEach(() => {
    clearEmulatorKeepingTokens(wechat);
    book().reset();
    book().setCallbackToken(PUSH_TOKEN);
    receiver.received.length = 0;
  });

  /** apply, then a DADA-first store; its wx_store_id. */
  async function openStore(outStoreId: string): Promise<string> {
    await intracity.apply();
    const created = await intracity.createStore(gzStore(outStoreId));
    return created.wxStoreId;
  }

  it('store → charge → sandbox order → mockNotify callbacks verified by sign → queryOrder: delivered', async () => {
    await intracity.apply();
    const created = await intracity.createStore(gzStore('S1'));
    expect(created.wxStoreId).toMatch(/^\d{19}$/);
    expect(created.outStoreId).toBe('S1');

    // Exact wire: what the emulator decrypted is WeChat's snake_case body, numbers as numbers.
    const [sealed] = wechat.requests.forPath(WECHAT_PATHS.intracityCreateStore);
    expect(Object.keys(sealed.body as object).sort()).toEqual([
      'authtag',
      'data',
      'iv',
    ]);
    expect(sealed.headers['wechatmp-appid']).toBe(wechat.appId);
    expect(opened(WECHAT_PATHS.intracityCreateStore)).toEqual({
      out_store_id: 'S1',
      store_name: '天河店',
      order_pattern: 2,
      service_trans_prefer: 'DADA',
      address_info: {
        province: '广东省',
        city: '广州市',
        area: '天河区',
        street: '天河路',
        house: '1号',
        lat: 23.125,
        lng: 113.324,
        phone: '020-8080880',
      },
    });

    const charge = await intracity.storeCharge({
      wxStoreId: created.wxStoreId,
      serviceTransId: IntracityCarrierId.Dada,
      amount: 10000,
    });
    expect(await pay(charge.payUrl)).toBe(200);
    const balance = await intracity.balanceQuery({
      wxStoreId: created.wxStoreId,
    });
    expect(balance.allBalance).toBe(10000);
    expect(balance.balanceDetail).toEqual([
      expect.objectContaining({
        serviceTransId: 'DADA',
        balance: 10000,
        orderList: [expect.objectContaining({ chargeAmt: 10000 })],
      }),
      expect.objectContaining({ serviceTransId: 'SFTC', balance: 0 }),
    ]);

    const order = sandboxOrder(created.wxStoreId, 'O1', receiver.url);
    const quote = await intracity.preAddOrder(quoteOf(order));
    expect(quote.estFee).toBeGreaterThan(0);
    const added = await intracity.addOrder(order);
    expect(added.wxOrderId).toMatch(/^\d{19}$/);
    expect(opened(WECHAT_PATHS.intracityAddOrder)).toMatchObject({
      use_sandbox: 1,
      callback_url: receiver.url,
    });

    for (const status of [30000, 40000, 50000, 70000])
      await intracity.mockNotify({
        wxOrderId: added.wxOrderId,
        orderStatus: status,
      });
    await book().callbacksSettled();

    // Each callback is its own request: they may land in any order.
    const outcomes = receiver
      .outcomes()
      .sort((a, b) => a.callback.orderStatus - b.callback.orderStatus);
    expect(outcomes.map((o) => [o.verifiedBy, o.callback.orderStatus])).toEqual(
      [
        ['sign', 10000],
        ['sign', 30000],
        ['sign', 40000],
        ['sign', 50000],
        ['sign', 70000],
      ],
    );
    expect(new Set(outcomes.map((o) => o.dedupeKey)).size).toBe(5);
    expect(outcomes[4].callback).toMatchObject({
      wxOrderId: added.wxOrderId,
      storeOrderId: 'O1',
      statusInfo: { en: 'delivered', final: 'success' },
    });
    // The emulator read our reply as WeChat's required one: no retries.
    for (const callback of await book().callbacks(added.wxOrderId))
      expect(callback.delivered).toBe(true);

    const queried = await intracity.queryOrder({
      wxStoreId: created.wxStoreId,
      storeOrderId: 'O1',
    });
    expect(queried).toMatchObject({
      wxOrderId: added.wxOrderId,
      orderStatus: IntracityOrderStatus.Delivered,
      statusInfo: { final: 'success' },
    });
  });

  it('an unsigned callback (2023) is believed once queryOrder confirms it', async () => {
    const wxStoreId = await openStore('S2');
    book().omitCallbackSign(true);
    const added = await intracity.addOrder(
      sandboxOrder(wxStoreId, 'O2', receiver.url),
    );
    // Confirmed only while WeChat's order is in that state: let 10000's callback land first.
    await book().callbacksSettled();
    await intracity.mockNotify({
      wxOrderId: added.wxOrderId,
      orderStatus: 30000,
    });
    await book().callbacksSettled();
    const [created, accepted] = receiver.outcomes();
    expect(created).toMatchObject({ verifiedBy: 'query' });
    expect(accepted).toMatchObject({
      verifiedBy: 'query',
      callback: { orderStatus: 30000 },
      order: { orderStatus: 30000, wxOrderId: added.wxOrderId },
    });
    expect(
      wechat.requests.forPath(WECHAT_PATHS.intracityQueryOrder).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('a forged callback is refused: a wrong sign (never queried), or unsigned with a state WeChat does not have', async () => {
    const wxStoreId = await openStore('S3');
    const added = await intracity.addOrder(sandboxOrder(wxStoreId, 'O3'));
    const fields = {
      appid: wechat.appId,
      wx_store_id: wxStoreId,
      wx_order_id: added.wxOrderId,
      store_order_id: 'O3',
      order_status: 70000,
      status_change_time: 1764140400,
      timestamp: 1764140400,
      service_trans_id: 'DADA',
    };
    wechat.requests.clear();
    const wrongSign = (await failureOf(
      intracity.receiveCallback({
        ...fields,
        sign: intracityCallbackSign(fields, 'not-the-token'),
      }),
    )) as { reason: string; httpStatus: number };
    expect(wrongSign).toMatchObject({
      reason: 'bad-signature',
      httpStatus: 401,
    });
    expect(wechat.requests.forPath(WECHAT_PATHS.intracityQueryOrder)).toEqual(
      [],
    );

    const unsigned = (await failureOf(intracity.receiveCallback(fields))) as {
      reason: string;
      message: string;
    };
    expect(unsigned.reason).toBe('unconfirmed');
    expect(unsigned.message).toContain('at 10000 (order created), not 70000');
  });

  it("WeChat's refusals come with this family's readings; invalid input sends nothing", async () => {
    const wxStoreId = await openStore('S4');
    const duplicate = (await failureOf(
      intracity.createStore(gzStore('S4')),
    )) as WechatApiError;
    expect(duplicate).toBeInstanceOf(WechatApiError);
    expect(duplicate.errcode).toBe(934010);
    expect(duplicate.entry).toMatchObject({ httpStatus: 409 });

    await intracity.addOrder(sandboxOrder(wxStoreId, 'O4'));
    const again = (await failureOf(
      intracity.addOrder(sandboxOrder(wxStoreId, 'O4')),
    )) as WechatApiError;
    expect(again.errcode).toBe(934002);
    expect(again.entry?.meaning).toContain('queryOrder');

    const missing = (await failureOf(
      intracity.queryOrder({ wxOrderId: '4000000000000000000' }),
    )) as WechatApiError;
    expect(missing.errcode).toBe(934016);
    expect(missing.entry).toMatchObject({ httpStatus: 404 });

    wechat.requests.clear();
    const invalid = await failureOf(
      intracity.storeCharge({
        wxStoreId,
        serviceTransId: IntracityCarrierId.Dada,
        amount: 4999,
      }),
    );
    expect(invalid).toBeInstanceOf(WechatValidationError);
    expect(wechat.requests.all()).toEqual([]);
  });

  it('addOrder is sent once after -1 or a timeout, with the advice; queryOrder is repeated', async () => {
    const wxStoreId = await openStore('S5');
    wechat.faults.inject({
      path: WECHAT_PATHS.intracityAddOrder,
      errcode: -1,
      times: 1,
    });
    const busy = (await failureOf(
      intracity.addOrder(sandboxOrder(wxStoreId, 'O5')),
    )) as WechatApiError;
    expect(busy.errcode).toBe(-1);
    expect(busy.message).toContain(
      'queryOrder with the same wxStoreId and storeOrderId',
    );
    wechat.faults.inject({
      path: WECHAT_PATHS.intracityAddOrder,
      hang: true,
      times: 1,
    });
    expect(
      await failureOf(intracity.addOrder(sandboxOrder(wxStoreId, 'O6'))),
    ).toBeInstanceOf(WechatTransportError);
    expect(
      wechat.requests.forPath(WECHAT_PATHS.intracityAddOrder),
    ).toHaveLength(2);

    await intracity.addOrder(sandboxOrder(wxStoreId, 'O7'));
    wechat.faults.inject({
      path: WECHAT_PATHS.intracityQueryOrder,
      errcode: -1,
      times: 1,
    });
    await expect(
      intracity.queryOrder({ wxStoreId, storeOrderId: 'O7' }),
    ).resolves.toMatchObject({ orderStatus: 10000 });
  });

  it('an app without apiSecurity sends nothing but apply, which goes plain', async () => {
    const plain = await startLibraryApp(
      emulatorOptions(wechat, { timeoutMs: CONTRACT_TIMEOUT_MS }),
    );
    try {
      const service = plain.app.get(WechatIntracityService);
      await service.apply();
      const refused = await failureOf(service.createStore(gzStore('P1')));
      expect(refused).toBeInstanceOf(WechatApiSecurityError);
      expect((refused as Error).message).toContain('Nothing was sent');
      expect(wechat.requests.all().map((r) => r.path)).toEqual([
        expect.stringMatching(/token/),
        WECHAT_PATHS.intracityApply,
      ]);
      expect(
        wechat.requests.forPath(WECHAT_PATHS.intracityApply)[0].body,
      ).toEqual({});
    } finally {
      await plain.app.close();
    }
  });
});
