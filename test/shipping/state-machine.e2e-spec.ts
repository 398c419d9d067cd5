import {
  ShippingOrderState,
  WechatApiError,
  WechatValidationError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import {
  PAYER,
  expressUpload,
  rejectionOf,
  uploadTime,
  useShippingE2e,
} from '../support/shipping-e2e';

const UPLOAD = '/wxa/sec/order/upload_shipping_info';

/** The status and errcode a Nest app answers for a library error. */
function answered(error: Error): { status: number; errcode?: number } {
  expect(error).toBeInstanceOf(WechatApiError);
  const { status, body } = toErrorResponse(error as WechatApiError);
  return { status, errcode: body.errcode };
}

/**
 * The payment's state machine (shipping-info.md §4.1, §7.2) driven through
 * the library: every refusal is the emulator's, surfaced as the library's
 * WechatApiError and answered with the status its catalogue gives.
 */
describe('the shipping state machine through the library', () => {
  const h = useShippingE2e();
  const seed = (payTime = 1700000000) =>
    h.wechat.shipping.seedPayment({ payerOpenid: PAYER, payTime });
  const state = async (transactionId: string) =>
    (await h.shipping.getOrder({ transactionId })).order;

  it('upload → 已发货; one changed re-upload; a third is 10060003 (409)', async () => {
    const payment = seed();
    await h.shipping.uploadShippingInfo(expressUpload(payment, 0, 'YT1'));
    expect(await state(payment.transactionId)).toMatchObject({
      orderState: ShippingOrderState.Shipped,
      shipping: {
        finishShipping: true,
        finishShippingCount: 1,
        shippingList: [{ trackingNo: 'YT1', expressCompany: 'YTO' }],
      },
    });

    await expect(
      h.shipping.uploadShippingInfo(expressUpload(payment, 1, 'YT2')),
    ).resolves.toEqual({});
    expect(await state(payment.transactionId)).toMatchObject({
      orderState: ShippingOrderState.Shipped,
      shipping: {
        finishShippingCount: 2,
        shippingList: [{ trackingNo: 'YT2' }],
      },
    });

    const third = await rejectionOf(
      h.shipping.uploadShippingInfo(expressUpload(payment, 2, 'YT3')),
    );
    expect(answered(third)).toEqual({ status: 409, errcode: 10060003 });
    expect((third as WechatApiError).advice).toBeUndefined();
  });

  it('an unchanged re-upload is 10060023 (409) and does not spend the re-upload', async () => {
    const payment = seed();
    await h.shipping.uploadShippingInfo(expressUpload(payment, 0));
    const same = await rejectionOf(
      h.shipping.uploadShippingInfo(expressUpload(payment, 1)),
    );
    expect(answered(same)).toEqual({ status: 409, errcode: 10060023 });
    await expect(
      h.shipping.uploadShippingInfo(expressUpload(payment, 2, 'YT9')),
    ).resolves.toEqual({});
  });

  it('an upload time not later than the last accepted one is 268485216 (400)', async () => {
    const payment = seed();
    await h.shipping.uploadShippingInfo(expressUpload(payment, 10));
    for (const minutes of [10, 5]) {
      const stale = await rejectionOf(
        h.shipping.uploadShippingInfo(expressUpload(payment, minutes, 'YT2')),
      );
      expect(answered(stale)).toEqual({ status: 400, errcode: 268485216 });
    }
    expect((await state(payment.transactionId)).shipping).toMatchObject({
      finishShippingCount: 1,
    });
  });

  it('takes every upload-time form the library sends: a Date, Z, a long fraction', async () => {
    const payment = seed();
    const at = (uploadTime: Date | string, trackingNo: string) =>
      h.shipping.uploadShippingInfo({
        ...expressUpload(payment, 0, trackingNo),
        uploadTime,
      });
    await expect(at(new Date('2023-11-15T02:00:00Z'), 'YT1')).resolves.toEqual(
      {},
    );
    await expect(
      at('2023-11-15T10:00:01.1234567891+08:00', 'YT2'),
    ).resolves.toEqual({});
    await expect(at('2023-11-15T02:00:02Z', 'YT3')).rejects.toMatchObject({
      errcode: 10060003,
    });
  });

  it('split delivery stays 待发货 until isAllDelivered, packages accumulating', async () => {
    const payment = seed();
    const split = (
      minutes: number,
      isAllDelivered: boolean,
      trackingNos: string[],
    ) =>
      h.shipping.uploadShippingInfo({
        ...expressUpload(payment, minutes),
        deliveryMode: 2,
        isAllDelivered,
        shippingList: trackingNos.map((trackingNo) => ({
          trackingNo,
          expressCompany: 'YTO',
          itemDesc: `包裹 ${trackingNo}`,
        })),
      });
    await split(0, false, ['YT1', 'YT2']);
    expect(await state(payment.transactionId)).toMatchObject({
      orderState: ShippingOrderState.AwaitingShipment,
      shipping: { deliveryMode: 2, finishShipping: false },
    });
    await split(1, true, ['YT3']);
    const shipped = await state(payment.transactionId);
    expect(shipped).toMatchObject({
      orderState: ShippingOrderState.Shipped,
      shipping: { finishShipping: true, finishShippingCount: 1 },
    });
    expect(shipped.shipping.shippingList.map((p) => p.trackingNo)).toEqual([
      'YT1',
      'YT2',
      'YT3',
    ]);
  });

  it('a refunded payment refuses uploads with 10060004 (409)', async () => {
    const payment = seed();
    h.wechat.shipping.refund(payment.transactionId);
    expect((await state(payment.transactionId)).orderState).toBe(
      ShippingOrderState.Refunded,
    );
    const refused = await rejectionOf(
      h.shipping.uploadShippingInfo(expressUpload(payment)),
    );
    expect(answered(refused)).toEqual({ status: 409, errcode: 10060004 });
  });

  it('confirmReceipt → 3 (确认收货); settle → 4 (交易完成); uploads then 10060002', async () => {
    const payment = seed();
    await h.shipping.uploadShippingInfo(expressUpload(payment));
    h.wechat.shipping.confirmReceipt(payment.transactionId);
    expect((await state(payment.transactionId)).orderState).toBe(
      ShippingOrderState.ReceiptConfirmed,
    );
    h.wechat.shipping.settle(payment.transactionId);
    expect((await state(payment.transactionId)).orderState).toBe(
      ShippingOrderState.Completed,
    );
    const late = await rejectionOf(
      h.shipping.uploadShippingInfo(expressUpload(payment, 1, 'YT2')),
    );
    expect(answered(late)).toEqual({ status: 409, errcode: 10060002 });
  });

  it('automatic confirmation is 6 (资金待结算), which the library keeps', async () => {
    const payment = seed();
    await h.shipping.uploadShippingInfo(expressUpload(payment));
    h.wechat.shipping.confirmReceipt(payment.transactionId, {
      method: 'automatic',
    });
    expect((await state(payment.transactionId)).orderState).toBe(
      ShippingOrderState.AwaitingSettlement,
    );
  });

  it('combined payment: each sub-payment ships on its own and is queryable', async () => {
    const combined = h.wechat.shipping.seedCombinedPayment({
      payerOpenid: PAYER,
      subPayments: [{ outTradeNo: 'SUB1' }, { outTradeNo: 'SUB2' }],
    });
    const sub = (outTradeNo: string) => ({
      orderKey: { orderNumberType: 1, mchid: '1900000109', outTradeNo },
      logisticsType: 1,
      deliveryMode: 1,
      shippingList: [
        { trackingNo: `T-${outTradeNo}`, expressCompany: 'ZTO', itemDesc: 'x' },
      ],
    });
    await h.shipping.uploadCombinedShippingInfo({
      orderKey: {
        orderNumberType: 1,
        mchid: combined.mchid,
        outTradeNo: combined.outTradeNo,
      },
      subOrders: [sub('SUB1'), sub('SUB2')],
      uploadTime: uploadTime(0),
      payer: { openid: PAYER },
    });
    for (const outTradeNo of ['SUB1', 'SUB2']) {
      const { order } = await h.shipping.getOrder({
        merchantId: '1900000109',
        merchantTradeNo: outTradeNo,
      });
      expect(order).toMatchObject({
        orderState: ShippingOrderState.Shipped,
        shipping: { shippingList: [{ trackingNo: `T-${outTradeNo}` }] },
      });
    }
    // Key forms that differ from the parent's are the library's to refuse…
    const requestsBefore = h.wechat.requests.count();
    await expect(
      h.shipping.uploadCombinedShippingInfo({
        orderKey: { orderNumberType: 2, transactionId: combined.transactionId },
        subOrders: [sub('SUB1')],
        uploadTime: uploadTime(1),
        payer: { openid: PAYER },
      }),
    ).rejects.toBeInstanceOf(WechatValidationError);
    expect(h.wechat.requests.count()).toBe(requestsBefore);
    // …a payment that is not one of the parent's sub-payments is WeChat's: 10060001 (404).
    const stranger = seed();
    const notASub = await rejectionOf(
      h.shipping.uploadCombinedShippingInfo({
        orderKey: { orderNumberType: 2, transactionId: combined.transactionId },
        subOrders: [
          {
            ...sub('SUB1'),
            orderKey: {
              orderNumberType: 2,
              transactionId: stranger.transactionId,
            },
          },
        ],
        uploadTime: uploadTime(2),
        payer: { openid: PAYER },
      }),
    );
    expect(answered(notASub)).toEqual({ status: 404, errcode: 10060001 });
  });

  it('notifyConfirmReceive: 10060028 before shipping, 10060029 for a sign-for time before it, then once, then 10060030', async () => {
    const payment = seed();
    const notify = (receivedTime: number) =>
      h.shipping.notifyConfirmReceive({
        transactionId: payment.transactionId,
        receivedTime,
      });
    expect(answered(await rejectionOf(notify(1700000001)))).toEqual({
      status: 409,
      errcode: 10060028,
    });
    await h.shipping.uploadShippingInfo(expressUpload(payment));
    const shippedTime = h.wechat.shipping.get(
      payment.transactionId,
    )!.shippedTime!;
    expect(answered(await rejectionOf(notify(shippedTime)))).toEqual({
      status: 400,
      errcode: 10060029,
    });
    await expect(notify(shippedTime + 60)).resolves.toEqual({});
    expect(answered(await rejectionOf(notify(shippedTime + 120)))).toEqual({
      status: 409,
      errcode: 10060030,
    });
  });

  it('notifyConfirmReceive for a payment not shipped by express is 10060032', async () => {
    const payment = seed();
    await h.shipping.uploadShippingInfo({
      ...expressUpload(payment),
      logisticsType: 3,
      shippingList: [{ itemDesc: '会员卡*1' }],
    });
    const shippedTime = h.wechat.shipping.get(
      payment.transactionId,
    )!.shippedTime!;
    const refused = await rejectionOf(
      h.shipping.notifyConfirmReceive({
        transactionId: payment.transactionId,
        receivedTime: shippedTime + 60,
      }),
    );
    expect(answered(refused)).toEqual({ status: 409, errcode: 10060032 });
  });

  describe('getOrderList paging', () => {
    it('walks every payment with lastIndex, oldest first, then has_more false', async () => {
      const ids = [5, 1, 4, 2, 3].map(
        (n) => seed(1700000000 + n).transactionId,
      );
      const expected = [1, 2, 3, 4, 5].map(
        (n) => ids[[5, 1, 4, 2, 3].indexOf(n)],
      );
      const seen: string[] = [];
      let lastIndex: string | undefined;
      let pages = 0;
      for (;;) {
        const page = await h.shipping.getOrderList({ pageSize: 2, lastIndex });
        pages += 1;
        seen.push(...page.orderList.map((o) => o.transactionId));
        if (!page.hasMore) {
          expect(page.lastIndex).toBe('');
          break;
        }
        lastIndex = page.lastIndex;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(expected);
    });

    it('refuses a page size over 100 before sending anything; 100 is sent', async () => {
      await expect(
        h.shipping.getOrderList({ pageSize: 101 }),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
      seed();
      await expect(
        h.shipping.getOrderList({ pageSize: 100 }),
      ).resolves.toMatchObject({ hasMore: false });
    });

    it('a cursor the emulator never wrote is 10060011 (400)', async () => {
      const refused = await rejectionOf(
        h.shipping.getOrderList({ lastIndex: '092dd3cecbc6926301' }),
      );
      expect(answered(refused)).toEqual({ status: 400, errcode: 10060011 });
    });
  });

  it('an app not enrolled: isTradeManaged false, order calls 48001 answered 500', async () => {
    const payment = seed();
    h.wechat.shipping.setTradeManaged(false);
    await expect(
      h.shipping.isTradeManaged({ appid: h.wechat.appId }),
    ).resolves.toEqual({ isTradeManaged: false });
    for (const call of [
      () => h.shipping.getOrder({ transactionId: payment.transactionId }),
      () => h.shipping.uploadShippingInfo(expressUpload(payment)),
      () => h.shipping.getOrderList(),
    ]) {
      expect(answered(await rejectionOf(call()))).toEqual({
        status: 500,
        errcode: 48001,
      });
    }
    expect(h.wechat.requests.count(UPLOAD)).toBe(1);
  });
});
