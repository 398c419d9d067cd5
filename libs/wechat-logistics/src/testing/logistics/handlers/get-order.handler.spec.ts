import { addOrderBody } from '../../emulator-fixtures.spec-helper';
import {
  type BusinessApi,
  businessApi,
  RID_SUFFIX,
} from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

const label = (reply: Record<string, unknown>): string =>
  Buffer.from(String(reply['print_html']), 'base64').toString('utf8');

describe('POST /cgi-bin/express/business/order/get', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  let waybillId: string;
  const get = (change: Record<string, unknown> = {}) =>
    api.post(WECHAT_PATHS.getOrder, {
      order_id: 'order-1',
      delivery_id: 'TEST',
      waybill_id: waybillId,
      ...change,
    });

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
    const added = await api.post(WECHAT_PATHS.addOrder, addOrderBody());
    waybillId = String(added['waybill_id']);
  });
  afterEach(() => wechat.stop());

  it('answers the waybill, its data, status 0 and a Base64 HTML label', async () => {
    const reply = await get();

    expect(reply).toMatchObject({
      errcode: 0,
      errmsg: 'ok',
      order_id: 'order-1',
      delivery_id: 'TEST',
      waybill_id: waybillId,
      waybill_data: wechat.orders.get('order-1')?.waybillData,
      order_status: 0,
    });
    const html = label(reply);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(waybillId);
    expect(html).toContain('张三');
    expect(html).toContain('李四');
    expect(html).toContain('易碎物品');
  });

  it('prints two parts by default and one part for print_type 1', async () => {
    const parts = (html: string) =>
      html.match(/<section class="part">/g)?.length;

    expect(parts(label(await get()))).toBe(2);
    expect(parts(label(await get({ print_type: 0 })))).toBe(2);
    expect(parts(label(await get({ print_type: 1 })))).toBe(1);
  });

  it('escapes HTML in the order’s texts', async () => {
    await api.post(
      WECHAT_PATHS.addOrder,
      addOrderBody({ order_id: 'order-2', custom_remark: '<b>&</b>' }),
    );

    const html = label(
      await get({ order_id: 'order-2', waybill_id: undefined }),
    );
    expect(html).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('finds the order without a waybill_id and shows status 1 once cancelled', async () => {
    wechat.orders.markCancelled('order-1');

    expect(await get({ waybill_id: undefined })).toMatchObject({
      errcode: 0,
      order_status: 1,
    });
  });

  it('renders a seeded order that has no request body', async () => {
    wechat.orders.seed({
      orderId: 'seeded',
      deliveryId: 'ZTO',
      waybillId: 'Z1',
    });

    const reply = await get({
      order_id: 'seeded',
      delivery_id: 'ZTO',
      waybill_id: 'Z1',
    });
    expect(reply['errcode']).toBe(0);
    expect(label(reply)).toContain('Z1');
  });

  it.each([
    ['order_id is missing', { order_id: undefined }],
    ['delivery_id is missing', { delivery_id: undefined }],
    ['print_type is 2', { print_type: 2 }],
  ])('answers 930561 when %s', async (_case, change) => {
    const reply = await get(change);

    expect(reply['errcode']).toBe(930561);
    expect(reply['errmsg']).toMatch(RID_SUFFIX);
  });

  it('answers 9300503, 930563 and 40199 for an unknown carrier, order and waybill', async () => {
    expect((await get({ delivery_id: 'NOPE' }))['errcode']).toBe(9300503);
    expect((await get({ order_id: 'order-404' }))['errcode']).toBe(930563);
    expect((await get({ delivery_id: 'SF' }))['errcode']).toBe(930563);
    expect((await get({ waybill_id: 'WB-OTHER' }))['errcode']).toBe(40199);
  });
});

describe('POST /cgi-bin/express/business/order/batchget', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const batch = (orderList: unknown) =>
    api.post(WECHAT_PATHS.batchGetOrder, { order_list: orderList });

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
    wechat.orders.seed({ orderId: 'o-1', deliveryId: 'TEST', waybillId: 'W1' });
    wechat.orders.seed({
      orderId: 'o-2',
      deliveryId: 'TEST',
      waybillId: 'W2',
      status: 'cancelled',
    });
  });
  afterEach(() => wechat.stop());

  it('answers each item on its own: found orders with errcode 0, the others with their own errcode', async () => {
    const reply = await batch([
      { order_id: 'o-1', delivery_id: 'TEST', waybill_id: 'W1' },
      { order_id: 'o-404', delivery_id: 'TEST' },
      { order_id: 'o-2', delivery_id: 'TEST' },
      { order_id: 'o-1', delivery_id: 'TEST', waybill_id: 'W9' },
      { order_id: 'o-1', delivery_id: 'NOPE' },
      { delivery_id: 'TEST' },
      'not an object',
    ]);

    expect(reply).toMatchObject({ errcode: 0, errmsg: 'ok' });
    const items = reply['order_list'] as Record<string, unknown>[];
    expect(items.map((item) => item['errcode'])).toEqual([
      0, 930563, 0, 40199, 9300503, 930561, 930561,
    ]);
    expect(items[0]).toMatchObject({
      errmsg: 'ok',
      waybill_id: 'W1',
      order_status: 0,
    });
    expect(items[0]?.['print_html']).toEqual(expect.any(String));
    expect(items[1]).toMatchObject({ order_id: 'o-404', delivery_id: 'TEST' });
    expect(items[1]?.['errmsg']).toMatch(RID_SUFFIX);
    expect(items[2]).toMatchObject({ waybill_id: 'W2', order_status: 1 });
  });

  it('accepts 100 items and answers 930561 to 101, to an empty list and to no list', async () => {
    const item = { order_id: 'o-1', delivery_id: 'TEST' };

    expect((await batch(Array(100).fill(item)))['order_list']).toHaveLength(
      100,
    );
    expect((await batch(Array(101).fill(item)))['errcode']).toBe(930561);
    expect((await batch([]))['errcode']).toBe(930561);
    expect((await batch(undefined))['errcode']).toBe(930561);
  });
});
