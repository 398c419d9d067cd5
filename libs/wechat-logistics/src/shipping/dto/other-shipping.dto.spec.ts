import { messagesFor } from '../../core/validation/messages-for.spec-helper';
import { FamousBrandApplyDto } from './famous-brand-apply.dto';
import { GetShippingOrderDto } from './get-shipping-order.dto';
import { GetShippingOrderListDto } from './get-shipping-order-list.dto';
import { NotifyConfirmReceiveDto } from './notify-confirm-receive.dto';
import { OpSpecialOrderDto } from './op-special-order.dto';
import { SetMsgJumpPathDto } from './set-msg-jump-path.dto';
import { SetWxaTradeTypeDto } from './set-wxa-trade-type.dto';
import { UploadCombinedShippingInfoDto } from './upload-combined-shipping-info.dto';

describe('UploadCombinedShippingInfoDto (§4.2)', () => {
  const sub = (transactionId: string, orderNumberType = 2) => ({
    orderKey: { orderNumberType, transactionId, mchid: 'm', outTradeNo: 'o' },
    logisticsType: 3,
    deliveryMode: 1,
    shippingList: [{ itemDesc: '会员卡*1' }],
  });
  const combined = (subOrders: unknown[]) => ({
    orderKey: { orderNumberType: 2, transactionId: 'parent' },
    subOrders,
    uploadTime: '2023-11-15T10:00:00+08:00',
    payer: { openid: 'oPayer' },
  });

  it('accepts sub-orders of the parent key form', () => {
    expect(
      messagesFor(
        UploadCombinedShippingInfoDto,
        combined([sub('a'), sub('b')]),
      ),
    ).toEqual([]);
  });

  it('needs at least one sub-order', () => {
    expect(messagesFor(UploadCombinedShippingInfoDto, combined([]))).toEqual([
      'subOrders must have at least 1 item (got 0)',
    ]);
  });

  it("refuses a sub-order whose key form differs from the parent's (268485253)", () => {
    expect(
      messagesFor(UploadCombinedShippingInfoDto, combined([sub('a', 1)])),
    ).toEqual([
      "subOrders items' orderKey.orderNumberType must equal the parent orderKey's",
    ]);
  });

  it('refuses the same sub-payment twice (10060013)', () => {
    expect(
      messagesFor(
        UploadCombinedShippingInfoDto,
        combined([sub('a'), sub('a')]),
      ),
    ).toEqual(['subOrders must not list the same sub-payment twice']);
  });

  it("applies §4.1's rules to each sub-order", () => {
    expect(
      messagesFor(
        UploadCombinedShippingInfoDto,
        combined([{ ...sub('a'), deliveryMode: 2 }]),
      ),
    ).toEqual([
      'subOrders.0.deliveryMode may be 2 (split) only when logisticsType is 1 (express)',
      'subOrders.0.isAllDelivered is required when deliveryMode is 2 (split)',
    ]);
  });
});

describe('payment queries (§3.7): getOrder, notifyConfirmReceive', () => {
  it('take a transaction id, or a merchant id with a merchant order no.', () => {
    expect(messagesFor(GetShippingOrderDto, { transactionId: '42' })).toEqual(
      [],
    );
    expect(
      messagesFor(GetShippingOrderDto, {
        merchantId: 'm',
        merchantTradeNo: 'o',
      }),
    ).toEqual([]);
    expect(messagesFor(GetShippingOrderDto, { merchantId: 'm' })).toEqual([
      'merchantTradeNo is required unless transactionId is given',
    ]);
    expect(messagesFor(GetShippingOrderDto, {})).toEqual([
      'merchantId is required unless transactionId is given',
      'merchantTradeNo is required unless transactionId is given',
    ]);
  });

  it("refuses the upload key's names (mchid) at the query's top level", () => {
    expect(
      messagesFor(GetShippingOrderDto, { transactionId: '42', mchid: 'm' })[0],
    ).toMatch(/^mchid is not a known field/);
  });

  it('notifyConfirmReceive needs receivedTime in Unix seconds', () => {
    expect(
      messagesFor(NotifyConfirmReceiveDto, { transactionId: '42' }),
    ).toEqual(['receivedTime must be an integer ≥ 1']);
    expect(
      messagesFor(NotifyConfirmReceiveDto, {
        transactionId: '42',
        receivedTime: 1700200000000,
      }),
    ).toEqual([
      'receivedTime must be Unix seconds, but 1700200000000 looks like milliseconds (divide it by 1000)',
    ]);
  });
});

