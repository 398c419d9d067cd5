import { YTO_ORDER, addOrderBody } from '../../emulator-fixtures.spec-helper';
import { type BusinessApi, businessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/express/business/order/add', () => {
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

  it('creates a TEST order with test_biz_id and answers a bare {order_id, waybill_id, waybill_data}', async () => {
    const reply = await add(addOrderBody());

    expect(Object.keys(reply).sort()).toEqual([
      'order_id',
      'waybill_data',
      'waybill_id',
    ]);
    expect(reply['order_id']).toBe('order-1');
    expect(reply['waybill_id']).toMatch(/^TEST\d{12}$/);
    expect(reply['waybill_data']).toEqual([
      { key: 'Mark', value: expect.stringMatching(/^深圳市海珠区 \d{3}$/) },
    ]);
    expect(wechat.orders.get('order-1')).toMatchObject({
      deliveryId: 'TEST',
      waybillId: reply['waybill_id'],
      bizId: 'test_biz_id',
      openid: 'oUser0001',
      status: 'active',
      version: 0,
      path: [],
      waybillData: reply['waybill_data'],
      requestBody: addOrderBody(),
    });
  });

  it('gives SF waybills its documented bag address and sort mark', async () => {
    const reply = await add(
      addOrderBody({
        delivery_id: 'SF',
        biz_id: 'SF_CASH',
        expect_time: 0,
        service: { service_type: 4, service_name: '顺丰特惠' },
      }),
    );

    expect(reply['waybill_id']).toMatch(/^SF\d{12}$/);
    expect(reply['waybill_data']).toEqual([
      { key: 'SF_bagAddr', value: '深圳' },
      {
        key: 'SF_mark',
        value: expect.stringMatching(/^\d{3}- \d{2}-\d{2} \d{3}$/),
      },
    ]);
  });

  it('accepts a bound account of a contract carrier', async () => {
    wechat.accounts.seed({ bizId: 'yto-1', deliveryId: 'YTO' });

    expect((await add(YTO_ORDER))['waybill_id']).toMatch(/^YTO\d{12}$/);
  });

  it('answers 9300503 to an unknown carrier', async () => {
    expect(await errcodeOf({ delivery_id: 'NOPE' })).toBe(9300503);
  });

  it('answers 9300510 to a service type the carrier does not offer', async () => {
    expect(
      await errcodeOf({
        service: { service_type: 0, service_name: '标准快递' },
      }),
    ).toBe(9300510);
  });

  it.each([
    ['missing', undefined],
    ['not an appid', 'wx-not-an-appid'],
    ['upper-case hex', 'wx0123456789ABCDEF'],
  ])(
    'answers 9300536 to an App/H5 order whose wx_appid is %s',
    async (_case, wxAppid) => {
      expect(
        await errcodeOf({
          add_source: 2,
          openid: undefined,
          wx_appid: wxAppid,
        }),
      ).toBe(9300536);
    },
  );

  it.each([
    ['no thumbnail', { img_url: undefined }],
    ['a thumbnail that is not a URL', { img_url: 'tea.png' }],
    ['no goods name', { goods_name: '' }],
    ['a goods count of 0', { goods_count: 0 }],
    ['no goods count', { goods_count: undefined }],
    [
      'a detail without an image',
      { detail_list: [{ goods_name: '茶', goods_desc: '' }] },
    ],
  ])('answers 9300535 to a shop with %s', async (_case, change) => {
    const shop = { ...(addOrderBody()['shop'] as object), ...change };

    expect(await errcodeOf({ shop })).toBe(9300535);
  });

  it('accepts the multi-goods shop form without the flat fields', async () => {
    const shop = {
      wxa_path: '/pages/order/index',
      detail_list: [
        {
          goods_name: '茶叶',
          goods_img_url: 'https://example.com/1.png',
          goods_desc: '一斤',
        },
      ],
    };

    expect(await errcodeOf({ shop })).toBeUndefined();
  });

  it('answers 9300525 to a biz_id that is not bound, under review, or another carrier’s cash id', async () => {
    wechat.accounts.seed({ bizId: 'yto-r', deliveryId: 'YTO', statusCode: 1 });

    expect((await add(YTO_ORDER))['errcode']).toBe(9300525);
    expect((await add({ ...YTO_ORDER, biz_id: 'yto-r' }))['errcode']).toBe(
      9300525,
    );
    expect(await errcodeOf({ biz_id: 'SF_CASH' })).toBe(9300525);
  });

  it('answers 9300508 to a reused order_id, whatever the carrier or state', async () => {
    await add(addOrderBody());
    expect(await errcodeOf({})).toBe(9300508);

    wechat.orders.markCancelled('order-1');
    expect(await errcodeOf({})).toBe(9300508);
  });

  it('answers 43002 to GET', async () => {
    expect((await api.get(WECHAT_PATHS.addOrder))['errcode']).toBe(43002);
  });
});
