import { createHash } from 'node:crypto';
import {
  LOCAL_CANCEL_OUTCOME_UNKNOWN_ADVICE,
  LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE,
  LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE,
  LocalDeliveryCancelReason,
  WechatApiError,
  WechatLocalDeliveryService,
  WechatTransportError,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  CONTRACT_TIMEOUT_MS,
  cannedReply,
  theOneRequest,
} from '../../support/contract-harness';
import { clearEmulatorKeepingTokens } from '../../support/emulator-state';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from '../../support/library-app';
import { localOrder } from '../../support/local-delivery-order';

const SANDBOX = 'test_shop_id';
const DADA_SHOP = { shopId: 'dada_shop_1', secret: 'Dada-Secret-7f6e5d4c' };
const SS_SHOP = {
  shopId: 'ss_shop_1',
  secret: 'Ss-Secret-3a2b1c',
  shopNo: '1',
};
/** §6.2's DADA test account (realmock). */
const DADA_TEST = {
  shopId: 'dadaaee18818d97e236',
  secret: '1c6f40492d6d89caaad80b85f7d31670',
  shopNo: '77071-47913',
};

const sign = (shopId: string, shopOrderId: string, secret: string) =>
  createHash('sha1').update(`${shopId}${shopOrderId}${secret}`).digest('hex');

const failureOf = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => 'resolved',
    (e: unknown) => e,
  );

/** A carrier's refusal: errcode 0 (WeChat took it), the carrier's resultcode. */
async function carrierRefusal(
  call: Promise<unknown>,
  resultcode: number,
): Promise<WechatApiError> {
  const error = (await failureOf(call)) as WechatApiError;
  expect(error).toBeInstanceOf(WechatApiError);
  expect(error).toMatchObject({ errcode: 0, deliveryResultcode: resultcode });
  return error;
}

/**
 * The rest of 即时配送 through the library against the emulator (and canned
 * replies): reOrder, addTip, abnormalConfirm, realMockUpdateOrder, the
 * accounts (getAllImmeDelivery, getBindAccount, and the third-party-only
 * bindAccount/openDelivery), the state and tip rules, and each endpoint's
 * retry policy (local-delivery.endpoints.ts).
 */
