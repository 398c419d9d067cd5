import {
  DeliveryMode,
  FamousBrandApplyFor,
  FamousBrandApplyStatus,
  FamousBrandType,
  LogisticsType,
  OrderNumberType,
  ShippingOrderState,
  SpecialOrderType,
  TradeTypeMaterialType,
  WxaTradeType,
} from 'nestjs-wechat-logistics';
import {
  PAYER,
  expressUpload,
  uploadTime,
  useShippingE2e,
} from '../support/shipping-e2e';

/**
 * Each of WechatShippingService's twelve methods, library ↔ emulator with no
 * canned reply: the library's request is accepted by the emulator's handler,
 * the handler's answer maps to the typed result, and the emulator's state
 * shows the call landed.
 */
describe('WechatShippingService against the emulator: one happy path per method', () => {
  const h = useShippingE2e();
  const seed = () =>
    h.wechat.shipping.seedPayment({
      payerOpenid: PAYER,
      mchid: '1900000109',
      outTradeNo: 'ORD20231115001',
      amount: 916,
      description: '保温杯*1',
      payTime: 1700000000,
    });

  it('uploadShippingInfo ships a payment by merchant order no.: {} and 已发货 in the emulator', async () => {
    const payment = seed();
    await expect(
      h.shipping.uploadShippingInfo({
        ...expressUpload(payment),
        orderKey: {
          orderNumberType: OrderNumberType.MerchantTradeNo,
          mchid: '1900000109',
          outTradeNo: 'ORD20231115001',
        },
        shippingList: [
          {
            trackingNo: 'SF1234567890123',
            expressCompany: 'SF',
            itemDesc: '保温杯*1',
            contact: { receiverContact: '138****5678' },
          },
        ],
      }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.get(payment.transactionId)?.state).toBe(2);
  });

  it('uploadCombinedShippingInfo ships every sub-payment of a combined payment', async () => {
    const combined = h.wechat.shipping.seedCombinedPayment({
      payerOpenid: PAYER,
      subPayments: [{ amount: 100 }, { amount: 200 }],
    });
    const [first, second] = combined.subPayments;
    await expect(
      h.shipping.uploadCombinedShippingInfo({
        orderKey: {
          orderNumberType: OrderNumberType.TransactionId,
          transactionId: combined.transactionId,
        },
        subOrders: [
          {
            orderKey: {
              orderNumberType: OrderNumberType.TransactionId,
              transactionId: first.transactionId,
            },
            logisticsType: LogisticsType.Virtual,
            deliveryMode: DeliveryMode.Unified,
            shippingList: [{ itemDesc: '会员卡*1' }],
          },
          {
            orderKey: {
              orderNumberType: OrderNumberType.TransactionId,
              transactionId: second.transactionId,
            },
            logisticsType: LogisticsType.Express,
            deliveryMode: DeliveryMode.Unified,
            shippingList: [
              { trackingNo: 'ZT1', expressCompany: 'ZTO', itemDesc: '杯子*1' },
            ],
          },
        ],
        uploadTime: uploadTime(0),
        payer: { openid: PAYER },
      }),
    ).resolves.toEqual({});
    const shipped = await h.shipping.getOrder({
      transactionId: second.transactionId,
    });
    expect(shipped.order.orderState).toBe(ShippingOrderState.Shipped);
    expect(h.wechat.shipping.get(first.transactionId)?.state).toBe(2);
  });

  it('getOrder answers a seeded payment, typed, by either key form', async () => {
    const payment = seed();
    const expected = {
      order: {
        transactionId: payment.transactionId,
        merchantId: '1900000109',
        subMerchantId: '',
        merchantTradeNo: 'ORD20231115001',
        description: '保温杯*1',
        paidAmount: 916,
        openid: PAYER,
        tradeCreateTime: 1700000000,
        payTime: 1700000000,
        orderState: ShippingOrderState.AwaitingShipment,
        inComplaint: false,
        shipping: {
          finishShipping: false,
          finishShippingCount: 0,
          shippingList: [],
        },
      },
    };
    await expect(
      h.shipping.getOrder({ transactionId: payment.transactionId }),
    ).resolves.toEqual(expected);
    await expect(
      h.shipping.getOrder({
        merchantId: '1900000109',
        merchantTradeNo: 'ORD20231115001',
      }),
    ).resolves.toEqual(expected);
  });

  it('getOrderList lists the seeded payments by state', async () => {
    const payment = seed();
    h.wechat.shipping.seedPayment({ payerOpenid: 'oOther', payTime: 1 });
    const page = await h.shipping.getOrderList({
      orderState: ShippingOrderState.AwaitingShipment,
      openid: PAYER,
    });
    expect(page).toMatchObject({ hasMore: false, lastIndex: '' });
    expect(page.orderList.map((o) => o.transactionId)).toEqual([
      payment.transactionId,
    ]);
  });

  it('notifyConfirmReceive reminds the buyer of a shipped express payment once', async () => {
    const payment = seed();
    await h.shipping.uploadShippingInfo(expressUpload(payment));
    const shippedTime = h.wechat.shipping.get(
      payment.transactionId,
    )!.shippedTime!;
    await expect(
      h.shipping.notifyConfirmReceive({
        merchantId: '1900000109',
        merchantTradeNo: 'ORD20231115001',
        receivedTime: shippedTime + 3600,
      }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.get(payment.transactionId)).toMatchObject({
      receiptReminderSent: true,
      receivedTime: shippedTime + 3600,
    });
  });

  it('setMsgJumpPath records the path in the app', async () => {
    await expect(
      h.shipping.setMsgJumpPath({ path: 'pages/order/detail?from=msg' }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.msgJumpPath).toBe('pages/order/detail?from=msg');
  });

  it('isTradeManaged answers the app its enrolment', async () => {
    await expect(
      h.shipping.isTradeManaged({ appid: h.wechat.appId }),
    ).resolves.toEqual({ isTradeManaged: true });
  });

  it('isTradeManagementConfirmationCompleted answers what the app is set to', async () => {
    h.wechat.shipping.setConfirmationCompleted(false);
    await expect(
      h.shipping.isTradeManagementConfirmationCompleted({
        appid: h.wechat.appId,
      }),
    ).resolves.toEqual({ completed: false });
  });

  it('opSpecialOrder reports a pre-sale (delay_to) and a test order (no delay_to)', async () => {
    const preSale = seed();
    const test = h.wechat.shipping.seedPayment({ payerOpenid: PAYER });
    const delayTo = preSale.payTime + 20 * 86_400;
    await expect(
      h.shipping.opSpecialOrder({
        orderId: preSale.transactionId,
        type: SpecialOrderType.PreSale,
        delayTo,
      }),
    ).resolves.toEqual({});
    await expect(
      h.shipping.opSpecialOrder({
        orderId: test.outTradeNo,
        type: SpecialOrderType.Test,
      }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.get(preSale.transactionId)?.preSaleDelayTo).toBe(
      delayTo,
    );
    expect(h.wechat.shipping.get(test.transactionId)?.testOrder).toBe(true);
  });

  it('famousBrandApply files the application; getFamousBrandApplyStatus follows its review', async () => {
    await expect(
      h.shipping.famousBrandApply({
        application: {
          applyFor: FamousBrandApplyFor.FamousBrand,
          auditInfo: {
            brandName: '微信',
            brandType: FamousBrandType.EcPlatformFlagship,
            flagshipInWhichEcPlatform: '淘宝',
            ecPlatformProofList: ['MEDIA_1'],
            otherMaterialList: ['MEDIA_2'],
          },
        },
      }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.brandApplication).toMatchObject({
      applyFor: 1,
      brandName: '微信',
      brandType: 4,
      status: 1,
    });
    await expect(h.shipping.getFamousBrandApplyStatus()).resolves.toEqual({
      progress: { status: FamousBrandApplyStatus.UnderReview },
      application: {
        applyFor: FamousBrandApplyFor.FamousBrand,
        status: FamousBrandApplyStatus.UnderReview,
        auditInfo: {},
      },
    });
    h.wechat.shipping.reviewBrandApplication('rejected', '材料不清晰');
    await expect(h.shipping.getFamousBrandApplyStatus()).resolves.toEqual({
      progress: { status: FamousBrandApplyStatus.Rejected },
      application: {
        applyFor: FamousBrandApplyFor.FamousBrand,
        status: FamousBrandApplyStatus.Rejected,
        auditInfo: { auditReason: '材料不清晰' },
      },
    });
  });

  it('setWxaTradeType files the one trade-type application', async () => {
    await expect(
      h.shipping.setWxaTradeType({
        tradeType: WxaTradeType.PhysicalGoods,
        materialList: [
          { type: TradeTypeMaterialType.Image, mediaId: 'MEDIA_1' },
          { type: TradeTypeMaterialType.Video, mediaId: 'MEDIA_2' },
        ],
        reason: '主营实物商品销售',
      }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.tradeTypeApplication).toEqual({
      tradeType: 2,
      reason: '主营实物商品销售',
      materials: [
        { type: 1, mediaId: 'MEDIA_1' },
        { type: 2, mediaId: 'MEDIA_2' },
      ],
    });
  });
});
