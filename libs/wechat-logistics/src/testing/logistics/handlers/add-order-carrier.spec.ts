import { YTO_ORDER, addOrderBody } from '../../emulator-fixtures.spec-helper';
import {
  type BusinessApi,
  businessApi,
  RID_SUFFIX,
} from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/express/business/order/add: carrier refusals and sandbox quota', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const add = (body: unknown) => api.post(WECHAT_PATHS.addOrder, body);
  const errcodeOf = async (change: Record<string, unknown>) =>
    (await add(addOrderBody(change)))['errcode'];

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  it('answers 9300501 with the carrier’s code when a test queues a refusal, once', async () => {
    wechat.orders.rejectNextAdd({
      resultcode: 10002,
      resultmsg: '客户密码不正确',
    });

    const refused = await add(addOrderBody());
    expect(refused).toMatchObject({
      errcode: 9300501,
      delivery_resultcode: 10002,
      delivery_resultmsg: '客户密码不正确',
    });
    expect(refused['errmsg']).toMatch(/^delivery logic fail rid: /);
    expect(refused['errmsg']).toMatch(RID_SUFFIX);
    expect(wechat.orders.list()).toEqual([]);
    expect((await add(addOrderBody()))['waybill_id']).toEqual(
      expect.any(String),
    );
  });

  it('answers 9300501/10002 when the account’s password has become wrong', async () => {
    wechat.accounts.seed({ bizId: 'yto-1', deliveryId: 'YTO' });
    wechat.accounts.rejectPassword('yto-1');

    expect(await add(YTO_ORDER)).toMatchObject({
      errcode: 9300501,
      delivery_resultcode: 10002,
    });
  });

  it('answers 9300501/20007 once the account’s e-waybill quota is used up', async () => {
    wechat.accounts.seed({ bizId: 'yto-1', deliveryId: 'YTO', quotaNum: 1 });

    expect((await add(YTO_ORDER))['errcode']).toBeUndefined();
    expect(await add({ ...YTO_ORDER, order_id: 'order-2' })).toMatchObject({
      errcode: 9300501,
      delivery_resultcode: 20007,
    });
    expect(wechat.accounts.get('yto-1')?.quotaNum).toBe(0);
  });

  it('answers 930564 when the sandbox’s daily quota is set and used up, for 24 hours', async () => {
    wechat.sandbox.setDailyLimit(1);

    expect(await errcodeOf({})).toBeUndefined();
    expect(await errcodeOf({ order_id: 'order-2' })).toBe(930564);
    wechat.accounts.seed({ bizId: 'yto-1', deliveryId: 'YTO' });
    const yto = { ...YTO_ORDER, order_id: 'order-yto' };
    expect((await add(yto))['errcode']).toBeUndefined(); // not a sandbox call
    expect(wechat.sandbox.used).toBe(1);
    wechat.clock.advance(24 * 60 * 60);
    api = await businessApi(wechat); // the old token expired meanwhile
    expect(await errcodeOf({ order_id: 'order-2' })).toBeUndefined();
  });
});
