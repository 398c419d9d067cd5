import { WechatEmulator } from '../wechat-emulator';
import {
  CARGO,
  createStore,
  type IntracityApi,
  intracityApi,
  northOfStore,
  orderBody,
} from './intracity.spec-helper';
import { SFTC_SANDBOX_RECIPIENT } from './handlers/order-fields';

/** One degree of latitude in metres on the haversine sphere (R = 6 371 km). */
const M_PER_DEG = (2 * Math.PI * 6_371_000) / 360;

describe('同城配送 emulator: quotes, orders, cancel and mocknotify (intracity.md §4.12–§4.16, §6, §8)', () => {
  let wechat: WechatEmulator;
  let api: IntracityApi;
  let store: string;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    api = await intracityApi(wechat);
  });
  afterAll(() => wechat.stop());
  beforeEach(async () => {
    wechat.intracity.reset();
    wechat.intracity.open();
    store = await createStore(api, 's-1');
  });

  const quote = (dLat: number, extra: Record<string, unknown> = {}) =>
    api.post('intracityPreAddOrder', {
      wx_store_id: store,
      user_name: '张三',
      user_phone: '13800138000',
      user_address: '广州市天河区',
      ...northOfStore(dLat),
      cargo: CARGO,
      use_sandbox: 1,
      ...extra,
    });
  const credit = (amount = 10000, carrier: 'DADA' | 'SFTC' = 'DADA') =>
    wechat.intracity.credit({
      wxStoreId: store,
      serviceTransId: carrier,
      amount,
    });
  const add = (id: string, extra: Record<string, unknown> = {}) =>
    api.post('intracityAddOrder', orderBody(store, id, extra));

  describe('preaddorder', () => {
    it('answers the haversine distance and a deterministic fee and promise', async () => {
      const reply = await quote(0.02);
      expect(reply).toMatchObject({
        errcode: 0,
        service_trans_id: 'DADA',
        distance: Math.round(0.02 * M_PER_DEG),
        // 2 224 m → 3 started km: 600 + 2 × 150; 1.5 kg is under 5 kg.
        est_fee: 900,
        promise_delivery_time: 39,
      });
      expect(reply['expected_finished_time']).toBe(
        wechat.clock.nowSeconds() + 39 * 60,
      );
      expect(await quote(0.02)).toMatchObject({
        est_fee: 900,
        distance: reply['distance'],
      });
    });

    it('price first picks DADA near and SFTC far; carrier first keeps the preferred one', async () => {
      expect(await quote(0.08, { ...SFTC_SANDBOX_RECIPIENT })).toMatchObject({
        service_trans_id: 'SFTC',
        // 8 896 m → 9 km: 800 + 8 × 100 (DADA would be 1 800).
        est_fee: 1600,
      });
      await api.post('intracityUpdateStore', {
        keys: { wx_store_id: store },
        content: { order_pattern: 2, service_trans_prefer: 'DADA' },
      });
      expect(await quote(0.08)).toMatchObject({
        service_trans_id: 'DADA',
        est_fee: 1800,
      });
    });

    it('charges per started kg over 5 kg, and refuses over 50 kg with 934020', async () => {
      expect(
        await quote(0.005, { cargo: { ...CARGO, cargo_weight: 7200 } }),
        // 556 m is within the first km (600); 7.2 kg → 8 started kg: 3 × 100 over 5 kg.
      ).toMatchObject({ est_fee: 900 });
      expect(
        (await quote(0.005, { cargo: { ...CARGO, cargo_weight: 50001 } }))[
          'errcode'
        ],
      ).toBe(934020);
    });

    it('names a missing field with 934001, cargo fields with their path', async () => {
      expect((await quote(0.02, { user_phone: undefined }))['errmsg']).toMatch(
        /^user_phone is required/,
      );
      expect(
        (await quote(0.02, { cargo: { ...CARGO, cargo_type: undefined } }))[
          'errmsg'
        ],
      ).toMatch(/^cargo\.cargo_type is required/);
    });

    it('a non-sandbox quote with no money ever charged for the carrier says use_sandbox = 1 if you need', async () => {
      const reply = await quote(0.02, { use_sandbox: undefined });
      expect(reply['errcode']).toBe(934001);
      expect(reply['errmsg']).toMatch(/^use_sandbox = 1 if you need rid: /);
      credit();
      expect(await quote(0.02, { use_sandbox: undefined })).toMatchObject({
        errcode: 0,
        est_fee: 900,
      });
    });

    it("934009 when no carrier serves the store's city; 934019 beyond every carrier's reach (not in the sandbox)", async () => {
      const far = await createStore(
        api,
        's-far',
        {},
        { province: '新疆', city: '乌鲁木齐市' },
      );
      expect((await quote(0.02, { wx_store_id: far }))['errcode']).toBe(934009);
      const wuhan = await createStore(
        api,
        's-wh',
        { order_pattern: 2, service_trans_prefer: 'SFTC' },
        { province: '湖北省', city: '武汉市' },
      );
      expect((await quote(0.02, { wx_store_id: wuhan }))['errcode']).toBe(
        934009,
      );
      credit(10000, 'SFTC');
      expect((await quote(0.19, { use_sandbox: undefined }))['errcode']).toBe(
        934019,
      );
    });

    it('SFTC in the sandbox takes only the fixed recipient (934019); DADA takes anyone', async () => {
      await api.post('intracityUpdateStore', {
        keys: { wx_store_id: store },
        content: { order_pattern: 2, service_trans_prefer: 'SFTC' },
      });
      expect((await quote(0.02))['errcode']).toBe(934019);
      expect(await quote(0.02, { ...SFTC_SANDBOX_RECIPIENT })).toMatchObject({
        errcode: 0,
        service_trans_id: 'SFTC',
      });
    });
  });

  describe('addorder', () => {
    it("creates the order at 10000, debits the fee and answers §4.13's fields", async () => {
      credit(5000);
      const reply = await add('o-1', { order_seq: 'A12', verify_code_type: 1 });
      expect(reply).toMatchObject({
        errcode: 0,
        wx_store_id: store,
        store_order_id: 'o-1',
        service_trans_id: 'DADA',
        distance: Math.round(0.02 * M_PER_DEG),
        fee: 900,
        order_seq: 'A12',
      });
      expect(reply['wx_order_id']).toMatch(/^\d{19}$/);
      expect(reply['fetch_code']).toMatch(/^\d{4}$/);
      expect(reply['trans_order_id']).toEqual(expect.any(String));
      expect(wechat.intracity.balance('DADA', store)).toBe(4100);
      expect(
        wechat.intracity.order(String(reply['wx_order_id'])),
      ).toMatchObject({ status: 10000, sandbox: false });
    });

    it('names the first missing required field, order_detail_path included', async () => {
      expect(
        (await add('o-1', { order_detail_path: undefined }))['errmsg'],
      ).toMatch(/^order_detail_path is required rid: /);
      expect((await add('o-1', { user_openid: '' }))['errmsg']).toMatch(
        /^user_openid is required/,
      );
      expect(
        (
          await add('o-1', {
            cargo: { ...CARGO, item_list: [{ item_name: 'x' }] },
          })
        )['errmsg'],
      ).toMatch(/^cargo\.item_list\[0\]\.item_pic_url is required/);
    });

    it('refuses a non-sandbox order the balance cannot pay with 934013, taking nothing', async () => {
      credit(5000);
      wechat.intracity.ledger.debit(`store:${store}`, 'DADA', 4200);
      expect((await add('o-1'))['errcode']).toBe(934013);
      expect(wechat.intracity.balance('DADA', store)).toBe(800);
    });

    it("spends the app's balance when the pay mode is the app", async () => {
      wechat.intracity.setPayMode('PAY_MODE_APP');
      wechat.intracity.credit({
        payMode: 'PAY_MODE_APP',
        serviceTransId: 'DADA',
        amount: 5000,
      });
      expect((await add('o-1'))['errcode']).toBe(0);
      expect(wechat.intracity.balance('DADA', undefined, 'PAY_MODE_APP')).toBe(
        4100,
      );
    });

    it("a sandbox order needs no balance; SFTC's sandbox only the fixed recipient (934019)", async () => {
      expect(await add('o-1', { use_sandbox: 1 })).toMatchObject({
        errcode: 0,
        fee: 900,
      });
      await api.post('intracityUpdateStore', {
        keys: { wx_store_id: store },
        content: { order_pattern: 2, service_trans_prefer: 'SFTC' },
      });
      expect((await add('o-2', { use_sandbox: 1 }))['errcode']).toBe(934019);
      expect(
        await add('o-3', { use_sandbox: 1, ...SFTC_SANDBOX_RECIPIENT }),
      ).toMatchObject({ errcode: 0, service_trans_id: 'SFTC' });
    });

    it('refuses a repeated store_order_id with 934002, even after cancellation unless reuse is allowed', async () => {
      const first = await add('o-1', { use_sandbox: 1 });
      expect((await add('o-1', { use_sandbox: 1 }))['errcode']).toBe(934002);
      await api.post('intracityCancelOrder', {
        wx_order_id: first['wx_order_id'],
        cancel_reason_id: 1,
      });
      expect((await add('o-1', { use_sandbox: 1 }))['errcode']).toBe(934002);
      wechat.intracity.reuseCancelledStoreOrderIds();
      const again = await add('o-1', { use_sandbox: 1 });
      expect(again['errcode']).toBe(0);
      expect(wechat.intracity.order('o-1', store)?.wxOrderId).toBe(
        again['wx_order_id'],
      );
    });
  });

  describe('queryorder', () => {
    it('reads an order by wx_order_id or by the store pair', async () => {
      const added = await add('o-1', { use_sandbox: 1 });
      const byId = await api.post('intracityQueryOrder', {
        wx_order_id: added['wx_order_id'],
      });
      expect(byId).toMatchObject({
        errcode: 0,
        wx_order_id: added['wx_order_id'],
        store_order_id: 'o-1',
        wx_store_id: store,
        order_status: 10000,
        appid: wechat.appId,
        user_openid: 'oUser0001',
        actualfee: 900,
        deductfee: 0,
        store_info: {
          store_name: '天河店',
          address: '广东省广州市天河区天河路1号',
          phone_num: '020-8080880',
        },
        receiver_info: { receiver_name: '张三', phone_num: '13800138000' },
        cargo_info: {
          cargo_name: '蛋糕',
          cargo_weight: 1500,
          item_list: [{ item_name: '蛋糕', num: 1, item_num: 1 }],
        },
      });
      const byPair = await api.post('intracityQueryOrder', {
        wx_store_id: store,
        store_order_id: 'o-1',
      });
      expect(byPair['wx_order_id']).toBe(added['wx_order_id']);
    });

    it('934016 for an unknown order; 934001 for wx_store_id alone', async () => {
      expect(
        (
          await api.post('intracityQueryOrder', {
            wx_order_id: '4000000000000000001',
          })
        )['errcode'],
      ).toBe(934016);
      expect(
        (
          await api.post('intracityQueryOrder', {
            wx_store_id: store,
            store_order_id: 'nope',
          })
        )['errcode'],
      ).toBe(934016);
      const half = await api.post('intracityQueryOrder', {
        wx_store_id: store,
      });
      expect(half['errcode']).toBe(934001);
      expect(half['errmsg']).toMatch(/^store_order_id is required/);
    });
  });

  describe('cancelorder', () => {
    const cancel = (wxOrderId: unknown) =>
      api.post('intracityCancelOrder', {
        wx_order_id: wxOrderId,
        cancel_reason_id: 1,
      });

    it('is free before the courier is at the store: 20000, deductfee 0, the fee back', async () => {
      credit(5000);
      const order = await add('o-1');
      wechat.intracity.advance(String(order['wx_order_id']), 30000);
      expect(await cancel(order['wx_order_id'])).toEqual({
        errcode: 0,
        errmsg: 'ok',
        wx_store_id: store,
        wx_order_id: order['wx_order_id'],
        store_order_id: 'o-1',
        order_status: 20000,
        appid: wechat.appId,
        deductfee: 0,
      });
      expect(wechat.intracity.balance('DADA', store)).toBe(5000);
    });

    it('keeps the penalty (capped at the fee) once the courier is at the store or under way', async () => {
      credit(5000);
      wechat.intracity.setCancelPenalty(300);
      const order = await add('o-1');
      const id = String(order['wx_order_id']);
      for (const status of [30000, 40000, 50000])
        wechat.intracity.advance(id, status);
      expect(await cancel(id)).toMatchObject({
        order_status: 20000,
        deductfee: 300,
      });
      expect(wechat.intracity.balance('DADA', store)).toBe(4700);
      expect(
        await api.post('intracityQueryOrder', { wx_order_id: id }),
      ).toMatchObject({ deductfee: 300, actualfee: 900 });
    });

    it('934017 once delivered, 934018 once cancelled, 934016 unknown, 934001 without a reason', async () => {
      const order = await add('o-1', { use_sandbox: 1 });
      await api.post('intracityMockNotify', {
        wx_order_id: order['wx_order_id'],
        order_status: 70000,
      });
      expect((await cancel(order['wx_order_id']))['errcode']).toBe(934017);
      const other = await add('o-2', { use_sandbox: 1 });
      await cancel(other['wx_order_id']);
      expect((await cancel(other['wx_order_id']))['errcode']).toBe(934018);
      expect((await cancel('4000000000000000001'))['errcode']).toBe(934016);
      expect(
        (
          await api.post('intracityCancelOrder', {
            wx_order_id: other['wx_order_id'],
          })
        )['errmsg'],
      ).toMatch(/^cancel_reason_id is required/);
    });
  });

  describe('mocknotify and the advance control', () => {
    it("mocknotify sets a sandbox order's status (by id or pair) and stamps its times", async () => {
      const order = await add('o-1', { use_sandbox: 1 });
      expect(
        await api.post('intracityMockNotify', {
          wx_store_id: store,
          store_order_id: 'o-1',
          order_status: 30000,
        }),
      ).toEqual({ errcode: 0, errmsg: 'ok' });
      const read = await api.post('intracityQueryOrder', {
        wx_order_id: order['wx_order_id'],
      });
      expect(read).toMatchObject({
        order_status: 30000,
        accept_time: wechat.clock.nowSeconds(),
        transporter_info: { transporter_name: '李骑手' },
      });
    });

    it('mocknotify refuses a real order (934001), an unknown status and an unknown order', async () => {
      credit();
      const real = await add('o-1');
      expect(
        (
          await api.post('intracityMockNotify', {
            wx_order_id: real['wx_order_id'],
            order_status: 30000,
          })
        )['errmsg'],
      ).toMatch(/^mocknotify is for use_sandbox orders only/);
      expect(
        (
          await api.post('intracityMockNotify', {
            wx_order_id: real['wx_order_id'],
            order_status: 12345,
          })
        )['errmsg'],
      ).toMatch(/^order_status is invalid/);
      expect(
        (
          await api.post('intracityMockNotify', {
            wx_order_id: '4000000000000000001',
            order_status: 30000,
          })
        )['errcode'],
      ).toBe(934016);
    });

    it("advance moves a real order along the carrier's path and throws on a move it could not make", async () => {
      credit();
      const id = String((await add('o-1'))['wx_order_id']);
      expect(() => wechat.intracity.advance(id, 70000)).toThrow(
        /cannot go from order_status 10000 to 70000/,
      );
      wechat.intracity.advance(id, 30000, {
        transporterName: '王五',
        transporterPhone: '13900000000',
      });
      expect(wechat.intracity.advance(id, 20001)).toMatchObject({
        status: 20001,
        courier: { transporterName: '王五' },
      });
      expect(wechat.intracity.balance('DADA', store)).toBe(10000);
      expect(() => wechat.intracity.advance(id, 30000)).toThrow(/cannot go/);
    });
  });
});