describe('即时配送: the rest of the family against the emulator', () => {
  let wechat: WechatEmulator;
  let lib: LibraryApp;
  let local: WechatLocalDeliveryService;
  const book = () => wechat.localDelivery;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    lib = await startLibraryApp(
      emulatorOptions(wechat, {
        timeoutMs: CONTRACT_TIMEOUT_MS,
        localDelivery: {
          shopSecrets: {
            [DADA_SHOP.shopId]: DADA_SHOP.secret,
            [SS_SHOP.shopId]: SS_SHOP.secret,
            [DADA_TEST.shopId]: DADA_TEST.secret,
          },
        },
      }),
    );
    local = lib.app.get(WechatLocalDeliveryService);
  });
  afterAll(async () => {
    await lib?.app.close();
    await wechat?.stop();
  });
  beforeEach(() => {
    clearEmulatorKeepingTokens(wechat);
    book().reset();
    book().bindShop({ ...DADA_SHOP, deliveryId: 'DADA' });
    book().bindShop({ ...SS_SHOP, deliveryId: 'SS', shopNos: ['1'] });
  });

  const mock = (shopOrderId: string, orderStatus: number) =>
    local.mockUpdateOrder({
      shopId: SANDBOX,
      shopOrderId,
      orderStatus,
      actionTime: Math.floor(Date.now() / 1000),
    });
  const ids = (shopOrderId: string, shopId = SANDBOX) => ({
    shopId,
    shopOrderId,
  });

  describe('reOrder (order/readd)', () => {
    it('re-places a cancelled order under the same shopOrderId: a new waybill, 101 again; the wire is readd with the sign', async () => {
      const first = await local.addOrder(localOrder('RA1'));
      await local.cancelOrder({
        ...ids('RA1'),
        deliveryId: 'TEST',
        waybillId: first.waybillId,
        cancelReasonId: LocalDeliveryCancelReason.NoLongerNeeded,
      });
      const again = await local.reOrder(localOrder('RA1'));
      expect(again).toMatchObject({ orderStatus: 101 });
      expect(again.waybillId).not.toBe(first.waybillId);
      expect(book().order('RA1')?.status).toBe(101);
      const sent = theOneRequest(wechat, 'POST', WECHAT_PATHS.localReOrder);
      expect(sent.path).toBe('/cgi-bin/express/local/business/order/readd');
      expect(sent.body).toMatchObject({
        shopid: SANDBOX,
        shop_order_id: 'RA1',
        delivery_id: 'TEST',
        delivery_sign: sign(SANDBOX, 'RA1', 'test_app_secrect'),
      });
    });

    it('only after a final failure (or before any rider): an order with a rider is refused by the carrier; an unknown one is 930563', async () => {
      await local.addOrder(localOrder('RA2'));
      await mock('RA2', 102);
      const refused = await carrierRefusal(
        local.reOrder(localOrder('RA2')),
        9001,
      );
      expect(refused.message).toContain('carrier resultcode 9001');
      expect(book().order('RA2')?.status).toBe(102);
      await mock('RA2', 204); // the rider gave up: final failure
      await expect(local.reOrder(localOrder('RA2'))).resolves.toMatchObject({
        orderStatus: 101,
      });
      const unknown = (await failureOf(
        local.reOrder(localOrder('RA-none')),
      )) as WechatApiError;
      expect(unknown.errcode).toBe(930563);
    });

    it('is sent once even after -1, with the advice to check getOrder', async () => {
      await local.addOrder(localOrder('RA3'));
      await mock('RA3', 103);
      wechat.faults.inject({
        path: WECHAT_PATHS.localReOrder,
        errcode: -1,
        times: 1,
      });
      const error = (await failureOf(
        local.reOrder(localOrder('RA3')),
      )) as WechatApiError;
      expect(error.errcode).toBe(-1);
      expect(error.advice).toBe(LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE);
      expect(wechat.requests.forPath(WECHAT_PATHS.localReOrder)).toHaveLength(
        1,
      );
    });

    it("maps the doc's add/readd reply (canned)", async () => {
      cannedReply(wechat, WECHAT_PATHS.localReOrder, {
        resultcode: 0,
        resultmsg: 'ok',
        fee: 10,
        deliverfee: 10,
        couponfee: 0,
        tips: 0,
        insurancefee: 0,
        distance: 1000,
        waybill_id: '123456789',
        order_status: 101,
        finish_code: 1024,
        pickup_code: 2048,
        dispatch_duration: 300,
      });
      await expect(local.reOrder(localOrder('RA4'))).resolves.toEqual({
        fee: 10,
        deliverFee: 10,
        couponFee: 0,
        tips: 0,
        insuranceFee: 0,
        distance: 1000,
        dispatchDuration: 300,
        waybillId: '123456789',
        orderStatus: 101,
        finishCode: 1024,
        pickupCode: 2048,
      });
    });
  });

  describe('addTip (order/addtips)', () => {
    const tip = (shopOrderId: string, waybillId: string, tips: number) => ({
      ...ids(shopOrderId),
      waybillId,
      tips,
      remark: '天气不好',
    });

    it('each tip must rise; the wire carries the new total, the remark and the sign', async () => {
      const { waybillId } = await local.addOrder(localOrder('TP1'));
      await expect(local.addTip(tip('TP1', waybillId, 5))).resolves.toEqual({});
      const sent = theOneRequest(wechat, 'POST', WECHAT_PATHS.localAddTip);
      expect(sent.path).toBe('/cgi-bin/express/local/business/order/addtips');
      expect(sent.body).toEqual({
        shopid: SANDBOX,
        shop_order_id: 'TP1',
        waybill_id: waybillId,
        tips: 5,
        remark: '天气不好',
        delivery_sign: sign(SANDBOX, 'TP1', 'test_app_secrect'),
      });
      await carrierRefusal(local.addTip(tip('TP1', waybillId, 5)), 9003);
      await carrierRefusal(local.addTip(tip('TP1', waybillId, 3)), 9003);
      await expect(local.addTip(tip('TP1', waybillId, 6.5))).resolves.toEqual(
        {},
      );
      expect(book().order('TP1')?.tips).toBe(6.5);
    });

    it('per carrier: DADA ≤ 30 yuan in 0.1 steps, SS only its tiers; only while waiting for a rider', async () => {
      const dada = await local.addOrder(
        localOrder('TP2', DADA_SHOP.shopId, 'DADA'),
      );
      const dadaTip = (tips: number) => ({
        ...tip('TP2', dada.waybillId, tips),
        shopId: DADA_SHOP.shopId,
      });
      await carrierRefusal(local.addTip(dadaTip(30.5)), 9003);
      await carrierRefusal(local.addTip(dadaTip(5.05)), 9003);
      await expect(local.addTip(dadaTip(5.1))).resolves.toEqual({});

      const ss = await local.addOrder({
        ...localOrder('TP3', SS_SHOP.shopId, 'SS'),
        shopNo: SS_SHOP.shopNo,
        orderInfo: { orderType: 0, isDirectDelivery: 1 },
      });
      const ssTip = (tips: number) => ({
        ...tip('TP3', ss.waybillId, tips),
        shopId: SS_SHOP.shopId,
        shopNo: SS_SHOP.shopNo,
      });
      await carrierRefusal(local.addTip(ssTip(4)), 9003);
      await expect(local.addTip(ssTip(5))).resolves.toEqual({});

      const test = await local.addOrder(localOrder('TP4'));
      await mock('TP4', 102);
      await carrierRefusal(local.addTip(tip('TP4', test.waybillId, 2)), 9001);
    });

    it('is sent once after -1 and after a timeout, with the advice', async () => {
      const { waybillId } = await local.addOrder(localOrder('TP5'));
      wechat.faults.inject({
        path: WECHAT_PATHS.localAddTip,
        errcode: -1,
        times: 1,
      });
      const busy = (await failureOf(
        local.addTip(tip('TP5', waybillId, 2)),
      )) as WechatApiError;
      expect(busy).toMatchObject({
        errcode: -1,
        advice: LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE,
      });
      wechat.faults.inject({
        path: WECHAT_PATHS.localAddTip,
        hang: true,
        times: 1,
      });
      const late = await failureOf(local.addTip(tip('TP5', waybillId, 2)));
      expect(late).toBeInstanceOf(WechatTransportError);
      expect((late as WechatTransportError).advice).toBe(
        LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE,
      );
      expect(wechat.requests.forPath(WECHAT_PATHS.localAddTip)).toHaveLength(2);
    });
  });

  describe('precancel and cancel by state', () => {
    const cancelInput = (shopOrderId: string, waybillId: string) => ({
      ...ids(shopOrderId),
      deliveryId: 'TEST',
      waybillId,
      cancelReasonId: LocalDeliveryCancelReason.NoLongerNeeded,
    });

    it.each([
      [[], 0, 103],
      [[102], 2, 103],
      [[102, 201], 2, 203],
      [[102, 201, 202], 'the delivery fee', 203],
      [[102, 201, 202, 301], 'the delivery fee', 303],
    ] as const)(
      'after %j: precancel quotes %s, cancel charges it and moves to %i',
      async (moves, fee, to) => {
        const id = `PC-${moves.join('-') || 'new'}`;
        const added = await local.addOrder(localOrder(id));
        for (const status of moves) await mock(id, status);
        const expected = fee === 'the delivery fee' ? added.deliverFee : fee;
        const quote = await local.preCancelOrder(
          cancelInput(id, added.waybillId),
        );
        expect(quote.deductFee).toBe(expected);
        expect(book().order(id)?.status).toBe(moves.at(-1) ?? 101);
        const cancelled = await local.cancelOrder(
          cancelInput(id, added.waybillId),
        );
        expect(cancelled.deductFee).toBe(expected);
        expect(book().order(id)?.status).toBe(to);
      },
    );

    it('DADA only before pickup; a final order is 930565', async () => {
      const added = await local.addOrder(
        localOrder('PC-D', DADA_SHOP.shopId, 'DADA'),
      );
      book().advance('PC-D', 102);
      book().advance('PC-D', 201);
      book().advance('PC-D', 202);
      await carrierRefusal(
        local.cancelOrder({
          ...cancelInput('PC-D', added.waybillId),
          shopId: DADA_SHOP.shopId,
          deliveryId: 'DADA',
        }),
        9004,
      );
      expect(book().order('PC-D')?.status).toBe(202);
      const done = await local.addOrder(localOrder('PC-F'));
      await mock('PC-F', 302);
      const final = (await failureOf(
        local.cancelOrder(cancelInput('PC-F', done.waybillId)),
      )) as WechatApiError;
      expect(final.errcode).toBe(930565);
    });

    it('precancel is a read (repeated after -1); cancel is sent once with the advice', async () => {
      const added = await local.addOrder(localOrder('PC-R'));
      wechat.faults.inject({
        path: WECHAT_PATHS.localPreCancelOrder,
        errcode: -1,
        times: 1,
      });
      await expect(
        local.preCancelOrder(cancelInput('PC-R', added.waybillId)),
      ).resolves.toMatchObject({ deductFee: 0 });
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localPreCancelOrder),
      ).toHaveLength(2);
      wechat.faults.inject({
        path: WECHAT_PATHS.localCancelOrder,
        errcode: -1,
        times: 1,
      });
      const error = (await failureOf(
        local.cancelOrder(cancelInput('PC-R', added.waybillId)),
      )) as WechatApiError;
      expect(error.advice).toBe(LOCAL_CANCEL_OUTCOME_UNKNOWN_ADVICE);
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localCancelOrder),
      ).toHaveLength(1);
    });

    it("maps the doc's precancel reply (canned)", async () => {
      cannedReply(wechat, WECHAT_PATHS.localPreCancelOrder, {
        resultcode: 0,
        resultmsg: 'ok',
        deduct_fee: 5,
        desc: 'blabla',
      });
      await expect(
        local.preCancelOrder(cancelInput('PC-C', 'W')),
      ).resolves.toEqual({ deductFee: 5, desc: 'blabla' });
    });
  });

  describe('abnormalConfirm (order/confirm_return)', () => {
    const confirm = (shopOrderId: string, waybillId: string) => ({
      ...ids(shopOrderId),
      waybillId,
      remark: '已收到退回的商品',
    });

    it.each([303, 304, 305])(
      'from %i the goods are back: 401; the wire carries the remark and the sign',
      async (status) => {
        const id = `AC-${status}`;
        const { waybillId } = await local.addOrder(localOrder(id));
        for (const s of [102, 201, 202, 301, status]) await mock(id, s);
        await expect(
          local.abnormalConfirm(confirm(id, waybillId)),
        ).resolves.toEqual({});
        expect(book().order(id)?.status).toBe(401);
        const sent = theOneRequest(
          wechat,
          'POST',
          WECHAT_PATHS.localAbnormalConfirm,
        );
        expect(sent.path).toBe(
          '/cgi-bin/express/local/business/order/confirm_return',
        );
        expect(sent.body).toEqual({
          shopid: SANDBOX,
          shop_order_id: id,
          waybill_id: waybillId,
          remark: '已收到退回的商品',
          delivery_sign: sign(SANDBOX, id, 'test_app_secrect'),
        });
      },
    );

    it('refused while delivering (carrier), and 930565 once final', async () => {
      const { waybillId } = await local.addOrder(localOrder('AC-X'));
      await mock('AC-X', 301);
      await carrierRefusal(
        local.abnormalConfirm(confirm('AC-X', waybillId)),
        9001,
      );
      await mock('AC-X', 401);
      const final = (await failureOf(
        local.abnormalConfirm(confirm('AC-X', waybillId)),
      )) as WechatApiError;
      expect(final.errcode).toBe(930565);
    });

    it('is retried after -1', async () => {
      const { waybillId } = await local.addOrder(localOrder('AC-R'));
      await mock('AC-R', 304);
      wechat.faults.inject({
        path: WECHAT_PATHS.localAbnormalConfirm,
        errcode: -1,
        times: 1,
      });
      await expect(
        local.abnormalConfirm(confirm('AC-R', waybillId)),
      ).resolves.toEqual({});
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localAbnormalConfirm),
      ).toHaveLength(2);
      expect(book().order('AC-R')?.status).toBe(401);
    });
  });

  describe('realMockUpdateOrder (realmock_update_order)', () => {
    const dadaTestOrder = (id: string) => ({
      ...localOrder(id, DADA_TEST.shopId, 'DADA'),
      shopNo: DADA_TEST.shopNo,
    });

    it("moves a carrier test account's order, signed with that account's secret", async () => {
      await local.addOrder(dadaTestOrder('RM1'));
      await expect(
        local.realMockUpdateOrder({
          ...ids('RM1', DADA_TEST.shopId),
          orderStatus: 102,
          actionTime: 1_700_000_000,
        }),
      ).resolves.toEqual({});
      expect(book().order('RM1')?.status).toBe(102);
      const sent = theOneRequest(
        wechat,
        'POST',
        WECHAT_PATHS.localRealMockUpdateOrder,
      );
      expect(sent.path).toBe(
        '/cgi-bin/express/local/business/realmock_update_order',
      );
      expect(sent.body).toEqual({
        shopid: DADA_TEST.shopId,
        shop_order_id: 'RM1',
        order_status: 102,
        action_time: 1_700_000_000,
        delivery_sign: sign(DADA_TEST.shopId, 'RM1', DADA_TEST.secret),
      });
    });

    it("a TEST order is 930557, a status the carrier's test system lacks 930561; -1 is retried", async () => {
      await local.addOrder(localOrder('RM2'));
      const onTest = (await failureOf(
        local.realMockUpdateOrder({
          ...ids('RM2'),
          orderStatus: 102,
          actionTime: 1_700_000_000,
        }),
      )) as WechatApiError;
      expect(onTest.errcode).toBe(930557);
      await local.addOrder(dadaTestOrder('RM3'));
      const unlisted = (await failureOf(
        local.realMockUpdateOrder({
          ...ids('RM3', DADA_TEST.shopId),
          orderStatus: 103,
          actionTime: 1_700_000_000,
        }),
      )) as WechatApiError;
      expect(unlisted.errcode).toBe(930561);
      wechat.faults.inject({
        path: WECHAT_PATHS.localRealMockUpdateOrder,
        errcode: -1,
        times: 1,
      });
      await local.realMockUpdateOrder({
        ...ids('RM3', DADA_TEST.shopId),
        orderStatus: 102,
        actionTime: 1_700_000_001,
      });
      expect(book().order('RM3')?.status).toBe(102);
    });
  });

  describe('the carriers and the bound accounts (reads)', () => {
    it('getAllImmeDelivery: the emulated list; the doc example (canned); repeated after a timeout and after -1', async () => {
      const { list } = await local.getAllImmeDelivery();
      expect(list.map((c) => c.deliveryId)).toEqual(
        expect.arrayContaining(['SFTC', 'SS', 'MTPS', 'DADA']),
      );
      const sent = theOneRequest(
        wechat,
        'POST',
        WECHAT_PATHS.localGetAllImmeDelivery,
      );
      expect(sent.path).toBe('/cgi-bin/express/local/business/delivery/getall');
      expect(sent.body).toEqual({});

      cannedReply(wechat, WECHAT_PATHS.localGetAllImmeDelivery, {
        resultcode: 0,
        resultmsg: 'ok',
        list: [
          { delivery_id: 'SFTC', delivery_name: '顺发同城' },
          { delivery_id: 'MTPS', delivery_name: '美团配送' },
        ],
      });
      await expect(local.getAllImmeDelivery()).resolves.toEqual({
        list: [
          { deliveryId: 'SFTC', deliveryName: '顺发同城' },
          { deliveryId: 'MTPS', deliveryName: '美团配送' },
        ],
      });

      wechat.requests.clear();
      wechat.faults.inject({
        path: WECHAT_PATHS.localGetAllImmeDelivery,
        hang: true,
        times: 1,
      });
      wechat.faults.inject({
        path: WECHAT_PATHS.localGetAllImmeDelivery,
        errcode: -1,
        times: 1,
      });
      await expect(local.getAllImmeDelivery()).resolves.toHaveProperty('list');
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localGetAllImmeDelivery),
      ).toHaveLength(3);
    });

    it('getBindAccount: the bound shops with their audit state; a carrier error is refused', async () => {
      book().bindShop({
        shopId: 'sftc_pending',
        deliveryId: 'SFTC',
        secret: 'x-secret-x',
        auditResult: 1,
      });
      const { shopList } = await local.getBindAccount();
      expect(shopList).toEqual(
        expect.arrayContaining([
          { shopId: DADA_SHOP.shopId, deliveryId: 'DADA', auditResult: 0 },
          { shopId: 'sftc_pending', deliveryId: 'SFTC', auditResult: 1 },
        ]),
      );
      const sent = theOneRequest(
        wechat,
        'POST',
        WECHAT_PATHS.localGetBindAccount,
      );
      expect(sent.path).toBe('/cgi-bin/express/local/business/shop/get');
      expect(sent.body).toEqual({});
      cannedReply(wechat, WECHAT_PATHS.localGetBindAccount, {
        resultcode: 8,
        resultmsg: '系统繁忙',
        shop_list: [],
      });
      await carrierRefusal(local.getBindAccount(), 8);
    });
  });

  describe('third-party only: bindAccount and openDelivery', () => {
    let platform: LibraryApp;
    let asPlatform: WechatLocalDeliveryService;
    beforeAll(async () => {
      platform = await startLibraryApp(
        emulatorOptions(wechat, {
          timeoutMs: CONTRACT_TIMEOUT_MS,
          appSecret: undefined,
          accessTokenProvider: () =>
            Promise.resolve(wechat.tokens.issueAuthorizer()),
        }),
      );
      asPlatform = platform.app.get(WechatLocalDeliveryService);
    });
    afterAll(() => platform?.app.close());

    it("with the app's own token both are 86000", async () => {
      for (const call of [
        () => local.bindAccount({ deliveryId: 'SFTC' }),
        () => local.openDelivery(),
      ]) {
        const error = (await failureOf(call())) as WechatApiError;
        expect(error).toBeInstanceOf(WechatApiError);
        expect(error.errcode).toBe(86000);
      }
      expect(book().bindRequests()).toEqual([]);
      expect(book().deliveryOpened).toBe(false);
    });

    it('with an authorizer token: bindAccount starts the bind ({ delivery_id }, no sign); an unknown carrier is 930561', async () => {
      await expect(
        asPlatform.bindAccount({ deliveryId: 'SFTC' }),
      ).resolves.toEqual({});
      expect(book().bindRequests()).toEqual(['SFTC']);
      const sent = theOneRequest(wechat, 'POST', WECHAT_PATHS.localBindAccount);
      expect(sent.path).toBe('/cgi-bin/express/local/business/shop/add');
      expect(sent.body).toEqual({ delivery_id: 'SFTC' });
      const unknown = (await failureOf(
        asPlatform.bindAccount({ deliveryId: 'DDPS' }),
      )) as WechatApiError;
      expect(unknown.errcode).toBe(930561);
    });

    it('bindAccount is retried after -1 but not after a timeout', async () => {
      wechat.faults.inject({
        path: WECHAT_PATHS.localBindAccount,
        errcode: -1,
        times: 1,
      });
      await asPlatform.bindAccount({ deliveryId: 'DADA' });
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localBindAccount),
      ).toHaveLength(2);
      wechat.requests.clear();
      wechat.faults.inject({
        path: WECHAT_PATHS.localBindAccount,
        hang: true,
        times: 1,
      });
      await expect(
        asPlatform.bindAccount({ deliveryId: 'DADA' }),
      ).rejects.toBeInstanceOf(WechatTransportError);
      expect(
        wechat.requests.forPath(WECHAT_PATHS.localBindAccount),
      ).toHaveLength(1);
    });

    it('openDelivery opens once (930569 after); a -1 whose repeat finds it opened counts as done', async () => {
      await expect(asPlatform.openDelivery()).resolves.toEqual({});
      expect(book().deliveryOpened).toBe(true);
      const sent = theOneRequest(
        wechat,
        'POST',
        WECHAT_PATHS.localOpenDelivery,
      );
      expect(sent.path).toBe('/cgi-bin/express/local/business/open');
      expect(sent.body).toEqual({});
      const again = (await failureOf(
        asPlatform.openDelivery(),
      )) as WechatApiError;
      expect(again.errcode).toBe(930569);
      wechat.faults.inject({
        path: WECHAT_PATHS.localOpenDelivery,
        errcode: -1,
        times: 1,
      });
      await expect(asPlatform.openDelivery()).resolves.toEqual({});
    });
  });
});
