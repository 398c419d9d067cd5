import {
  type BusinessApi,
  businessApi,
  RID_SUFFIX,
} from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { type EmulatedPathUpdate } from '../push/path-update-notifier';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/express/business/test_update_order', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const update = (change: Record<string, unknown> = {}) =>
    api.post(WECHAT_PATHS.testUpdateOrder, {
      biz_id: 'test_biz_id',
      order_id: 'o-1',
      delivery_id: 'TEST',
      waybill_id: 'W1',
      action_time: 1700000000,
      action_type: 100001,
      action_msg: '揽件成功',
      ...change,
    });

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
    wechat.orders.seed({ orderId: 'o-1', deliveryId: 'TEST', waybillId: 'W1' });
  });
  afterEach(() => wechat.stop());

  it('appends the node, bumps the version and answers ok', async () => {
    expect(await update()).toEqual({ errcode: 0, errmsg: 'ok' });
    await update({
      action_time: 1700003600,
      action_type: 200001,
      action_msg: '运输中',
    });

    expect(wechat.orders.get('o-1')).toMatchObject({
      version: 2,
      path: [
        { actionTime: 1700000000, actionType: 100001, actionMsg: '揽件成功' },
        { actionTime: 1700003600, actionType: 200001, actionMsg: '运输中' },
      ],
    });
  });

  it('tells path-update listeners after the change, with the updated order', async () => {
    const events: EmulatedPathUpdate[] = [];
    const unsubscribe = wechat.onPathUpdate((event) => {
      events.push(event);
    });

    await update();
    unsubscribe();
    await update({ action_type: 200001 });

    expect(events).toHaveLength(1);
    expect(events[0]?.node).toEqual({
      actionTime: 1700000000,
      actionType: 100001,
      actionMsg: '揽件成功',
    });
    expect(events[0]?.order).toMatchObject({
      orderId: 'o-1',
      waybillId: 'W1',
      version: 1,
    });
    expect(events[0]?.order.path).toHaveLength(1);
  });

  it('answers ok even when listeners throw or reject, and keeps their errors', async () => {
    wechat.onPathUpdate(() => {
      throw new Error('sync boom');
    });
    wechat.onPathUpdate(async () => {
      await Promise.resolve();
      throw new Error('async boom');
    });

    expect((await update())['errcode']).toBe(0);
    await wechat.orders.pathUpdates.settled();
    expect(wechat.orders.pathUpdates.errors()).toEqual([
      new Error('sync boom'),
      new Error('async boom'),
    ]);
    expect(wechat.orders.get('o-1')?.version).toBe(1);
  });

  it.each([
    ['biz_id is missing', { biz_id: undefined }],
    ['action_msg is missing', { action_msg: undefined }],
    ['action_time is a string', { action_time: '1700000000' }],
    ['action_type is fractional', { action_type: 1.5 }],
    ['delivery_id is not TEST', { delivery_id: 'SF' }],
    ['biz_id is the sandbox page’s test_we_id', { biz_id: 'test_we_id' }],
  ])('answers 930561 when %s', async (_case, change) => {
    const reply = await update(change);

    expect(reply['errcode']).toBe(930561);
    expect(reply['errmsg']).toMatch(RID_SUFFIX);
    expect(wechat.orders.get('o-1')?.version).toBe(0);
  });

  it('answers 930563 to an unknown order and 40199 to a waybill that does not match', async () => {
    expect((await update({ order_id: 'o-404' }))['errcode']).toBe(930563);
    expect((await update({ waybill_id: 'W9' }))['errcode']).toBe(40199);
  });

  it('answers 9300524 to a cancelled order', async () => {
    wechat.orders.markCancelled('o-1');

    expect((await update())['errcode']).toBe(9300524);
    expect(wechat.orders.get('o-1')?.path).toEqual([]);
  });

  it('answers 930564 once the sandbox quota is used up', async () => {
    wechat.sandbox.setDailyLimit(2);

    expect((await update())['errcode']).toBe(0);
    expect((await update())['errcode']).toBe(0);
    expect((await update())['errcode']).toBe(930564);
  });
});
