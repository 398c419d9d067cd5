import { WechatEmulator } from '../wechat-emulator';
import {
  createStore,
  type IntracityApi,
  intracityApi,
  orderBody,
} from './intracity.spec-helper';

const DAY = 24 * 3600;

describe('同城配送 emulator: top-ups, balances, flows and refunds (intracity.md §4.5–§4.8, §8)', () => {
  let wechat: WechatEmulator;
  let api: IntracityApi;
  let store: string;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
  });
  afterAll(() => wechat.stop());
  beforeEach(async () => {
    // A fresh token: some tests move the clock 30 days, past any token's life.
    api = await intracityApi(wechat);
    wechat.intracity.reset();
    wechat.intracity.open();
    store = await createStore(api, 's-1');
  });

  const charge = (amount: number, extra: Record<string, unknown> = {}) =>
    api.post('intracityStoreCharge', {
      wx_store_id: store,
      service_trans_id: 'DADA',
      amount,
      ...extra,
    });
  const open = async (payurl: unknown) => {
    const response = await fetch(String(payurl));
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const balance = (extra: Record<string, unknown> = {}) =>
    api.post('intracityBalanceQuery', { wx_store_id: store, ...extra });

  describe('storecharge and the pay page', () => {
    it('refuses less than 5000 fen with 934001', async () => {
      const reply = await charge(4999);
      expect(reply['errcode']).toBe(934001);
      expect(reply['errmsg']).toMatch(/^amount must be at least 5000/);
      expect((await charge(5000))['errcode']).toBe(0);
    });

    it('needs wx_store_id for the store balance, a known carrier and an integer amount', async () => {
      expect(
        (
          await api.post('intracityStoreCharge', {
            service_trans_id: 'DADA',
            amount: 5000,
          })
        )['errmsg'],
      ).toMatch(/^wx_store_id is required/);
      expect((await charge(5000, { service_trans_id: 'UU' }))['errcode']).toBe(
        934003,
      );
      expect((await charge(5000.5))['errmsg']).toMatch(/^amount is invalid/);
    });

    it('answers a payurl at the emulator that credits the balance once when opened', async () => {
      const reply = await charge(8000);
      expect(reply).toMatchObject({
        errcode: 0,
        appid: wechat.appId,
        wx_store_id: store,
      });
      expect(
        String(reply['payurl']).startsWith(`${wechat.url}/intracity-pay?`),
      ).toBe(true);
      expect((await balance())['all_balance']).toBe(0);
      const paid = await open(reply['payurl']);
      expect(paid).toMatchObject({
        status: 200,
        body: { pay_status: 'SUCCESS', charge_amt: 8000 },
      });
      expect(await open(reply['payurl'])).toMatchObject({ status: 200 });
      expect(wechat.intracity.balance('DADA', store)).toBe(8000);
    });

    it('a payurl opened after 30 days on the emulator clock pays nothing', async () => {
      const reply = await charge(8000);
      wechat.clock.advance(30 * DAY);
      expect(await open(reply['payurl'])).toMatchObject({
        status: 410,
        body: { pay_status: 'FAIL' },
      });
      expect(wechat.intracity.balance('DADA', store)).toBe(0);
    });

    it('an unknown top-up is 404', async () => {
      const response = await fetch(
        `${wechat.url}/intracity-pay?appid=${wechat.appId}&payorder_id=1`,
      );
      expect(response.status).toBe(404);
    });
  });

  describe('balancequery', () => {
    it('lists both carriers with their live top-ups, or one carrier', async () => {
      const topUp = wechat.intracity.credit({
        wxStoreId: store,
        serviceTransId: 'SFTC',
        amount: 6000,
      });
      const reply = await balance();
      expect(reply).toMatchObject({
        errcode: 0,
        wx_store_id: store,
        appid: wechat.appId,
        all_balance: 6000,
        balance_detail: [
          {
            service_trans_id: 'DADA',
            service_trans_name: '达达快送',
            balance: 0,
            order_list: [],
          },
          {
            service_trans_id: 'SFTC',
            balance: 6000,
            order_list: [
              {
                payorder_id: topUp.payorderId,
                charge_amt: 6000,
                unused_amt: 6000,
                end_time: topUp.createTime + 30 * DAY,
              },
            ],
          },
        ],
      });
      expect(topUp.payorderId).toMatch(/^\d{19}$/);
      const one = await balance({ service_trans_id: 'SFTC' });
      expect((one['balance_detail'] as unknown[]).length).toBe(1);
    });

    it("keeps app-level money apart from the store's (pay_mode)", async () => {
      wechat.intracity.credit({
        payMode: 'PAY_MODE_APP',
        serviceTransId: 'DADA',
        amount: 7000,
      });
      expect((await balance())['all_balance']).toBe(0);
      expect(
        (await api.post('intracityBalanceQuery', { pay_mode: 'PAY_MODE_APP' }))[
          'all_balance'
        ],
      ).toBe(7000);
    });

    it('drops a top-up after 30 days: the rest is refunded (a refund flow)', async () => {
      wechat.intracity.credit({
        wxStoreId: store,
        serviceTransId: 'DADA',
        amount: 6000,
      });
      wechat.clock.advance(30 * DAY);
      api = await intracityApi(wechat);
      expect((await balance())['all_balance']).toBe(0);
      const refunds = await api.post('intracityQueryFlow', {
        wx_store_id: store,
        flow_type: 3,
      });
      expect(refunds).toMatchObject({
        total: 1,
        total_refund_amt: 6000,
        flow_list: [{ flow_type: 3, refund_amount: 6000 }],
      });
    });
  });

  describe('orders spend the balance; queryflow and storerefund', () => {
    const addPaid = async (id: string) => {
      const reply = await api.post('intracityAddOrder', orderBody(store, id));
      expect(reply).toMatchObject({ errcode: 0 });
      return reply;
    };

    it('queryflow lists charges, consumption and refunds from the ledger', async () => {
      const topUp = wechat.intracity.credit({
        wxStoreId: store,
        serviceTransId: 'DADA',
        amount: 5000,
      });
      const order = await addPaid('o-1');
      const charges = await api.post('intracityQueryFlow', {
        wx_store_id: store,
        flow_type: 1,
      });
      expect(charges).toMatchObject({
        errcode: 0,
        total: 1,
        total_pay_amt: 5000,
        flow_list: [
          {
            flow_type: 1,
            appid: wechat.appId,
            wx_store_id: store,
            pay_order_id: topUp.payorderId,
            service_trans_id: 'DADA',
            pay_amount: 5000,
            pay_status: 'SUCCESS',
            consume_deadline: topUp.createTime + 30 * DAY,
          },
        ],
      });
      const consumed = await api.post('intracityQueryFlow', {
        wx_store_id: store,
        flow_type: 2,
      });
      expect(consumed).toMatchObject({
        total: 1,
        total_pay_amt: order['fee'],
        total_deduct_amt: 0,
        flow_list: [
          {
            flow_type: 2,
            pay_order_id: topUp.payorderId,
            pay_amount: order['fee'],
            openid: 'oUser0001',
            delivery_status: 10000,
            bill_id: order['trans_order_id'],
            wx_order_id: order['wx_order_id'],
          },
        ],
      });
      expect(
        await api.post('intracityQueryFlow', {
          wx_store_id: store,
          flow_type: 3,
        }),
      ).toMatchObject({ total: 0 });
      expect(
        (
          await api.post('intracityQueryFlow', {
            wx_store_id: store,
            flow_type: 4,
          })
        )['errcode'],
      ).toBe(934001);
      expect(
        (await api.post('intracityQueryFlow', { flow_type: 1 }))['errmsg'],
      ).toMatch(/^wx_store_id is required/);
    });

    it('queryflow keeps to the time window and carrier asked for', async () => {
      const topUp = wechat.intracity.credit({
        wxStoreId: store,
        serviceTransId: 'DADA',
        amount: 5000,
      });
      const after = await api.post('intracityQueryFlow', {
        wx_store_id: store,
        flow_type: 1,
        begin_time: topUp.createTime + 1,
      });
      expect(after['total']).toBe(0);
      const sftc = await api.post('intracityQueryFlow', {
        wx_store_id: store,
        flow_type: 1,
        service_trans_id: 'SFTC',
      });
      expect(sftc['total']).toBe(0);
    });

    it('storerefund is 934006 while an order the balance paid is in flight, then returns the rest and zeroes it', async () => {
      wechat.intracity.credit({
        wxStoreId: store,
        serviceTransId: 'DADA',
        amount: 6000,
      });
      const order = await addPaid('o-1');
      const refund = { wx_store_id: store, service_trans_id: 'DADA' };
      expect((await api.post('intracityStoreRefund', refund))['errcode']).toBe(
        934006,
      );
      wechat.intracity.advance(String(order['wx_order_id']), 30000);
      wechat.intracity.advance(String(order['wx_order_id']), 40000);
      wechat.intracity.advance(String(order['wx_order_id']), 50000);
      expect((await api.post('intracityStoreRefund', refund))['errcode']).toBe(
        934006,
      );
      wechat.intracity.advance(String(order['wx_order_id']), 70000);
      const reply = await api.post('intracityStoreRefund', refund);
      expect(reply).toEqual({
        errcode: 0,
        errmsg: 'ok',
        appid: wechat.appId,
        wx_store_id: store,
        refund_amount: 6000 - Number(order['fee']),
      });
      expect(wechat.intracity.balance('DADA', store)).toBe(0);
      expect(
        (
          await api.post('intracityQueryFlow', {
            wx_store_id: store,
            flow_type: 3,
          })
        )['total_refund_amt'],
      ).toBe(6000 - Number(order['fee']));
    });

    it("storerefund ignores sandbox orders and other carriers' orders", async () => {
      wechat.intracity.credit({
        wxStoreId: store,
        serviceTransId: 'DADA',
        amount: 6000,
      });
      wechat.intracity.credit({
        wxStoreId: store,
        serviceTransId: 'SFTC',
        amount: 6000,
      });
      await api.post(
        'intracityAddOrder',
        orderBody(store, 'sandbox-1', { use_sandbox: 1 }),
      );
      await addPaid('dada-1');
      const sftc = await api.post('intracityStoreRefund', {
        wx_store_id: store,
        service_trans_id: 'SFTC',
      });
      expect(sftc['refund_amount']).toBe(6000);
    });
  });
});
