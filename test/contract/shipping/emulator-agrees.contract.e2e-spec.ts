import {
  DeliveryMode,
  FamousBrandApplyFor,
  FamousBrandType,
  LogisticsType,
  OrderNumberType,
  ShippingOrderState,
  SpecialOrderType,
  TradeTypeMaterialType,
  WxaTradeType,
} from 'nestjs-wechat-logistics';
import { useShippingHarness } from '../../support/shipping-harness';
import { REFERENCE_UPLOAD_INPUT } from '../../support/shipping-reference';

const ORDER = '/wxa/sec/order';

/** The payment the reference's examples name (§4.1, §6). */
const REFERENCE_PAYMENT = {
  transactionId: '4200000000202311150000000001',
  mchid: '1900000109',
  outTradeNo: 'ORD20231115001',
  payerOpenid: 'oTestPayer0001',
  amount: 916,
  payTime: 1700000000,
};

/**
 * The other half of the contract: the bodies the library sends for the
 * reference's examples (asserted byte for byte in the files beside this one)
 * are accepted by the emulator's own shipping handlers — no canned reply —
 * and its answers map to the typed results. One test per method.
 */
describe('the emulator agrees with the library on the reference examples', () => {
  const h = useShippingHarness();
  beforeEach(() => {
    h.wechat.shipping.reset();
    h.wechat.pushes.clear();
  });
  const seedReference = () => h.wechat.shipping.seedPayment(REFERENCE_PAYMENT);
  const sentTo = (path: string) => h.wechat.requests.forPath(path).length;

  it('uploadShippingInfo: §4.1 example is accepted and ships the payment', async () => {
    seedReference();
    await expect(
      h.shipping.uploadShippingInfo(REFERENCE_UPLOAD_INPUT),
    ).resolves.toEqual({});
    expect(sentTo(`${ORDER}/upload_shipping_info`)).toBe(1);
    expect(
      h.wechat.shipping.get(REFERENCE_PAYMENT.transactionId),
    ).toMatchObject({ state: 2, shippedTime: 1700013600 });
  });

  it('uploadCombinedShippingInfo: a combined payment with a virtual sub-order', async () => {
    h.wechat.shipping.seedCombinedPayment({
      transactionId: '4200000000202311150000000009',
      payerOpenid: 'oTestPayer0001',
      subPayments: [{ transactionId: '4200000000202311150000000001' }],
    });
    await expect(
      h.shipping.uploadCombinedShippingInfo({
        orderKey: {
          orderNumberType: OrderNumberType.TransactionId,
          transactionId: '4200000000202311150000000009',
        },
        subOrders: [
          {
            orderKey: {
              orderNumberType: OrderNumberType.TransactionId,
              transactionId: '4200000000202311150000000001',
            },
            logisticsType: LogisticsType.Virtual,
            deliveryMode: DeliveryMode.Unified,
            shippingList: [{ itemDesc: '会员卡*1' }],
          },
        ],
        uploadTime: '2023-11-15T10:00:00.120+08:00',
        payer: { openid: 'oTestPayer0001' },
      }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.get('4200000000202311150000000001')?.state).toBe(
      2,
    );
  });

  it("getOrder: the emulator reproduces §4.3's example order, mapped", async () => {
    h.wechat.shipping.seedPayment({
      transactionId: 'fake-transid-123',
      mchid: 'fake-mchid-123',
      outTradeNo: 'fake-tradeno-123',
      payerOpenid: 'fake-openid-123',
      amount: 916,
      description: '🍌*1',
      payTime: 1670563533,
    });
    await h.shipping.uploadShippingInfo({
      orderKey: { orderNumberType: 2, transactionId: 'fake-transid-123' },
      logisticsType: 1,
      deliveryMode: 1,
      shippingList: [
        {
          trackingNo: 'JT1234567890',
          expressCompany: 'JTSD',
          itemDesc: '🍌*1',
        },
      ],
      uploadTime: new Date(1670832735 * 1000),
      payer: { openid: 'fake-openid-123' },
    });
    await expect(
      h.shipping.getOrder({ transactionId: 'fake-transid-123' }),
    ).resolves.toEqual({
      order: {
        transactionId: 'fake-transid-123',
        merchantTradeNo: 'fake-tradeno-123',
        merchantId: 'fake-mchid-123',
        subMerchantId: '',
        description: '🍌*1',
        paidAmount: 916,
        openid: 'fake-openid-123',
        tradeCreateTime: 1670563533,
        payTime: 1670563533,
        inComplaint: false,
        orderState: ShippingOrderState.Shipped,
        shipping: {
          deliveryMode: DeliveryMode.Unified,
          logisticsType: LogisticsType.Express,
          finishShipping: true,
          finishShippingCount: 1,
          goodsDesc: '🍌*1',
          shippingList: [
            {
              trackingNo: 'JT1234567890',
              expressCompany: 'JTSD',
              goodsDesc: '🍌*1',
              uploadTime: 1670832735,
              contact: { consignorContact: '', receiverContact: '' },
            },
          ],
        },
      },
    });
  });

  it('getOrderList: the filters are understood and the cursor the emulator returns is taken back', async () => {
    seedReference();
    h.wechat.shipping.seedPayment({
      ...REFERENCE_PAYMENT,
      transactionId: '4200000000202311150000000002',
      outTradeNo: 'ORD20231115002',
      payTime: 1700000001,
    });
    const filters = {
      payTimeRange: { beginTime: 1699999999, endTime: 1700000001 },
      orderState: ShippingOrderState.AwaitingShipment,
      openid: 'oTestPayer0001',
      pageSize: 1,
    };
    const first = await h.shipping.getOrderList(filters);
    expect(first).toMatchObject({ hasMore: true });
    const second = await h.shipping.getOrderList({
      ...filters,
      lastIndex: first.lastIndex,
    });
    expect(second).toMatchObject({ hasMore: false, lastIndex: '' });
    expect(
      [...first.orderList, ...second.orderList].map((o) => o.transactionId),
    ).toEqual(['4200000000202311150000000001', '4200000000202311150000000002']);
  });

  it('notifyConfirmReceive: received_time 1700200000, after the example shipment', async () => {
    seedReference();
    await h.shipping.uploadShippingInfo({
      orderKey: {
        orderNumberType: 2,
        transactionId: REFERENCE_PAYMENT.transactionId,
      },
      logisticsType: 1,
      deliveryMode: 1,
      shippingList: [
        { trackingNo: 'YT1', expressCompany: 'YTO', itemDesc: '保温杯*1' },
      ],
      uploadTime: '2023-11-15T10:00:00+08:00',
      payer: { openid: 'oTestPayer0001' },
    });
    await expect(
      h.shipping.notifyConfirmReceive({
        transactionId: '4200000000202311150000000001',
        receivedTime: 1700200000,
      }),
    ).resolves.toEqual({});
  });

  it('setMsgJumpPath: {path}', async () => {
    await expect(
      h.shipping.setMsgJumpPath({ path: 'pages/order/detail' }),
    ).resolves.toEqual({});
    expect(h.wechat.shipping.msgJumpPath).toBe('pages/order/detail');
  });

  it('isTradeManaged: {appid} of the calling app', async () => {
    await expect(
      h.shipping.isTradeManaged({ appid: h.wechat.appId }),
    ).resolves.toEqual({ isTradeManaged: true });
  });

  it('isTradeManagementConfirmationCompleted: {appid} of the calling app', async () => {
    await expect(
      h.shipping.isTradeManagementConfirmationCompleted({
        appid: h.wechat.appId,
      }),
    ).resolves.toEqual({ completed: true });
  });

  it('opSpecialOrder: a pre-sale report with delay_to, and a test-order report without it', async () => {
    seedReference();
    await expect(
      h.shipping.opSpecialOrder({
        orderId: '4200000000202311150000000001',
        type: SpecialOrderType.PreSale,
        delayTo: 1702592000,
      }),
    ).resolves.toEqual({});
    expect(
      h.wechat.shipping.get(REFERENCE_PAYMENT.transactionId)?.preSaleDelayTo,
    ).toBe(1702592000);
    await expect(
      h.shipping.opSpecialOrder({
        orderId: 'ORD20231115001',
        type: SpecialOrderType.Test,
      }),
    ).resolves.toEqual({});
    expect(
      h.wechat.shipping.get(REFERENCE_PAYMENT.transactionId)?.testOrder,
    ).toBe(true);
  });

  it('famousBrandApply: the application under "Application"', async () => {
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
    expect(h.wechat.shipping.brandApplication?.brandName).toBe('微信');
  });

  it('getFamousBrandApplyStatus: {} answered with progress and application', async () => {
    await h.shipping.famousBrandApply({ application: { applyFor: 2 } });
    await expect(h.shipping.getFamousBrandApplyStatus()).resolves.toEqual({
      progress: { status: 1 },
      application: { applyFor: 2, status: 1, auditInfo: {} },
    });
  });

  it('setWxaTradeType: trade_type, material_list and reason', async () => {
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
    expect(h.wechat.shipping.tradeTypeApplication?.tradeType).toBe(2);
  });
});
