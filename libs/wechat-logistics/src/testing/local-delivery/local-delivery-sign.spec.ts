import { WechatEmulator } from '../wechat-emulator';
import {
  type LocalApi,
  localApi,
  orderBody,
  orderKey,
  type LocalPath,
  sha1,
} from './local-delivery.spec-helper';

const OFFICIAL_ORDER = 'test_shop_order_id';
/** local-delivery.md §4: the official vector and the wrong-secret one. */
const OFFICIAL_SIGN = 'a93d8d6bae9a9483c1b1d4e8670e7f6226ec94cb';
const WRONG_SECRET_SIGN = '6702fe535e0f98d384fc2afc3b61d77c44d4eca5';

describe('即时配送 emulator: delivery_sign (local-delivery.md §4)', () => {
  let wechat: WechatEmulator;
  let api: LocalApi;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    api = await localApi(wechat);
  });
  afterAll(() => wechat.stop());
  beforeEach(() => wechat.localDelivery.reset());

  it('accepts the official vector as the sandbox sign of test_shop_order_id', async () => {
    const body = { ...orderBody(OFFICIAL_ORDER), delivery_sign: OFFICIAL_SIGN };
    expect(await api.post('localAddOrder', body)).toMatchObject({
      resultcode: 0,
      resultmsg: 'ok',
      waybill_id: `${OFFICIAL_ORDER}_waybillid`,
    });
  });

  it('refuses the wrong-secret vector at the carrier level: no errcode, resultcode 1, fields zero-filled', async () => {
    const body = {
      ...orderBody(OFFICIAL_ORDER),
      delivery_sign: WRONG_SECRET_SIGN,
    };
    const reply = await api.post('localAddOrder', body);
    expect(reply).toEqual({
      resultcode: 1,
      resultmsg: '签名校验失败',
      fee: 0,
      deliverfee: 0,
      couponfee: 0,
      tips: 0,
      insurancefee: 0,
      distance: 0,
      waybill_id: '',
      order_status: 0,
      finish_code: 0,
      pickup_code: 0,
      dispatch_duration: 0,
    });
    expect(wechat.localDelivery.order(OFFICIAL_ORDER)).toBeUndefined();
  });

  it('refuses a missing sign and an upper-case one alike', async () => {
    const { delivery_sign: sign, ...unsigned } = orderBody('o-unsigned');
    expect(await api.post('localPreAddOrder', unsigned)).toMatchObject({
      resultcode: 1,
    });
    const upper = { ...unsigned, delivery_sign: String(sign).toUpperCase() };
    expect(await api.post('localPreAddOrder', upper)).toMatchObject({
      resultcode: 1,
    });
    expect(
      await api.post('localPreAddOrder', { ...unsigned, delivery_sign: sign }),
    ).toMatchObject({ resultcode: 0 });
  });

  it("signs a bound shop's calls with that shop's secret, and a carrier test account's with its own", async () => {
    wechat.localDelivery.bindShop({
      shopId: 'sf-appkey-1',
      deliveryId: 'SFTC',
      secret: 'sf-secret-1',
    });
    const bound = { shopid: 'sf-appkey-1', delivery_id: 'SFTC' };
    const own = orderBody('o-sf', { ...bound, secret: 'sf-secret-1' });
    const sandboxSecret = orderBody('o-sf', { ...bound });
    expect(await api.post('localPreAddOrder', sandboxSecret)).toMatchObject({
      resultcode: 1,
    });
    expect(await api.post('localPreAddOrder', own)).toMatchObject({
      resultcode: 0,
    });
    // The SFTC test account of §6.2 and the sign a COMM user sent for it.
    const account = orderBody('NC16355158526160004316829057', {
      shopid: '1534713176',
      delivery_id: 'SFTC',
      secret: 'd80400f91e156f63b38886e616d84590',
    });
    expect(account['delivery_sign']).toBe(
      '10ef77787180af027e81afad6fd1107f8646f643',
    );
    expect(await api.post('localPreAddOrder', account)).toMatchObject({
      resultcode: 0,
    });
  });

  describe('every endpoint that needs a sign checks it', () => {
    const ORDER = 'o-signed';
    const calls: [
      LocalPath,
      Record<string, unknown>,
      Record<string, unknown>,
    ][] = [
      ['localPreAddOrder', orderBody(ORDER), { fee: 0, distance: 0 }],
      [
        'localAddOrder',
        orderBody('o-other'),
        { waybill_id: '', order_status: 0 },
      ],
      ['localReOrder', orderBody(ORDER), { waybill_id: '' }],
      [
        'localAddTip',
        {
          ...orderKey(ORDER),
          waybill_id: `${ORDER}_waybillid`,
          tips: 2,
          remark: '加急',
        },
        {},
      ],
      [
        'localGetOrder',
        orderKey(ORDER),
        { order_status: 0, waybill_id: '', rider_name: '', reach_time: 0 },
      ],
      [
        'localPreCancelOrder',
        {
          ...orderKey(ORDER),
          delivery_id: 'TEST',
          waybill_id: `${ORDER}_waybillid`,
        },
        { deduct_fee: 0, desc: '' },
      ],
      [
        'localCancelOrder',
        { ...orderKey(ORDER), delivery_id: 'TEST', cancel_reason_id: 1 },
        { deduct_fee: 0 },
      ],
      [
        'localAbnormalConfirm',
        { ...orderKey(ORDER), waybill_id: `${ORDER}_waybillid` },
        {},
      ],
    ];

    beforeEach(async () => {
      expect(await api.post('localAddOrder', orderBody(ORDER))).toMatchObject({
        resultcode: 0,
      });
    });

    it.each(calls)(
      '%s: a sign made with the wrong secret → resultcode 1, no errcode',
      async (path, body, zeroed) => {
        const forged = {
          ...body,
          delivery_sign: sha1(
            `test_shop_id${String(body['shop_order_id'])}test_app_secret`,
          ),
        };
        const reply = await api.post(path, forged);
        expect(reply).toMatchObject({
          resultcode: 1,
          resultmsg: '签名校验失败',
          ...zeroed,
        });
        expect(reply).not.toHaveProperty('errcode');
        expect(wechat.localDelivery.order(ORDER)).toMatchObject({
          status: 101,
          dispatches: 1,
          tips: 0,
        });
      },
    );

    it('realmock_update_order: its test account signs with the account secret', async () => {
      const add = orderBody('dada-1', {
        shopid: 'dadaaee18818d97e236',
        delivery_id: 'DADA',
        secret: '1c6f40492d6d89caaad80b85f7d31670',
      });
      expect(await api.post('localAddOrder', add)).toMatchObject({
        resultcode: 0,
      });
      const mock = {
        shopid: 'dadaaee18818d97e236',
        shop_order_id: 'dada-1',
        order_status: 102,
        action_time: wechat.clock.nowSeconds(),
      };
      const wrong = await api.post('localRealMockUpdateOrder', {
        ...mock,
        delivery_sign: sha1('dadaaee18818d97e236dada-1test_app_secrect'),
      });
      expect(wrong).toEqual({ resultcode: 1, resultmsg: '签名校验失败' });
      const right = await api.post('localRealMockUpdateOrder', {
        ...mock,
        delivery_sign: add['delivery_sign'],
      });
      expect(right).toEqual({ resultcode: 0, resultmsg: 'ok' });
    });

    it('test_update_order needs no sign', async () => {
      const reply = await api.post('localMockUpdateOrder', {
        shopid: 'test_shop_id',
        shop_order_id: ORDER,
        order_status: 102,
        action_time: wechat.clock.nowSeconds(),
      });
      expect(reply).toEqual({ resultcode: 0, resultmsg: 'ok' });
    });
  });
});
