import { type BusinessApi, businessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/express/business/path/get', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const path = (change: Record<string, unknown> = {}) =>
    api.post(WECHAT_PATHS.getPath, {
      order_id: 'o-1',
      delivery_id: 'TEST',
      waybill_id: 'W1',
      ...change,
    });
  const picked = {
    actionTime: 1700000000,
    actionType: 100001,
    actionMsg: '揽件成功',
  };

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
    wechat.orders.seed({
      orderId: 'o-1',
      deliveryId: 'TEST',
      waybillId: 'W1',
      openid: 'oUser',
      path: [picked],
    });
  });
  afterEach(() => wechat.stop());

  it('answers the track in snake_case, bare like WeChat’s example', async () => {
    expect(await path()).toEqual({
      openid: 'oUser',
      delivery_id: 'TEST',
      waybill_id: 'W1',
      path_item_num: 1,
      path_item_list: [
        {
          action_time: 1700000000,
          action_type: 100001,
          action_msg: '揽件成功',
        },
      ],
    });
  });

  it('answers an empty track for a new waybill, echoing the request openid when the order has none', async () => {
    wechat.orders.seed({ orderId: 'o-2', deliveryId: 'TEST', waybillId: 'W2' });

    expect(
      await path({ order_id: 'o-2', waybill_id: 'W2', openid: 'oAsker' }),
    ).toMatchObject({
      openid: 'oAsker',
      path_item_num: 0,
      path_item_list: [],
    });
  });

  it('finds the waybill without order_id (absent from the current docs)', async () => {
    expect((await path({ order_id: undefined }))['path_item_num']).toBe(1);
    expect(
      (await path({ order_id: undefined, waybill_id: 'W9' }))['errcode'],
    ).toBe(40199);
  });

  it.each([
    ['delivery_id is missing', { delivery_id: undefined }, 930561],
    ['waybill_id is missing', { waybill_id: undefined }, 930561],
    ['order_id is not a string', { order_id: 7 }, 930561],
    ['the carrier is unknown', { delivery_id: 'NOPE' }, 9300503],
    ['the order is unknown', { order_id: 'o-404' }, 930563],
    ['the waybill does not match', { waybill_id: 'W9' }, 40199],
  ])('answers the errcode when %s', async (_case, change, errcode) => {
    expect((await path(change))['errcode']).toBe(errcode);
  });
});