describe('GetShippingOrderListDto (§4.4)', () => {
  it('accepts nothing at all (the first page of everything)', () => {
    expect(messagesFor(GetShippingOrderListDto, {})).toEqual([]);
  });

  it('takes page sizes 1 to 100', () => {
    expect(messagesFor(GetShippingOrderListDto, { pageSize: 100 })).toEqual([]);
    expect(messagesFor(GetShippingOrderListDto, { pageSize: 101 })).toEqual([
      'pageSize must be at most 100',
    ]);
    expect(messagesFor(GetShippingOrderListDto, { pageSize: 0 })).toEqual([
      'pageSize must be an integer ≥ 1',
    ]);
  });

  it('takes a pay-time window in Unix seconds, end not before begin, within 2³²−1', () => {
    const range = (payTimeRange: unknown) =>
      messagesFor(GetShippingOrderListDto, { payTimeRange });
    expect(range({ beginTime: 0, endTime: 2 ** 32 - 1 })).toEqual([]);
    expect(range({ beginTime: 5, endTime: 4 })).toEqual([
      'payTimeRange.endTime must not be before beginTime',
    ]);
    expect(range({ endTime: 2 ** 32 })).toEqual([
      'payTimeRange.endTime must be at most 4294967295',
    ]);
    expect(range({ beginTime: 1700000000000 })).toHaveLength(2);
  });

  it('takes order states 1 to 6', () => {
    expect(messagesFor(GetShippingOrderListDto, { orderState: 6 })).toEqual([]);
    expect(
      messagesFor(GetShippingOrderListDto, { orderState: 7 }),
    ).toHaveLength(1);
  });

  it('bounds the cursor', () => {
    expect(
      messagesFor(GetShippingOrderListDto, { lastIndex: 'x'.repeat(1025) }),
    ).toHaveLength(1);
  });
});

describe('SetMsgJumpPathDto (§4.6)', () => {
  it("takes a page path, or '' for WeChat's default page", () => {
    expect(
      messagesFor(SetMsgJumpPathDto, { path: 'pages/order/detail?a=1' }),
    ).toEqual([]);
    expect(messagesFor(SetMsgJumpPathDto, { path: '' })).toEqual([]);
    expect(messagesFor(SetMsgJumpPathDto, {})).toEqual(['path is required']);
  });
});

describe('OpSpecialOrderDto (§4.9)', () => {
  it('needs delayTo for a pre-sale order only', () => {
    expect(messagesFor(OpSpecialOrderDto, { orderId: 'O', type: 1 })).toEqual([
      'delayTo is required when type is 1 (pre-sale)',
    ]);
    expect(messagesFor(OpSpecialOrderDto, { orderId: 'O', type: 2 })).toEqual(
      [],
    );
    expect(
      messagesFor(OpSpecialOrderDto, {
        orderId: 'O',
        type: 1,
        delayTo: 1702592000,
      }),
    ).toEqual([]);
  });
});

describe('FamousBrandApplyDto (§4.10)', () => {
  const apply = (application: unknown) =>
    messagesFor(FamousBrandApplyDto, { application });

  it('needs auditInfo when applying as a famous brand', () => {
    expect(apply({ applyFor: 1 })).toEqual([
      'application.auditInfo is required when applyFor is 1 (famous brand)',
    ]);
    expect(apply({ applyFor: 2 })).toEqual([]);
  });

  it('needs the platform and its proof for a flagship store, the certification for a trademark', () => {
    expect(
      apply({ applyFor: 1, auditInfo: { brandName: 'B', brandType: 4 } }),
    ).toEqual([
      'application.auditInfo.flagshipInWhichEcPlatform is required when brandType is 4',
      'application.auditInfo.ecPlatformProofList is required when brandType is 4',
    ]);
    expect(
      apply({ applyFor: 1, auditInfo: { brandName: 'B', brandType: 7 } }),
    ).toEqual([
      'application.auditInfo.authorityCertifiedProofList is required when brandType is 7',
    ]);
    expect(
      apply({ applyFor: 1, auditInfo: { brandName: 'B', brandType: 3 } }),
    ).toEqual([]);
  });
});

describe('SetWxaTradeTypeDto (§4.12)', () => {
  const material = (type: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ type, mediaId: `M${type}-${i}` }));
  const trade = (materialList: unknown[]) =>
    messagesFor(SetWxaTradeTypeDto, {
      tradeType: 2,
      materialList,
      reason: 'r',
    });

  it('takes up to 10 materials, at most 3 of them videos', () => {
    expect(trade([...material(1, 7), ...material(2, 3)])).toEqual([]);
    expect(trade(material(1, 11))).toEqual([
      'materialList must have 1 to 10 items (got 11)',
    ]);
    expect(trade(material(2, 4))).toEqual([
      'materialList must hold at most 3 videos',
    ]);
    expect(trade([])).toEqual(['materialList must have 1 to 10 items (got 0)']);
  });
});
