import {
  ERRCODE_CATALOGUE,
  SpecialOrderType,
  WechatApiError,
  type WechatShippingClient,
  WechatShippingService,
  WechatUnknownAppError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { type EmulatorFault } from 'nestjs-wechat-logistics/testing';
import { PAST_TIMEOUT_MS, cannedReply } from '../../support/contract-harness';
import { useShippingHarness } from '../../support/shipping-harness';

const ORDER = '/wxa/sec/order';

interface Call {
  readonly path: string;
  readonly api: string;
  readonly call: (shipping: WechatShippingClient) => Promise<unknown>;
}

const CALLS = {
  upload: {
    path: `${ORDER}/upload_shipping_info`,
    api: 'shipping.uploadShippingInfo',
    call: (s) =>
      s.uploadShippingInfo({
        orderKey: { orderNumberType: 2, transactionId: '42000001' },
        logisticsType: 1,
        deliveryMode: 1,
        shippingList: [
          { trackingNo: 'YT1', expressCompany: 'YTO', itemDesc: '杯子*1' },
        ],
        uploadTime: '2023-11-15T10:00:00+08:00',
        payer: { openid: 'oPayer' },
      }),
  },
  getOrder: {
    path: `${ORDER}/get_order`,
    api: 'shipping.getOrder',
    call: (s) => s.getOrder({ transactionId: '42000001' }),
  },
  getOrderList: {
    path: `${ORDER}/get_order_list`,
    api: 'shipping.getOrderList',
    call: (s) => s.getOrderList({ lastIndex: 'x' }),
  },
  notify: {
    path: `${ORDER}/notify_confirm_receive`,
    api: 'shipping.notifyConfirmReceive',
    call: (s) =>
      s.notifyConfirmReceive({ transactionId: '42000001', receivedTime: 1 }),
  },
  isTradeManaged: {
    path: `${ORDER}/is_trade_managed`,
    api: 'shipping.isTradeManaged',
    call: (s) => s.isTradeManaged({ appid: 'wx0123456789abcdef' }),
  },
  special: {
    path: `${ORDER}/opspecialorder`,
    api: 'shipping.opSpecialOrder',
    call: (s) =>
      s.opSpecialOrder({ orderId: '42000001', type: SpecialOrderType.Test }),
  },
  brand: {
    path: '/wxa/sec/famousbrand/apply',
    api: 'shipping.famousBrandApply',
    call: (s) => s.famousBrandApply({ application: { applyFor: 2 } }),
  },
  tradeType: {
    path: `${ORDER}/setwxatradetypecgi`,
    api: 'shipping.setWxaTradeType',
    call: (s) =>
      s.setWxaTradeType({
        tradeType: 2,
        materialList: [{ type: 1, mediaId: 'M' }],
        reason: 'r',
      }),
  },
} satisfies Record<string, Call>;

/**
 * Every errcode of shipping-info.md §5 that is the family's own, on an endpoint
 * the reference lists it for, with the status DESIGN's rules give it: bad
 * argument 400, not found 404, state conflict 409, this server's permissions
 * 500 (the platform codes of §4.7 and 48001 included).
 */
const FAMILY_ERRCODES: [errcode: number, status: number, call: Call][] = [
  [10060001, 404, CALLS.getOrder],
  [10060002, 409, CALLS.upload],
  [10060003, 409, CALLS.upload],
  [10060004, 409, CALLS.upload],
  [10060005, 400, CALLS.upload],
  [10060006, 400, CALLS.upload],
  [10060007, 400, CALLS.upload],
  [10060008, 400, CALLS.upload],
  [10060009, 400, CALLS.upload],
  [10060011, 400, CALLS.getOrderList],
  [10060013, 400, CALLS.upload],
  [10060014, 400, CALLS.getOrder],
  [10060020, 400, CALLS.upload],
  [10060023, 409, CALLS.upload],
  [10060024, 400, CALLS.upload],
  [10060025, 400, CALLS.upload],
  [10060026, 400, CALLS.upload],
  [10060028, 409, CALLS.notify],
  [10060029, 400, CALLS.notify],
  [10060030, 409, CALLS.notify],
  [10060031, 400, CALLS.upload],
  [10060032, 409, CALLS.notify],
  [268485194, 400, CALLS.upload],
  [268485195, 400, CALLS.upload],
  [268485196, 400, CALLS.upload],
  [268485197, 400, CALLS.upload],
  [268485216, 400, CALLS.upload],
  [268485224, 400, CALLS.upload],
  [268485226, 400, CALLS.upload],
  [268485227, 400, CALLS.upload],
  [268485228, 400, CALLS.upload],
  [268485253, 400, CALLS.upload],
  [268546000, 400, CALLS.special],
  [268546001, 400, CALLS.special],
  [268546002, 404, CALLS.special],
  [268486048, 409, CALLS.tradeType],
  [10210001, 400, CALLS.brand],
  [10210002, 409, CALLS.brand],
  [10210003, 400, CALLS.brand],
  [40097, 400, CALLS.isTradeManaged],
  [44990, 429, CALLS.isTradeManaged],
  [48001, 500, CALLS.upload],
  [61003, 500, CALLS.isTradeManaged],
  [61004, 500, CALLS.isTradeManaged],
  [61007, 500, CALLS.upload],
  [61011, 500, CALLS.isTradeManaged],
];

describe('shipping errcodes', () => {
  const h = useShippingHarness();

  it.each(FAMILY_ERRCODES)(
    'errcode %i → WechatApiError, HTTP %i with the catalogue message, sent once',
    async (errcode, status, { path, api, call }) => {
      h.wechat.faults.inject({ path, errcode, times: 1 });
      const error = (await call(h.shipping).catch(
        (e: unknown) => e,
      )) as WechatApiError;
      expect(error).toBeInstanceOf(WechatApiError);
      expect(error).toMatchObject({ errcode, api });
      expect(error.rid).toMatch(/^[0-9a-f]{8}-/);
      expect(toErrorResponse(error)).toEqual({
        status,
        body: expect.objectContaining({
          statusCode: status,
          errcode,
          message: ERRCODE_CATALOGUE.get(errcode)?.meaning,
          rid: error.rid,
        }),
      });
      expect(h.wechat.requests.count(path)).toBe(1);
    },
  );
});

const READS: Record<string, Call & { reply: Record<string, unknown> }> = {
  getOrder: { ...CALLS.getOrder, reply: { order: {} } },
  getOrderList: { ...CALLS.getOrderList, reply: { order_list: [] } },
  isTradeManaged: {
    ...CALLS.isTradeManaged,
    reply: { is_trade_managed: true },
  },
  isTradeManagementConfirmationCompleted: {
    path: `${ORDER}/is_trade_management_confirmation_completed`,
    api: 'shipping.isTradeManagementConfirmationCompleted',
    call: (s) =>
      s.isTradeManagementConfirmationCompleted({ appid: 'wx0123456789abcdef' }),
    reply: { completed: true },
  },
  getFamousBrandApplyStatus: {
    path: '/wxa/sec/famousbrand/get_status',
    api: 'shipping.getFamousBrandApplyStatus',
    call: (s) => s.getFamousBrandApplyStatus(),
    reply: { progress: { status: 1 } },
  },
};

const FAULTS: Record<string, Omit<EmulatorFault, 'path' | 'times'>> = {
  'system busy (-1)': { errcode: -1 },
  "the family's system error 10060012": { errcode: 10060012 },
  'a timeout': { delayMs: PAST_TIMEOUT_MS },
  'a connection reset': { reset: true },
};

describe('shipping retries', () => {
  const h = useShippingHarness({ callBudgetMs: 3000 });

  describe.each(Object.entries(READS))('the read %s', (_name, read) => {
    it.each(Object.entries(FAULTS))(
      'is repeated after %s, then succeeds',
      async (_fault, fault) => {
        h.wechat.faults.inject({ path: read.path, times: 1, ...fault });
        cannedReply(h.wechat, read.path, read.reply);
        await expect(read.call(h.shipping)).resolves.toBeDefined();
        expect(h.wechat.requests.count(read.path)).toBe(2);
      },
    );
  });

  it('notifyConfirmReceive counts "reminder already used" on the retry after -1 as the success it is', async () => {
    h.wechat.faults.inject({ path: CALLS.notify.path, errcode: -1, times: 1 });
    cannedReply(h.wechat, CALLS.notify.path, {}, 10060030);
    await expect(CALLS.notify.call(h.shipping)).resolves.toEqual({});
    expect(h.wechat.requests.count(CALLS.notify.path)).toBe(2);
  });

  it('notifyConfirmReceive is not repeated after a timeout (its one reminder)', async () => {
    h.wechat.faults.inject({
      path: CALLS.notify.path,
      delayMs: PAST_TIMEOUT_MS,
      times: 1,
    });
    await expect(CALLS.notify.call(h.shipping)).rejects.toMatchObject({
      failure: 'timeout',
    });
    expect(h.wechat.requests.count(CALLS.notify.path)).toBe(1);
  });

  it('setWxaTradeType counts "already applied" on the retry after -1 as the success it is', async () => {
    const { path } = CALLS.tradeType;
    h.wechat.faults.inject({ path, errcode: -1, times: 1 });
    cannedReply(h.wechat, path, {}, 268486048);
    await expect(CALLS.tradeType.call(h.shipping)).resolves.toEqual({});
    expect(h.wechat.requests.count(path)).toBe(2);
  });

  it('famousBrandApply is not repeated even after -1 (a second application)', async () => {
    const { path } = CALLS.brand;
    h.wechat.faults.inject({ path, errcode: -1, times: 1 });
    cannedReply(h.wechat, path, {});
    await expect(CALLS.brand.call(h.shipping)).rejects.toMatchObject({
      errcode: -1,
    });
    expect(h.wechat.requests.count(path)).toBe(1);
  });
});

describe('shipping forApp', () => {
  const h = useShippingHarness();

  it('refuses an appId the module does not know before sending anything', async () => {
    const service = h.lib.app.get(WechatShippingService);
    await expect(
      service.forApp('wx_nobody').getOrder({ transactionId: '42000001' }),
    ).rejects.toBeInstanceOf(WechatUnknownAppError);
    expect(h.wechat.requests.count()).toBe(0);
  });

  it('returns the same client for the same app on every call', () => {
    const service = h.lib.app.get(WechatShippingService);
    expect(service.forApp('wx2222222222contract')).toBe(
      service.forApp('wx2222222222contract'),
    );
  });
});
