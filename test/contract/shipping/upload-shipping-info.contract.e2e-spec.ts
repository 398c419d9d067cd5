import {
  DeliveryMode,
  LogisticsType,
  OrderNumberType,
  UPLOAD_OUTCOME_UNKNOWN_ADVICE,
  WechatApiError,
  WechatTransportError,
  WechatValidationError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  PAST_TIMEOUT_MS,
  cannedReply,
} from '../../support/contract-harness';
import { REFERENCE_UPLOAD_INPUT } from '../../support/shipping-reference';
import {
  theOneShippingRequest,
  useShippingHarness,
} from '../../support/shipping-harness';

const UPLOAD = '/wxa/sec/order/upload_shipping_info';

/** shipping-info.md §4.1's example, in camelCase. */
const REFERENCE_INPUT = REFERENCE_UPLOAD_INPUT;

/** shipping-info.md §4.1's example body, byte for byte. */
const REFERENCE_BODY =
  '{"order_key":{"order_number_type":2,"transaction_id":"4200000000202311150000000001"},' +
  '"logistics_type":1,"delivery_mode":1,' +
  '"shipping_list":[{"tracking_no":"SF1234567890123","express_company":"SF","item_desc":"保温杯*1",' +
  '"contact":{"receiver_contact":"138****5678"}}],' +
  '"upload_time":"2023-11-15T10:00:00+08:00","payer":{"openid":"oTestPayer0001"}}';

describe.each(CONTRACT_CLIENTS)(
  'uploadShippingInfo contract (POST /wxa/sec/order/upload_shipping_info) — over %s',
  (transport) => {
    const h = useShippingHarness({}, transport);

    it("sends the reference's example body exactly and resolves with {}", async () => {
      cannedReply(h.wechat, UPLOAD, {});
      await expect(
        h.shipping.uploadShippingInfo(REFERENCE_INPUT),
      ).resolves.toEqual({});
      expect(theOneShippingRequest(h, UPLOAD).rawBody).toBe(REFERENCE_BODY);
    });

    it('sends a Date as an RFC 3339 time in Beijing time, seconds only', async () => {
      cannedReply(h.wechat, UPLOAD, {});
      await h.shipping.uploadShippingInfo({
        ...REFERENCE_INPUT,
        uploadTime: new Date('2023-11-15T02:00:00.000Z'),
      });
      expect(theOneShippingRequest(h, UPLOAD).body).toMatchObject({
        upload_time: '2023-11-15T10:00:00+08:00',
      });
    });

    it('sends a split shipment with is_all_delivered and the merchant-order key form', async () => {
      cannedReply(h.wechat, UPLOAD, {});
      await h.shipping.uploadShippingInfo({
        orderKey: {
          orderNumberType: OrderNumberType.MerchantTradeNo,
          mchid: '1900000109',
          outTradeNo: 'ORD20231115001',
        },
        logisticsType: LogisticsType.Express,
        deliveryMode: DeliveryMode.Split,
        isAllDelivered: false,
        shippingList: [
          { trackingNo: 'YT1', expressCompany: 'YTO', itemDesc: '杯子*1' },
          { trackingNo: 'YT2', expressCompany: 'YTO', itemDesc: '杯盖*1' },
        ],
        uploadTime: '2023-11-15T10:00:00+08:00',
        payer: { openid: 'oTestPayer0001' },
      });
      expect(theOneShippingRequest(h, UPLOAD).body).toEqual({
        order_key: {
          order_number_type: 1,
          mchid: '1900000109',
          out_trade_no: 'ORD20231115001',
        },
        logistics_type: 1,
        delivery_mode: 2,
        is_all_delivered: false,
        shipping_list: [
          { tracking_no: 'YT1', express_company: 'YTO', item_desc: '杯子*1' },
          { tracking_no: 'YT2', express_company: 'YTO', item_desc: '杯盖*1' },
        ],
        upload_time: '2023-11-15T10:00:00+08:00',
        payer: { openid: 'oTestPayer0001' },
      });
    });

    it('refuses bad input before sending anything', async () => {
      await expect(
        h.shipping.uploadShippingInfo({
          ...REFERENCE_INPUT,
          shippingList: [{ itemDesc: '保温杯*1' }],
        }),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);

describe('uploadShippingInfo: the one re-upload is never spent by a retry', () => {
  const h = useShippingHarness({ callBudgetMs: 3000 });
  const upload = () => h.shipping.uploadShippingInfo(REFERENCE_INPUT);

  it('is sent once after a timeout, and the error says it may have landed and to check getOrder', async () => {
    h.wechat.faults.inject({
      path: UPLOAD,
      delayMs: PAST_TIMEOUT_MS,
      times: 1,
    });
    const error = await upload().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatTransportError);
    expect(error).toMatchObject({
      failure: 'timeout',
      advice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
    });
    expect((error as Error).message).toContain('may have reached WeChat');
    expect((error as Error).message).toContain('getOrder');
    const response = toErrorResponse(error as WechatTransportError);
    expect(response.status).toBe(504);
    expect(response.body.message).toBe(
      `WeChat did not answer shipping.uploadShippingInfo in time. ${UPLOAD_OUTCOME_UNKNOWN_ADVICE}`,
    );
    expect(h.wechat.requests.count(UPLOAD)).toBe(1);
  });

  it('is sent once after a connection reset (502, with the same advice)', async () => {
    h.wechat.faults.inject({ path: UPLOAD, reset: true, times: 1 });
    const error = (await upload().catch(
      (e: unknown) => e,
    )) as WechatTransportError;
    expect(error).toMatchObject({ failure: 'network' });
    expect(toErrorResponse(error)).toMatchObject({
      status: 502,
      body: { message: expect.stringContaining('Check with getOrder') },
    });
    expect(h.wechat.requests.count(UPLOAD)).toBe(1);
  });

  it('is sent once after a gateway 502 page', async () => {
    h.wechat.faults.inject({ path: UPLOAD, httpStatus: 502, times: 1 });
    await expect(upload()).rejects.toMatchObject({
      failure: 'http-status',
      advice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
    });
    expect(h.wechat.requests.count(UPLOAD)).toBe(1);
  });

  it.each([-1, 10060012, 10060019])(
    'is sent once after the busy answer %i (503, with the advice)',
    async (errcode) => {
      h.wechat.faults.inject({ path: UPLOAD, errcode, times: 1 });
      cannedReply(h.wechat, UPLOAD, {});
      const error = (await upload().catch((e: unknown) => e)) as WechatApiError;
      expect(error).toBeInstanceOf(WechatApiError);
      expect(error).toMatchObject({
        errcode,
        api: 'shipping.uploadShippingInfo',
        advice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
      });
      const response = toErrorResponse(error);
      expect(response.status).toBe(503);
      expect(response.body.message).toContain(UPLOAD_OUTCOME_UNKNOWN_ADVICE);
      expect(h.wechat.requests.count(UPLOAD)).toBe(1);
    },
  );

  it('passes a clear refusal on unchanged: 10060003 (re-upload used) is a 409 without the advice', async () => {
    h.wechat.faults.inject({ path: UPLOAD, errcode: 10060003, times: 1 });
    const error = (await upload().catch((e: unknown) => e)) as WechatApiError;
    expect(error).toMatchObject({ errcode: 10060003, advice: undefined });
    expect(toErrorResponse(error)).toMatchObject({
      status: 409,
      body: {
        errcode: 10060003,
        message:
          'The payment has used its one re-upload (重新发货): its shipping info can no longer change.',
      },
    });
  });
});
