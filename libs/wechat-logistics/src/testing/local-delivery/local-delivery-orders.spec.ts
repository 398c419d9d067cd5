import { WechatEmulator } from '../wechat-emulator';
import {
  BUYER,
  type LocalApi,
  localApi,
  northOfStore,
  orderBody,
  orderKey,
} from './local-delivery.spec-helper';

const DADA = { shopid: 'dada-1', delivery_id: 'DADA', secret: 'dada-secret' };
const MTPS = {
  shopid: 'mt-1',
  delivery_id: 'MTPS',
  secret: 'mt-secret',
  shop_no: '7',
};

describe('即时配送 emulator: quotes, add and readd (local-delivery.md §3.5–§3.7, §6.3)', () => {
  let wechat: WechatEmulator;
  let api: LocalApi;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    api = await localApi(wechat);
  });
  afterAll(() => wechat.stop());
  beforeEach(() => {
    wechat.localDelivery.reset();
    wechat.localDelivery.bindShop({
      shopId: 'dada-1',
      deliveryId: 'DADA',
      secret: 'dada-secret',
    });
    wechat.localDelivery.bindShop({
      shopId: 'mt-1',
      deliveryId: 'MTPS',
      secret: 'mt-secret',
    });
    wechat.localDelivery.bindShop({
      shopId: 'sf-1',
      deliveryId: 'SFTC',
      secret: 'sf-secret',
    });
  });

  describe('pre_add', () => {
    it('quotes in yuan and metres: haversine distance, 5 yuan + 1/km past 3 km, 1% insurance, dispatch 300 s', async () => {
      // 0.09° north on one meridian = 10 007.5 m.
      const body = orderBody('q1', {
        receiver: northOfStore(0.09),
        order_info: { tips: 1.5, is_insured: 1, declared_value: 123.45 },
      });
      const reply = await api.post('localPreAddOrder', body);
      expect(reply).toMatchObject({
        resultcode: 0,
        distance: 10008,
        deliverfee: 12.01,
        couponfee: 0,
        fee: 12.01,
        tips: 1.5,
        insurancefee: 1.23,
        dispatch_duration: 300,
      });
      expect(reply).not.toHaveProperty('errcode');
    });

    it('converts BD-09 (coordinate_type 1) before measuring', async () => {
      const sameNumbers = { ...northOfStore(0) };
      const gcj = await api.post(
        'localPreAddOrder',
        orderBody('q2', { receiver: sameNumbers }),
      );
      expect(gcj['distance']).toBe(0);
      const bd = await api.post(
        'localPreAddOrder',
        orderBody('q2', { receiver: { ...sameNumbers, coordinate_type: 1 } }),
      );
      // Baidu's offset is some 500–1000 m around Guangzhou.
      expect(bd['distance']).toBeGreaterThan(500);
      expect(bd['distance']).toBeLessThan(1500);
    });

    it('issues a delivery_token for DADA and TEST only; MTPS only validates', async () => {
      expect(
        await api.post('localPreAddOrder', orderBody('q3')),
      ).toHaveProperty('delivery_token');
      expect(
        await api.post('localPreAddOrder', orderBody('q3', DADA)),
      ).toHaveProperty('delivery_token');
      const sf = await api.post(
        'localPreAddOrder',
        orderBody('q3', {
          shopid: 'sf-1',
          delivery_id: 'SFTC',
          secret: 'sf-secret',
        }),
      );
      expect(sf).toMatchObject({ resultcode: 0, fee: 5 });
      expect(sf).not.toHaveProperty('delivery_token');
      expect(await api.post('localPreAddOrder', orderBody('q3', MTPS))).toEqual(
        { resultcode: 0, resultmsg: 'ok' },
      );
    });
  });

  describe('delivery_token', () => {
    it('keeps the quote for 180 s on the emulator clock; afterwards add answers 2062 with fields zero-filled', async () => {
      const quoted = await api.post('localPreAddOrder', orderBody('t1', DADA));
      wechat.clock.advance(179);
      const kept = await api.post(
        'localAddOrder',
        orderBody('t1', { ...DADA, delivery_token: quoted['delivery_token'] }),
      );
      expect(kept).toMatchObject({ resultcode: 0, fee: quoted['fee'] });

      const again = await api.post('localPreAddOrder', orderBody('t2', DADA));
      wechat.clock.advance(180);
      const stale = await api.post(
        'localAddOrder',
        orderBody('t2', { ...DADA, delivery_token: again['delivery_token'] }),
      );
      expect(stale).toMatchObject({
        resultcode: 2062,
        fee: 0,
        waybill_id: '',
        order_status: 0,
      });
      expect(stale).not.toHaveProperty('errcode');
    });

    it("refuses another order's token", async () => {
      const quoted = await api.post('localPreAddOrder', orderBody('t3', DADA));
      const reply = await api.post(
        'localAddOrder',
        orderBody('t4', { ...DADA, delivery_token: quoted['delivery_token'] }),
      );
      expect(reply).toMatchObject({ resultcode: 2062 });
    });
  });

  describe('add', () => {
    it('starts at 101 with the sandbox waybill <shop_order_id>_waybillid, and codes when asked and supported', async () => {
      const reply = await api.post(
        'localAddOrder',
        orderBody('a1', {
          order_info: { is_pickup_code_needed: 1, is_finish_code_needed: 1 },
        }),
      );
      expect(reply).toMatchObject({
        resultcode: 0,
        resultmsg: 'ok',
        order_status: 101,
        waybill_id: 'a1_waybillid',
        dispatch_duration: 300,
      });
      expect(reply['pickup_code']).toEqual(expect.any(Number));
      expect(reply['pickup_code']).toBeGreaterThanOrEqual(1000);
      expect(reply['finish_code']).toBeLessThan(10000);
      // DADA has a finish code only; nobody asked: no codes.
      const dada = await api.post(
        'localAddOrder',
        orderBody('a2', {
          ...DADA,
          order_info: { is_pickup_code_needed: 1, is_finish_code_needed: 1 },
        }),
      );
      expect(dada).toMatchObject({
        pickup_code: 0,
        finish_code: expect.any(Number),
      });
      expect(dada['finish_code']).toBeGreaterThan(0);
      expect(await api.post('localAddOrder', orderBody('a3'))).toMatchObject({
        pickup_code: 0,
        finish_code: 0,
      });
    });

    it('930562 for a shop_order_id the shop already used', async () => {
      await api.post('localAddOrder', orderBody('a4'));
      expect(await api.post('localAddOrder', orderBody('a4'))).toMatchObject({
        errcode: 930562,
      });
    });

    it.each([
      [
        '930570 for a category pair not in the list',
        {
          cargo: {
            goods_value: 5,
            goods_weight: 1,
            cargo_first_class: '美食夜宵',
            cargo_second_class: '家电',
          },
        },
        930570,
      ],
      [
        '930570 for missing categories',
        { cargo: { goods_value: 5, goods_weight: 1 } },
        930570,
      ],
      [
        '9300535 for an empty img_url',
        {
          shop: {
            wxa_path: '/p',
            img_url: '',
            goods_name: '茶',
            goods_count: 1,
          },
        },
        9300535,
      ],
      [
        '9300535 for an empty goods_name',
        {
          shop: {
            wxa_path: '/p',
            img_url: 'https://i/x.jpg',
            goods_name: '',
            goods_count: 1,
          },
        },
        9300535,
      ],
      [
        '9300535 for goods_count 0',
        {
          shop: {
            wxa_path: '/p',
            img_url: 'https://i/x.jpg',
            goods_name: '茶',
            goods_count: 0,
          },
        },
        9300535,
      ],
      [
        '930561 for goods_value over 5000',
        {
          cargo: {
            goods_value: 5000.01,
            goods_weight: 1,
            cargo_first_class: '美食夜宵',
            cargo_second_class: '零食小吃',
          },
        },
        930561,
      ],
      ['930561 for a missing receiver', { receiver: undefined }, 930561],
    ])('%s', async (_, change, errcode) => {
      const reply = await api.post('localAddOrder', orderBody('v1', change));
      expect(reply).toMatchObject({ errcode });
      expect(reply).not.toHaveProperty('resultcode');
    });

    it('930561 when MTPS is sent without shop_no, or SFTC without sender', async () => {
      expect(
        await api.post(
          'localAddOrder',
          orderBody('v2', { ...MTPS, shop_no: '' }),
        ),
      ).toMatchObject({ errcode: 930561 });
      const sf = {
        shopid: 'sf-1',
        delivery_id: 'SFTC',
        secret: 'sf-secret',
        shop_no: '1',
      };
      expect(
        await api.post(
          'localAddOrder',
          orderBody('v2', { ...sf, sender: undefined }),
        ),
      ).toMatchObject({ errcode: 930561 });
      expect(
        await api.post(
          'localAddOrder',
          orderBody('v2', { ...MTPS, sender: undefined }),
        ),
      ).toMatchObject({ resultcode: 0, distance: 0 });
    });

    it('setCargoClasses replaces the accepted pairs', async () => {
      wechat.localDelivery.setCargoClasses([['家居', '家电']]);
      const pair = {
        goods_value: 5,
        goods_weight: 1,
        cargo_first_class: '家居',
        cargo_second_class: '家电',
      };
      expect(await api.post('localAddOrder', orderBody('v3'))).toMatchObject({
        errcode: 930570,
      });
      expect(
        await api.post('localAddOrder', orderBody('v3', { cargo: pair })),
      ).toMatchObject({ resultcode: 0 });
    });
  });

  describe('the sandbox', () => {
    it('accepts any openid until setSandboxMembers, then 930559 for others (TEST only)', async () => {
      wechat.localDelivery.setSandboxMembers(['oAdmin']);
      expect(await api.post('localAddOrder', orderBody('s1'))).toMatchObject({
        errcode: 930559,
      });
      expect(
        await api.post('localAddOrder', orderBody('s1', { openid: 'oAdmin' })),
      ).toMatchObject({ resultcode: 0 });
      expect(
        await api.post('localAddOrder', orderBody('s2', DADA)),
      ).toMatchObject({ resultcode: 0 });
      wechat.localDelivery.allowAnySandboxMember();
      expect(
        await api.post('localAddOrder', orderBody('s3', { openid: BUYER })),
      ).toMatchObject({ resultcode: 0 });
    });

    it('930564 once 500 sandbox order calls are spent in 24 h', async () => {
      for (let i = 0; i < 250; i += 1) {
        await api.post('localGetOrder', orderKey('none'));
        await api.post('localPreAddOrder', orderBody('none'));
      }
      expect(
        await api.post('localPreAddOrder', orderBody('none')),
      ).toMatchObject({ errcode: 930564 });
      expect(
        await api.post('localPreAddOrder', orderBody('none', DADA)),
      ).toMatchObject({ resultcode: 0 });
      wechat.clock.advance(24 * 3600);
      api = await localApi(wechat); // the day also expired the token
      expect(
        await api.post('localPreAddOrder', orderBody('none')),
      ).toMatchObject({ resultcode: 0 });
    });
  });

  describe('readd', () => {
    it('930563 for an unknown order; refused while a rider holds it; after a cancel a new waybill at 101', async () => {
      expect(await api.post('localReOrder', orderBody('r1'))).toMatchObject({
        errcode: 930563,
      });
      await api.post('localAddOrder', orderBody('r1'));
      wechat.localDelivery.advance('r1', 102);
      expect(await api.post('localReOrder', orderBody('r1'))).toMatchObject({
        resultcode: 9001,
        waybill_id: '',
      });
      await api.post('localCancelOrder', {
        ...orderKey('r1'),
        delivery_id: 'TEST',
        cancel_reason_id: 1,
      });
      const readd = await api.post('localReOrder', orderBody('r1'));
      expect(readd).toMatchObject({
        resultcode: 0,
        order_status: 101,
        waybill_id: 'r1_waybillid_2',
      });
      expect(wechat.localDelivery.order('r1')).toMatchObject({
        status: 101,
        dispatches: 2,
      });
    });

    it('re-dispatches an order no rider accepted yet (101), and 930565 once delivered', async () => {
      await api.post('localAddOrder', orderBody('r2'));
      expect(await api.post('localReOrder', orderBody('r2'))).toMatchObject({
        resultcode: 0,
        waybill_id: 'r2_waybillid_2',
      });
      for (const status of [102, 201, 202, 301, 302])
        wechat.localDelivery.advance('r2', status);
      expect(await api.post('localReOrder', orderBody('r2'))).toMatchObject({
        errcode: 930565,
      });
    });

    it('MTPS refuses readd with a carrier error', async () => {
      await api.post('localAddOrder', orderBody('r3', MTPS));
      await api.post('localCancelOrder', {
        ...orderKey('r3', MTPS),
        delivery_id: 'MTPS',
        cancel_reason_id: 1,
      });
      expect(
        await api.post('localReOrder', orderBody('r3', MTPS)),
      ).toMatchObject({ resultcode: 9002, waybill_id: '' });
    });
  });
});
