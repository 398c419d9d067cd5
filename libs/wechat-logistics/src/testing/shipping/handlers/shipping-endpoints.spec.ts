import { businessApi, type BusinessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';
import { PAYMENT, upload, YTO_PACKAGE } from '../shipping.spec-helper';

const TX = PAYMENT.transactionId!;
const DAY = 86_400;

describe('shipping family: query, reminder, settings and application endpoints', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const errcode = async (path: string, body: unknown) =>
    (await api.post(path, body))['errcode'];

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    wechat.shipping.seedPayment(PAYMENT);
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  describe('get_order', () => {
    it("answers the order record of §3.5 by either key form, like the reference's example", async () => {
      const reply = await api.post(WECHAT_PATHS.getShippingOrder, {
        merchant_id: PAYMENT.mchid,
        merchant_trade_no: PAYMENT.outTradeNo,
      });
      expect(reply).toEqual({
        errcode: 0,
        errmsg: 'ok',
        order: {
          transaction_id: TX,
          merchant_id: '1900000109',
          sub_merchant_id: '',
          merchant_trade_no: 'ORD20231115001',
          description: '',
          paid_amount: 916,
          openid: 'oTestPayer0001',
          trade_create_time: 1700000000,
          pay_time: 1700000000,
          order_state: 1,
          in_complaint: false,
          shipping: {},
        },
      });
    });

    it('answers 10060014 without either key and 10060001 for an unknown payment', async () => {
      expect(await errcode(WECHAT_PATHS.getShippingOrder, {})).toBe(10060014);
      expect(
        await errcode(WECHAT_PATHS.getShippingOrder, { transaction_id: '42x' }),
      ).toBe(10060001);
    });
  });

  describe('get_order_list', () => {
    beforeEach(() => {
      wechat.shipping.seedPayment({ payerOpenid: 'oB', payTime: 1700000300 });
      wechat.shipping.seedPayment({ payerOpenid: 'oB', payTime: 1700000100 });
    });

    it('filters by pay time (inclusive) and payer, oldest first, in pages joined by last_index', async () => {
      const first = await api.post(WECHAT_PATHS.getShippingOrderList, {
        pay_time_range: { begin_time: 1700000100, end_time: 1700000300 },
        openid: 'oB',
        page_size: 1,
      });
      expect(first).toMatchObject({ errcode: 0, has_more: true });
      const [a] = first['order_list'] as { pay_time: number }[];
      expect(a.pay_time).toBe(1700000100);

      const second = await api.post(WECHAT_PATHS.getShippingOrderList, {
        pay_time_range: { begin_time: 1700000100, end_time: 1700000300 },
        openid: 'oB',
        page_size: 1,
        last_index: first['last_index'],
      });
      expect(second).toMatchObject({ has_more: false, last_index: '' });
      expect((second['order_list'] as { pay_time: number }[])[0].pay_time).toBe(
        1700000300,
      );
    });

    it('filters by order_state', async () => {
      const reply = await api.post(WECHAT_PATHS.getShippingOrderList, {
        order_state: 1,
      });
      expect(reply['order_list']).toHaveLength(3);
      const none = await api.post(WECHAT_PATHS.getShippingOrderList, {
        order_state: 2,
      });
      expect(none['order_list']).toEqual([]);
    });

    it('answers 10060011 for a last_index it never gave', async () => {
      expect(
        await errcode(WECHAT_PATHS.getShippingOrderList, {
          last_index: 'tampered',
        }),
      ).toBe(10060011);
    });
  });

  describe('notify_confirm_receive', () => {
    const notify = (body: Record<string, unknown> = {}) =>
      errcode(WECHAT_PATHS.notifyConfirmReceive, {
        transaction_id: TX,
        received_time: wechat.clock.nowSeconds() + 60,
        ...body,
      });

    it('refuses a payment not 已发货 with 10060028', async () => {
      expect(await notify()).toBe(10060028);
    });

    it('refuses a non-express shipment with 10060032', async () => {
      await api.post(
        WECHAT_PATHS.uploadShippingInfo,
        upload({ logistics_type: 4, shipping_list: [{ item_desc: '自提' }] }),
      );
      expect(await notify()).toBe(10060032);
    });

    it('refuses a sign-for time not after shipping with 10060029, then reminds once (10060030)', async () => {
      await api.post(
        WECHAT_PATHS.uploadShippingInfo,
        upload({ shipping_list: [YTO_PACKAGE] }),
      );
      const shipped = wechat.shipping.get(TX)!.shippedTime!;
      // Shipped at the upload's upload_time (2023-11-15T10:00:00+08:00).
      expect(shipped).toBe(1700013600);
      expect(wechat.shipping.get(TX)!.estimatedSettlementTime).toBe(1700877600);

      expect(await notify({ received_time: shipped })).toBe(10060029);
      expect(await notify({ received_time: shipped + 1 })).toBe(0);
      expect(wechat.shipping.get(TX)).toMatchObject({
        receiptReminderSent: true,
        receivedTime: shipped + 1,
      });
      expect(await notify({ received_time: shipped + 2 })).toBe(10060030);
    });
  });

  it('set_msg_jump_path stores the path per app', async () => {
    expect(
      await errcode(WECHAT_PATHS.setMsgJumpPath, {
        path: 'pages/order/detail',
      }),
    ).toBe(0);
    expect(wechat.shipping.msgJumpPath).toBe('pages/order/detail');
  });

  describe('is_trade_managed and is_trade_management_confirmation_completed', () => {
    it('answer from the app’s settings, also when it is not enrolled', async () => {
      const own = { appid: wechat.appId };
      expect(await api.post(WECHAT_PATHS.isTradeManaged, own)).toEqual({
        errcode: 0,
        errmsg: 'ok',
        is_trade_managed: true,
      });
      wechat.shipping.setTradeManaged(false);
      wechat.shipping.setConfirmationCompleted(false);
      expect(await api.post(WECHAT_PATHS.isTradeManaged, own)).toMatchObject({
        errcode: 0,
        is_trade_managed: false,
      });
      expect(
        await api.post(
          WECHAT_PATHS.isTradeManagementConfirmationCompleted,
          own,
        ),
      ).toMatchObject({ errcode: 0, completed: false });
    });

    it('answer 40097 without appid and 40013 for another app', async () => {
      expect(await errcode(WECHAT_PATHS.isTradeManaged, {})).toBe(40097);
      expect(
        await errcode(WECHAT_PATHS.isTradeManagementConfirmationCompleted, {
          appid: 'wxanother',
        }),
      ).toBe(40013);
    });
  });

  describe('opspecialorder', () => {
    const report = (body: Record<string, unknown>) =>
      errcode(WECHAT_PATHS.opSpecialOrder, { order_id: TX, ...body });

    it('refuses a bad type (268546000), a delay_to outside 15–330 days (268546001) and an unknown or shipped order (268546002)', async () => {
      expect(await report({ type: 3 })).toBe(268546000);
      expect(await report({ type: 1 })).toBe(268546001);
      expect(
        await report({ type: 1, delay_to: PAYMENT.payTime! + 14 * DAY }),
      ).toBe(268546001);
      expect(
        await report({ type: 1, delay_to: PAYMENT.payTime! + 331 * DAY }),
      ).toBe(268546001);
      expect(await report({ type: 2, order_id: 'nope' })).toBe(268546002);
    });

    it('records a pre-sale order by merchant order number and a test order with delay_to null', async () => {
      const delayTo = PAYMENT.payTime! + 20 * DAY;
      expect(
        await report({
          type: 1,
          order_id: PAYMENT.outTradeNo,
          delay_to: delayTo,
        }),
      ).toBe(0);
      expect(await report({ type: 2, delay_to: null })).toBe(0);
      expect(wechat.shipping.get(TX)).toMatchObject({
        preSaleDelayTo: delayTo,
        testOrder: true,
      });
    });
  });

  describe('upload_combined_shipping_info', () => {
    const PARENT = '4200000000202311150000009999';
    const SUBS = [
      '4200000000202311150000000011',
      '4200000000202311150000000012',
    ];
    const sub = (
      transactionId: string,
      extra: Record<string, unknown> = {},
    ) => ({
      order_key: { order_number_type: 2, transaction_id: transactionId },
      logistics_type: 1,
      delivery_mode: 1,
      shipping_list: [YTO_PACKAGE],
      ...extra,
    });
    const combined = (subOrders: unknown[]) => ({
      order_key: { order_number_type: 2, transaction_id: PARENT },
      sub_orders: subOrders,
      upload_time: '2023-11-15T10:00:00+08:00',
      payer: { openid: 'oTestPayer0001' },
    });

    beforeEach(() => {
      wechat.shipping.seedCombinedPayment({
        transactionId: PARENT,
        payerOpenid: 'oTestPayer0001',
        subPayments: SUBS.map((transactionId) => ({ transactionId })),
      });
    });

    it('ships every sub-payment', async () => {
      expect(
        await errcode(
          WECHAT_PATHS.uploadCombinedShippingInfo,
          combined(SUBS.map((id) => sub(id))),
        ),
      ).toBe(0);
      expect(SUBS.map((id) => wechat.shipping.get(id)!.state)).toEqual([2, 2]);
    });

    it('refuses a sub key of another form (268485253), a repeated sub (10060013) and a payment outside the parent (10060001), storing nothing', async () => {
      const path = WECHAT_PATHS.uploadCombinedShippingInfo;
      const merchantForm = {
        order_key: { order_number_type: 1, mchid: '1', out_trade_no: '2' },
      };
      expect(
        await errcode(
          path,
          combined([sub(SUBS[0]), sub(SUBS[1], merchantForm)]),
        ),
      ).toBe(268485253);
      expect(await errcode(path, combined([sub(SUBS[0]), sub(SUBS[0])]))).toBe(
        10060013,
      );
      expect(await errcode(path, combined([sub(SUBS[0]), sub(TX)]))).toBe(
        10060001,
      );
      expect(wechat.shipping.get(SUBS[0])!.state).toBe(1);
    });
  });

  describe('famousbrand and setwxatradetypecgi', () => {
    it('files a brand application, refuses a second while under review (10210002), and reports its review', async () => {
      const apply = {
        Application: {
          apply_for: 1,
          audit_info: { brand_name: '示例', brand_type: 3 },
        },
      };
      expect(
        await errcode(WECHAT_PATHS.famousBrandApply, { Application: {} }),
      ).toBe(10210001);
      expect(await errcode(WECHAT_PATHS.famousBrandApply, apply)).toBe(0);
      expect(await errcode(WECHAT_PATHS.famousBrandApply, apply)).toBe(
        10210002,
      );

      // Under review: no audit_reason (§4.11 sets it only when rejected).
      expect(
        await api.post(WECHAT_PATHS.getFamousBrandApplyStatus, {}),
      ).toEqual({
        errcode: 0,
        errmsg: 'ok',
        progress: { status: 1 },
        application: { apply_for: 1, status: 1, audit_info: {} },
      });

      wechat.shipping.reviewBrandApplication('rejected', '材料不足');
      expect(
        await api.post(WECHAT_PATHS.getFamousBrandApplyStatus, {}),
      ).toEqual({
        errcode: 0,
        errmsg: 'ok',
        progress: { status: 2 },
        application: {
          apply_for: 1,
          status: 2,
          audit_info: { audit_reason: '材料不足' },
        },
      });
    });

    it('accepts one trade-type application; a second is 268486048', async () => {
      const body = {
        trade_type: 2,
        material_list: [{ type: 1, media_id: 'MEDIA' }],
        reason: '实物电商',
      };
      expect(await errcode(WECHAT_PATHS.setWxaTradeType, body)).toBe(0);
      expect(await errcode(WECHAT_PATHS.setWxaTradeType, body)).toBe(268486048);
    });
  });
});
