import { WechatEmulator } from '../wechat-emulator';
import {
  type LocalApi,
  localApi,
  northOfStore,
  orderBody,
  orderKey,
} from './local-delivery.spec-helper';

const SS = { shopid: 'ss-1', delivery_id: 'SS', secret: 'ss', shop_no: '1' };
const DADA = { shopid: 'dada-1', delivery_id: 'DADA', secret: 'dada' };
const SF = { shopid: 'sf-1', delivery_id: 'SFTC', secret: 'sf' };
const MTPS = {
  shopid: 'mt-1',
  delivery_id: 'MTPS',
  secret: 'mt',
  shop_no: '1',
};
type Shop = typeof DADA;

describe('即时配送 emulator: tips, cancel, confirm_return, get and the mock calls (local-delivery.md §3.8–§3.14, §6.3)', () => {
  let wechat: WechatEmulator;
  let api: LocalApi;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    api = await localApi(wechat);
  });
  afterAll(() => wechat.stop());
  beforeEach(() => {
    wechat.localDelivery.reset();
    for (const shop of [SS, DADA, SF, MTPS])
      wechat.localDelivery.bindShop({
        shopId: shop.shopid,
        deliveryId: shop.delivery_id,
        secret: shop.secret,
      });
  });

  const add = async (
    id: string,
    shop?: Shop,
    extra: Record<string, unknown> = {},
  ) => {
    const reply = await api.post(
      'localAddOrder',
      orderBody(id, { ...shop, ...extra }),
    );
    expect(reply).toMatchObject({ resultcode: 0 });
    return String(reply['waybill_id']);
  };
  const key = (id: string, shop?: Shop) => orderKey(id, shop ?? {});
  const tip = async (id: string, tips: number, shop?: Shop) =>
    api.post('localAddTip', {
      ...key(id, shop),
      waybill_id: wechat.localDelivery.order(id)?.waybillId,
      tips,
      remark: '加急',
    });
  const resultcodes = async (id: string, amounts: number[], shop?: Shop) => {
    const codes: unknown[] = [];
    for (const amount of amounts)
      codes.push((await tip(id, amount, shop))['resultcode']);
    return codes;
  };
  const cancel = (
    id: string,
    shop: Shop | undefined,
    path: 'localPreCancelOrder' | 'localCancelOrder' = 'localCancelOrder',
  ) =>
    api.post(path, {
      ...key(id, shop),
      delivery_id: shop?.delivery_id ?? 'TEST',
      waybill_id: wechat.localDelivery.order(id)?.waybillId,
      cancel_reason_id: 1,
    });
  const walk = (id: string, ...statuses: number[]) =>
    statuses.forEach((status) => wechat.localDelivery.advance(id, status));

  describe('addtips', () => {
    it('must rise above the last tip, only in 101', async () => {
      await add('t1');
      expect(await resultcodes('t1', [3, 3, 2, 4])).toEqual([0, 9003, 9003, 0]);
      walk('t1', 102);
      expect(await tip('t1', 6)).toEqual({
        resultcode: 9001,
        resultmsg: expect.any(String),
      });
      walk('t1', 501);
      expect(await tip('t1', 7)).toMatchObject({ errcode: 930565 });
    });

    it('SS takes only its tiers; DADA ≤ 30, 0.1 steps, ≤ goods value; MTPS none', async () => {
      await add('ss', SS);
      expect(await resultcodes('ss', [4, 5, 100, 101], SS)).toEqual([
        9003, 0, 0, 9003,
      ]);
      await add('dada', DADA, {
        cargo: {
          goods_value: 20,
          goods_weight: 1,
          cargo_first_class: '美食夜宵',
          cargo_second_class: '零食小吃',
        },
      });
      expect(await resultcodes('dada', [1.25, 1.2, 20.1, 20], DADA)).toEqual([
        9003, 0, 9003, 0,
      ]);
      await add('dada2', DADA);
      expect(await resultcodes('dada2', [30.1, 30], DADA)).toEqual([9003, 0]);
      await add('mt', MTPS);
      expect(await resultcodes('mt', [1], MTPS)).toEqual([9002]);
    });

    it('SFTC: at most 10 raises up to 200 yuan by default; setSftcTips("unsupported") refuses all', async () => {
      await add('sf', SF);
      const raises = Array.from({ length: 11 }, (_, i) => i + 1);
      expect(await resultcodes('sf', raises, SF)).toEqual([
        ...Array(10).fill(0),
        9003,
      ]);
      await add('sf2', SF);
      expect(await resultcodes('sf2', [200.01, 200], SF)).toEqual([9003, 0]);
      wechat.localDelivery.setSftcTips('unsupported');
      await add('sf3', SF);
      expect(await resultcodes('sf3', [1], SF)).toEqual([9002]);
    });

    it('930561 for a tip with more than 2 decimals or another waybill', async () => {
      await add('t2');
      expect(await tip('t2', 1.234)).toMatchObject({ errcode: 930561 });
      expect(
        await api.post('localAddTip', {
          ...key('t2'),
          waybill_id: 'other',
          tips: 1,
        }),
      ).toMatchObject({ errcode: 930561 });
    });
  });

  describe('precancel and cancel', () => {
    it('fees by state: 0 in 101, 2 yuan once a rider is assigned, the delivery fee after pickup; precancel changes nothing', async () => {
      const fees: unknown[] = [];
      for (const [id, path] of [
        ['c0', []],
        ['c1', [102]],
        ['c2', [102, 201]],
        ['c3', [102, 201, 202]],
        ['c4', [102, 201, 202, 301]],
      ] as const) {
        await add(id, undefined, { receiver: northOfStore(0.09) });
        walk(id, ...path);
        fees.push(
          (await cancel(id, undefined, 'localPreCancelOrder'))['deduct_fee'],
        );
      }
      expect(fees).toEqual([0, 2, 2, 12.01, 12.01]);
      expect(wechat.localDelivery.order('c4')?.status).toBe(301);
    });

    it('cancel moves 101/102 → 103, 201/202 → 203, 301 → 303 (then confirm_return → 401)', async () => {
      const after: unknown[] = [];
      for (const [id, path] of [
        ['d0', []],
        ['d1', [102]],
        ['d2', [102, 201]],
        ['d3', [102, 201, 202]],
        ['d4', [102, 201, 202, 301]],
      ] as const) {
        await add(id);
        walk(id, ...path);
        expect(await cancel(id, undefined)).toMatchObject({
          resultcode: 0,
          deduct_fee: expect.any(Number),
          desc: expect.any(String),
        });
        after.push(wechat.localDelivery.order(id)?.status);
      }
      expect(after).toEqual([103, 103, 203, 203, 303]);
      expect(await cancel('d0', undefined)).toMatchObject({ errcode: 930565 });
    });

    it('DADA refuses once picked up; SFTC cancel without waybill_id answers 1202', async () => {
      await add('dc', DADA);
      walk('dc', 102, 201, 202);
      expect(await cancel('dc', DADA)).toMatchObject({
        resultcode: 9004,
        deduct_fee: 0,
      });
      expect(wechat.localDelivery.order('dc')?.status).toBe(202);
      await add('sc', SF);
      const noWaybill = await api.post('localCancelOrder', {
        ...key('sc', SF),
        delivery_id: 'SFTC',
        cancel_reason_id: 1,
      });
      expect(noWaybill).toMatchObject({
        resultcode: 1202,
        resultmsg: '请求参数错误(order_id)',
      });
    });

    it('930561 for cancel_reason_id 6 without a reason, 930563 for an unknown order', async () => {
      await add('e1');
      expect(
        await api.post('localCancelOrder', {
          ...key('e1'),
          delivery_id: 'TEST',
          cancel_reason_id: 6,
        }),
      ).toMatchObject({ errcode: 930561 });
      expect(
        await api.post('localCancelOrder', {
          ...key('nope'),
          delivery_id: 'TEST',
          cancel_reason_id: 1,
        }),
      ).toMatchObject({ errcode: 930563 });
    });
  });

  describe('confirm_return', () => {
    it.each([303, 304, 305])(
      '%s → 401; elsewhere a carrier refusal',
      async (status) => {
        const id = `r${status}`;
        await add(id);
        const confirm = () =>
          api.post('localAbnormalConfirm', {
            ...key(id),
            waybill_id: `${id}_waybillid`,
          });
        walk(id, 102, 201, 202, 301);
        expect(await confirm()).toMatchObject({ resultcode: 9001 });
        if (status === 303) await cancel(id, undefined);
        else walk(id, status);
        expect(await confirm()).toEqual({ resultcode: 0, resultmsg: 'ok' });
        expect(wechat.localDelivery.order(id)?.status).toBe(401);
        expect(await confirm()).toMatchObject({ errcode: 930565 });
      },
    );
  });

  describe('order/get', () => {
    it('rider from 102; position and reach_time (seconds left) only in 301', async () => {
      await add('g1', undefined, { receiver: northOfStore(0.09) });
      const get = () => api.post('localGetOrder', key('g1'));
      expect(await get()).toEqual({
        resultcode: 0,
        resultmsg: 'ok',
        order_status: 101,
        waybill_id: 'g1_waybillid',
      });
      wechat.localDelivery.advance('g1', 102, {
        agent: { name: '李四', phone: '139****0000' },
      });
      expect(await get()).toEqual({
        resultcode: 0,
        resultmsg: 'ok',
        order_status: 102,
        waybill_id: 'g1_waybillid',
        rider_name: '李四',
        rider_phone: '139****0000',
      });
      walk('g1', 201, 202);
      wechat.localDelivery.advance('g1', 301, { reachInSeconds: 600 });
      wechat.clock.advance(300);
      const delivering = await get();
      expect(delivering).toMatchObject({
        order_status: 301,
        rider_name: '李四',
        reach_time: 300,
        rider_lng: 113.324,
      });
      // Halfway between the store (23.125) and the receiver (23.215).
      expect(delivering['rider_lat']).toBeCloseTo(23.17, 2);
      walk('g1', 302);
      expect(await get()).not.toHaveProperty('rider_name');
    });

    it('930563 for an unknown order', async () => {
      expect(await api.post('localGetOrder', key('nope'))).toMatchObject({
        errcode: 930563,
      });
    });
  });

  describe('test_update_order (sandbox)', () => {
    const mock = (id: string, status: number, shopid = 'test_shop_id') =>
      api.post('localMockUpdateOrder', {
        shopid,
        shop_order_id: id,
        order_status: status,
        action_time: 1700000000,
        action_msg: 'mocked',
      });

    it('applies any status value to a TEST order, even out of order', async () => {
      await add('m1');
      expect(await mock('m1', 302)).toEqual({ resultcode: 0, resultmsg: 'ok' });
      expect(wechat.localDelivery.order('m1')).toMatchObject({
        status: 302,
        actionTime: 1700000000,
        actionMsg: 'mocked',
      });
      expect(await mock('m1', 101)).toMatchObject({ resultcode: 0 });
      expect(await mock('m1', 999)).toMatchObject({ errcode: 930561 });
    });

    it('930561 for a non-TEST order or shopid, 930563 for an unknown one', async () => {
      await add('m2', DADA);
      expect(await mock('m2', 102)).toMatchObject({ errcode: 930561 });
      expect(await mock('m2', 102, 'dada-1')).toMatchObject({
        errcode: 930561,
      });
      expect(await mock('nope', 102)).toMatchObject({ errcode: 930563 });
    });
  });

  describe('realmock_update_order', () => {
    const SF_TEST = {
      shopid: '1534713176',
      delivery_id: 'SFTC',
      secret: 'd80400f91e156f63b38886e616d84590',
      shop_no: '3243279847393',
    };
    const realmock = (id: string, status: number, shop = SF_TEST) =>
      api.post('localRealMockUpdateOrder', {
        ...orderKey(id, shop),
        order_status: status,
        action_time: 1700000000,
      });

    it("moves a test account's order through its carrier's listed statuses only", async () => {
      await add('rm1', SF_TEST);
      expect(await realmock('rm1', 201)).toMatchObject({ errcode: 930561 });
      expect(await realmock('rm1', 102)).toEqual({
        resultcode: 0,
        resultmsg: 'ok',
      });
      expect(wechat.localDelivery.order('rm1')?.status).toBe(102);
    });

    it('930557 for a TEST order, 930561 for a shop that is not a test account', async () => {
      await add('rm2');
      expect(
        await realmock('rm2', 102, {
          ...SF_TEST,
          shopid: 'test_shop_id',
          secret: 'test_app_secrect',
        }),
      ).toMatchObject({ errcode: 930557 });
      await add('rm3', DADA);
      expect(await realmock('rm3', 102, { ...SF_TEST, ...DADA })).toMatchObject(
        { errcode: 930561 },
      );
    });
  });

  it('advance() refuses a move the carrier could not make', async () => {
    await add('x1');
    expect(() => wechat.localDelivery.advance('x1', 302)).toThrow(
      'cannot go from order_status 101 to 302',
    );
    expect(() => wechat.localDelivery.advance('none', 102)).toThrow(
      'No local delivery order none',
    );
  });
});
