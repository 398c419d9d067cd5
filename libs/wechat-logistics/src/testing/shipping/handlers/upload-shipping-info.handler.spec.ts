import {
  businessApi,
  type BusinessApi,
  RID_SUFFIX,
} from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';
import { PAYMENT, upload, YTO_PACKAGE } from '../shipping.spec-helper';

const PATH = WECHAT_PATHS.uploadShippingInfo;
const TYPE_1_KEY = {
  order_number_type: 1,
  mchid: PAYMENT.mchid,
  out_trade_no: PAYMENT.outTradeNo,
};
const packages = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    ...YTO_PACKAGE,
    tracking_no: `YT${i}`,
  }));

describe('POST /wxa/sec/order/upload_shipping_info', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    wechat.shipping.seedPayment(PAYMENT);
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  it("accepts the reference's example and answers {errcode: 0, errmsg: 'ok'}", async () => {
    expect(await api.post(PATH, upload())).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    expect(wechat.shipping.get(PAYMENT.transactionId!)).toMatchObject({
      state: 2,
      shipping: { finishShipping: true, finishShippingCount: 1 },
    });
  });

  it('accepts the merchant-side key (order_number_type 1)', async () => {
    const reply = await api.post(PATH, upload({ order_key: TYPE_1_KEY }));
    expect(reply['errcode']).toBe(0);
  });

  it('is seen by the request log', async () => {
    await api.post(PATH, upload());
    expect(wechat.requests.forPath(PATH)).toHaveLength(1);
  });

  // Each row breaks one rule; the body is otherwise the valid example.
  const refusals: [string, Record<string, unknown>, number][] = [
    ['no order_key', { order_key: undefined }, 268485194],
    ['order_number_type 3', { order_key: { order_number_type: 3 } }, 268485194],
    [
      'order_number_type as a string',
      {
        order_key: {
          order_number_type: '2',
          transaction_id: PAYMENT.transactionId,
        },
      },
      47001,
    ],
    [
      'type 2 without transaction_id',
      { order_key: { order_number_type: 2 } },
      268485195,
    ],
    [
      'type 1 without mchid',
      { order_key: { ...TYPE_1_KEY, mchid: undefined } },
      268485196,
    ],
    [
      'type 1 without out_trade_no',
      { order_key: { ...TYPE_1_KEY, out_trade_no: '' } },
      268485197,
    ],
    [
      'an unknown payment',
      {
        order_key: {
          order_number_type: 2,
          transaction_id: '4200000000000000000000000009',
        },
      },
      10060001,
    ],
    ['no payer', { payer: undefined }, 10060014],
    ["another user's openid", { payer: { openid: 'oSomeoneElse' } }, 10060031],
    ['logistics_type 5', { logistics_type: 5 }, 10060005],
    ['delivery_mode 3', { delivery_mode: 3 }, 268485224],
    [
      'split delivery for 同城',
      { delivery_mode: 2, logistics_type: 2, is_all_delivered: true },
      10060006,
    ],
    ['split delivery without is_all_delivered', { delivery_mode: 2 }, 10060007],
    [
      'unified delivery with two packages',
      { shipping_list: packages(2) },
      268485228,
    ],
    [
      'split delivery with 16 packages',
      { delivery_mode: 2, is_all_delivered: true, shipping_list: packages(16) },
      10060024,
    ],
    [
      'split delivery with no package',
      { delivery_mode: 2, is_all_delivered: true, shipping_list: [] },
      10060014,
    ],
    [
      'express without tracking_no',
      { shipping_list: [{ ...YTO_PACKAGE, tracking_no: undefined }] },
      268485226,
    ],
    [
      'express without express_company',
      { shipping_list: [{ ...YTO_PACKAGE, express_company: '' }] },
      268485227,
    ],
    [
      'a 129-byte tracking_no',
      { shipping_list: [{ ...YTO_PACKAGE, tracking_no: 'Y'.repeat(129) }] },
      10060026,
    ],
    [
      'a 129-byte express_company',
      { shipping_list: [{ ...YTO_PACKAGE, express_company: 'Y'.repeat(129) }] },
      10060025,
    ],
    [
      'an empty item_desc',
      { shipping_list: [{ ...YTO_PACKAGE, item_desc: '' }] },
      10060008,
    ],
    [
      'a 121-character item_desc',
      { shipping_list: [{ ...YTO_PACKAGE, item_desc: '杯'.repeat(121) }] },
      10060009,
    ],
    [
      'SF without a contact',
      { shipping_list: [{ ...YTO_PACKAGE, express_company: 'SF' }] },
      10060014,
    ],
    [
      'upload_time without an offset',
      { upload_time: '2023-11-15T10:00:00' },
      268485216,
    ],
    ['upload_time as Unix seconds', { upload_time: 1700013600 }, 268485216],
    [
      'upload_time on 30 February',
      { upload_time: '2023-02-30T10:00:00+08:00' },
      268485216,
    ],
  ];

  it.each(
    refusals.map(
      ([name, changes, errcode]) => [name, errcode, changes] as const,
    ),
  )('refuses %s with %i', async (_case, errcode, changes) => {
    const body = upload(changes);
    // `undefined` inside a nested object is dropped by JSON.stringify, as intended.
    const reply = await api.post(PATH, body);

    expect(reply['errcode']).toBe(errcode);
    expect(reply['errmsg']).toMatch(RID_SUFFIX);
    expect(wechat.shipping.get(PAYMENT.transactionId!)?.state).toBe(1);
  });

  it('accepts 120 characters of item_desc, 128-byte codes, Z and ±HHMM offsets, a long fraction, and virtual goods without a waybill', async () => {
    const item = {
      tracking_no: 'Y'.repeat(128),
      express_company: 'Y'.repeat(128),
      item_desc: '杯'.repeat(120),
    };
    const longest = await api.post(
      PATH,
      upload({
        shipping_list: [item],
        upload_time: '2023-11-15T02:00:00.120Z',
      }),
    );
    expect(longest).toMatchObject({ errcode: 0 });

    const other = wechat.shipping.seedPayment({
      payerOpenid: 'oTestPayer0001',
    });
    const virtual = await api.post(
      PATH,
      upload({
        order_key: {
          order_number_type: 2,
          transaction_id: other.transactionId,
        },
        logistics_type: 3,
        shipping_list: [{ item_desc: '会员月卡' }],
        upload_time: '2023-11-15T10:00:00+0800',
      }),
    );
    expect(virtual).toMatchObject({ errcode: 0 });

    // RFC 3339 bounds no fraction: nanoseconds and beyond are one time still.
    const third = wechat.shipping.seedPayment({
      payerOpenid: 'oTestPayer0001',
    });
    const fine = await api.post(
      PATH,
      upload({
        order_key: {
          order_number_type: 2,
          transaction_id: third.transactionId,
        },
        upload_time: '2023-11-15T10:00:00.1234567891+08:00',
      }),
    );
    expect(fine).toMatchObject({ errcode: 0 });
  });

  it('answers 48001 while the app is not enrolled (is_trade_managed false)', async () => {
    wechat.shipping.setTradeManaged(false);

    expect(await api.post(PATH, upload())).toMatchObject({
      errcode: 48001,
      errmsg: expect.stringMatching(/^api unauthorized rid: /),
    });
  });

  it("gives the reference's errmsg text for a documented errcode", async () => {
    const reply = await api.post(PATH, upload({ logistics_type: 9 }));
    expect(reply['errmsg']).toMatch(/^物流类型有误 rid: /);
  });
});
