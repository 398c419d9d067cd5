import { addOrderBody } from '../../emulator-fixtures.spec-helper';
import { type BusinessApi, businessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

/** The state machine across endpoints: add → track → cancel rules, and bind → use. */
describe('emulator state across endpoints', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  const addTestOrder = async (orderId: string) => {
    const added = await api.post(
      WECHAT_PATHS.addOrder,
      addOrderBody({ order_id: orderId }),
    );
    return {
      order_id: orderId,
      delivery_id: 'TEST',
      waybill_id: added['waybill_id'],
    };
  };
  const track = (
    ids: Record<string, unknown>,
    actionType: number,
    actionMsg: string,
  ) =>
    api.post(WECHAT_PATHS.testUpdateOrder, {
      ...ids,
      biz_id: 'test_biz_id',
      action_time: 1700000000 + actionType,
      action_type: actionType,
      action_msg: actionMsg,
    });

  it('add → get → test_update ×2 → path shows 2 nodes at version 2 → cancel refused with 9300506', async () => {
    const ids = await addTestOrder('order-1');
    expect(await api.post(WECHAT_PATHS.getOrder, ids)).toMatchObject({
      errcode: 0,
      order_status: 0,
    });

    expect((await track(ids, 100001, '揽件成功'))['errcode']).toBe(0);
    expect((await track(ids, 200001, '运输中'))['errcode']).toBe(0);

    const path = await api.post(WECHAT_PATHS.getPath, ids);
    expect(path['path_item_num']).toBe(2);
    expect(path['path_item_list']).toEqual([
      { action_time: 1700100001, action_type: 100001, action_msg: '揽件成功' },
      { action_time: 1700200001, action_type: 200001, action_msg: '运输中' },
    ]);
    expect(wechat.orders.get('order-1')?.version).toBe(2);

    expect((await api.post(WECHAT_PATHS.cancelOrder, ids))['errcode']).toBe(
      9300506,
    );
    expect(await api.post(WECHAT_PATHS.getOrder, ids)).toMatchObject({
      order_status: 0,
    });
  });

  it('add → cancel (0) → cancel again (9300524) → getOrder shows status 1 → test_update refused', async () => {
    const ids = await addTestOrder('order-2');

    expect(await api.post(WECHAT_PATHS.cancelOrder, ids)).toEqual({
      errcode: 0,
      errmsg: 'ok',
      delivery_resultcode: 0,
      delivery_resultmsg: '',
    });
    expect((await api.post(WECHAT_PATHS.cancelOrder, ids))['errcode']).toBe(
      9300524,
    );
    expect(await api.post(WECHAT_PATHS.getOrder, ids)).toMatchObject({
      order_status: 1,
    });
    expect((await track(ids, 100001, '揽件成功'))['errcode']).toBe(9300524);
  });

  it('bind → getall lists it → addOrder uses it → quota drops; unbind → addOrder refused', async () => {
    const account = { biz_id: 'zto-1', delivery_id: 'ZTO', password: 'pw' };
    expect(
      (await api.post(WECHAT_PATHS.bindAccount, { type: 'bind', ...account }))[
        'errcode'
      ],
    ).toBe(0);
    expect((await api.get(WECHAT_PATHS.getAllAccount))['list']).toEqual([
      expect.objectContaining({
        biz_id: 'zto-1',
        status_code: 0,
        quota_num: 100,
      }),
    ]);

    const order = addOrderBody({
      delivery_id: 'ZTO',
      biz_id: 'zto-1',
      service: { service_type: 0, service_name: '标准快件' },
    });
    expect(
      (await api.post(WECHAT_PATHS.addOrder, order))['waybill_id'],
    ).toMatch(/^ZTO/);
    expect(await api.post(WECHAT_PATHS.getQuota, account)).toEqual({
      quota_num: 99,
    });

    await api.post(WECHAT_PATHS.bindAccount, { type: 'unbind', ...account });
    const again = { ...order, order_id: 'order-2' };
    expect((await api.post(WECHAT_PATHS.addOrder, again))['errcode']).toBe(
      9300525,
    );
  });

  it('EMS: bind → 9300532 (under review, addOrder refused) → approve → addOrder works', async () => {
    const bind = {
      type: 'bind',
      biz_id: 'ems-1',
      delivery_id: 'EMS',
      remark_content: '电话：1',
    };
    expect((await api.post(WECHAT_PATHS.bindAccount, bind))['errcode']).toBe(
      9300532,
    );
    expect((await api.get(WECHAT_PATHS.getAllAccount))['list']).toEqual([
      expect.objectContaining({
        biz_id: 'ems-1',
        status_code: 1,
        remark_content: '电话：1',
      }),
    ]);

    const order = addOrderBody({
      delivery_id: 'EMS',
      biz_id: 'ems-1',
      service: { service_type: 6, service_name: '标准快递' },
    });
    expect((await api.post(WECHAT_PATHS.addOrder, order))['errcode']).toBe(
      9300525,
    );

    wechat.accounts.approve('ems-1');
    expect(
      (await api.post(WECHAT_PATHS.addOrder, order))['waybill_id'],
    ).toMatch(/^EMS/);
  });

  it('batchget mixes found and unknown orders with per-item errors', async () => {
    const one = await addTestOrder('order-1');
    const reply = await api.post(WECHAT_PATHS.batchGetOrder, {
      order_list: [one, { order_id: 'nope', delivery_id: 'TEST' }],
    });

    expect(reply['order_list']).toEqual([
      expect.objectContaining({
        errcode: 0,
        order_id: 'order-1',
        order_status: 0,
      }),
      expect.objectContaining({ errcode: 930563, order_id: 'nope' }),
    ]);
  });

  it('reset() forgets accounts, printers and the sandbox quota too', async () => {
    wechat.accounts.seed({ bizId: 'x', deliveryId: 'ZTO' });
    wechat.printers.bind('oP');
    wechat.sandbox.setDailyLimit(0);

    wechat.reset();

    expect(wechat.accounts.list()).toEqual([]);
    expect(wechat.printers.list()).toEqual([]);
    expect(wechat.sandbox.dailyLimit).toBeUndefined();
  });
});
