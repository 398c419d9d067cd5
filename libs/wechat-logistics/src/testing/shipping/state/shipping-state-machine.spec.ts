import { businessApi, type BusinessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';
import {
  PAYMENT,
  upload,
  uploadTimeAfter,
  YTO_PACKAGE,
} from '../shipping.spec-helper';

const TX = PAYMENT.transactionId!;
const SPLIT = { delivery_mode: 2 };
const pkg = (trackingNo: string) => ({
  ...YTO_PACKAGE,
  tracking_no: trackingNo,
});

describe('shipping state machine (per payment)', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const send = (changes: Record<string, unknown>) =>
    api.post(WECHAT_PATHS.uploadShippingInfo, upload(changes));
  const orderState = async () => {
    const reply = await api.post(WECHAT_PATHS.getShippingOrder, {
      transaction_id: TX,
    });
    return reply['order'] as Record<string, unknown>;
  };

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    wechat.shipping.seedPayment(PAYMENT);
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  it('starts 待发货 (1) with shipping {} and moves to 已发货 (2) on a unified upload', async () => {
    expect(await orderState()).toMatchObject({ order_state: 1, shipping: {} });

    await send({});

    expect(await orderState()).toMatchObject({
      order_state: 2,
      shipping: {
        delivery_mode: 1,
        logistics_type: 1,
        finish_shipping: true,
        finish_shipping_count: 1,
        shipping_list: [
          {
            tracking_no: 'SF1234567890123',
            express_company: 'SF',
            goods_desc: '保温杯*1',
            upload_time: 1700013600,
            contact: { consignor_contact: '', receiver_contact: '138****5678' },
          },
        ],
      },
    });
  });

  it('allows exactly one re-ship: the second upload changes the info, the third is 10060003', async () => {
    await send({ shipping_list: [pkg('A1')] });

    const second = await send({
      shipping_list: [pkg('B2')],
      upload_time: uploadTimeAfter(1),
    });
    expect(second['errcode']).toBe(0);
    expect(await orderState()).toMatchObject({
      order_state: 2,
      shipping: {
        finish_shipping_count: 2,
        shipping_list: [expect.objectContaining({ tracking_no: 'B2' })],
      },
    });

    const third = await send({
      shipping_list: [pkg('C3')],
      upload_time: uploadTimeAfter(2),
    });
    expect(third['errcode']).toBe(10060003);
    expect(third['errmsg']).toMatch(/^支付单已使用重新发货机会 rid: /);
  });

  it('answers 10060023 for an upload that changes nothing, without using the re-ship', async () => {
    await send({ shipping_list: [pkg('A1')] });

    const same = await send({
      shipping_list: [pkg('A1')],
      upload_time: uploadTimeAfter(1),
    });
    expect(same['errcode']).toBe(10060023);

    const changed = await send({
      shipping_list: [pkg('B2')],
      upload_time: uploadTimeAfter(2),
    });
    expect(changed['errcode']).toBe(0);
  });

  it('refuses an upload_time not later than the last accepted one with 268485216', async () => {
    await send({ shipping_list: [pkg('A1')], upload_time: uploadTimeAfter(5) });

    const earlier = await send({
      shipping_list: [pkg('B2')],
      upload_time: uploadTimeAfter(5),
    });

    expect(earlier['errcode']).toBe(268485216);
    expect((await orderState())['shipping']).toMatchObject({
      finish_shipping_count: 1,
    });
  });

  it('keeps a split delivery 待发货 until is_all_delivered: true, gathering packages by tracking_no', async () => {
    await send({
      ...SPLIT,
      is_all_delivered: false,
      shipping_list: [pkg('P1')],
    });
    expect(await orderState()).toMatchObject({
      order_state: 1,
      shipping: { finish_shipping: false, finish_shipping_count: 0 },
    });

    await send({
      ...SPLIT,
      is_all_delivered: true,
      shipping_list: [pkg('P1'), pkg('P2')],
      upload_time: uploadTimeAfter(1),
    });

    const order = await orderState();
    expect(order).toMatchObject({
      order_state: 2,
      shipping: {
        delivery_mode: 2,
        finish_shipping: true,
        finish_shipping_count: 1,
      },
    });
    const list = (
      order['shipping'] as { shipping_list: { tracking_no: string }[] }
    ).shipping_list;
    expect(list.map((p) => p.tracking_no)).toEqual(['P1', 'P2']);
  });

  it('counts packages across split uploads against the limit of 15 (10060024)', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => pkg(`A${i}`));
    const six = Array.from({ length: 6 }, (_, i) => pkg(`B${i}`));
    await send({ ...SPLIT, is_all_delivered: false, shipping_list: ten });

    const over = await send({
      ...SPLIT,
      is_all_delivered: true,
      shipping_list: six,
      upload_time: uploadTimeAfter(1),
    });

    expect(over['errcode']).toBe(10060024);
  });

  it('refuses uploads after a refund with 10060004', async () => {
    wechat.shipping.refund(TX);

    expect((await send({}))['errcode']).toBe(10060004);
    expect((await orderState())['order_state']).toBe(5);
  });

  it("moves 已发货 → 确认收货 (3) on the buyer's confirmation → 交易完成 (4) on settlement; uploads then get 10060002", async () => {
    await send({});

    wechat.shipping.confirmReceipt(TX);
    expect((await orderState())['order_state']).toBe(3);
    const late = await send({
      shipping_list: [pkg('X')],
      upload_time: uploadTimeAfter(1),
    });
    expect(late['errcode']).toBe(10060002);

    wechat.shipping.settle({
      mchid: PAYMENT.mchid!,
      outTradeNo: PAYMENT.outTradeNo!,
    });
    expect((await orderState())['order_state']).toBe(4);
    expect(wechat.shipping.get(TX)).toMatchObject({
      confirmReceiveMethod: 'manual',
      settlementTime: expect.any(Number),
    });
  });

  it('moves to 资金待结算 (6) on an automatic confirmation, then settles to 4', async () => {
    await send({});

    wechat.shipping.confirmReceipt(TX, { method: 'automatic' });
    expect((await orderState())['order_state']).toBe(6);

    wechat.shipping.settle(TX);
    expect((await orderState())['order_state']).toBe(4);
  });

  it('refuses controls out of order, naming the payment and its state', async () => {
    expect(() => wechat.shipping.confirmReceipt(TX)).toThrow(
      `Cannot confirm receipt of transaction_id "${TX}": its order_state is 1, not 2 (已发货)`,
    );
    expect(() => wechat.shipping.settle(TX)).toThrow(/order_state is 1/);
    expect(() => wechat.shipping.settle('42unknown')).toThrow(
      'No payment with transaction_id "42unknown"',
    );
  });

  it("keeps each app's payments apart", async () => {
    const other = wechat.addApp({
      appId: 'wx00000000000shopb',
      appSecret: 's',
    });

    expect(other.shipping.get(TX)).toBeUndefined();
    expect(wechat.app(wechat.appId).shipping.get(TX)).toBeDefined();
    const otherApi = await businessApi(wechat, other);
    const reply = await otherApi.post(
      WECHAT_PATHS.uploadShippingInfo,
      upload(),
    );
    expect(reply['errcode']).toBe(10060001);
  });

  it('forgets payments and restores settings on reset()', () => {
    wechat.shipping.setTradeManaged(false);

    wechat.reset();

    expect(wechat.shipping.all()).toEqual([]);
    expect(wechat.shipping.tradeManaged).toBe(true);
  });
});
