import {
  ShippingOrderState,
  UPLOAD_OUTCOME_UNKNOWN_ADVICE,
  WechatApiError,
  WechatTransportError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import {
  PAYER,
  SECOND_APP,
  expressUpload,
  rejectionOf,
  useShippingE2e,
} from '../support/shipping-e2e';
import { PAST_TIMEOUT_MS } from '../support/contract-harness';

const UPLOAD = '/wxa/sec/order/upload_shipping_info';
const GET_ORDER = '/wxa/sec/order/get_order';

describe('shipping never-retry rule against the emulator', () => {
  const h = useShippingE2e({ callBudgetMs: 3000 });
  const seed = () => h.wechat.shipping.seedPayment({ payerOpenid: PAYER });

  it('an upload that times out is sent once, says to check getOrder, and getOrder shows it landed', async () => {
    const payment = seed();
    // Only slows the answer: the emulator's handler still ships the payment.
    h.wechat.faults.inject({
      path: UPLOAD,
      delayMs: PAST_TIMEOUT_MS,
      times: 1,
    });
    const error = await rejectionOf(
      h.shipping.uploadShippingInfo(expressUpload(payment)),
    );
    expect(error).toBeInstanceOf(WechatTransportError);
    expect(error).toMatchObject({
      failure: 'timeout',
      advice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
    });
    expect(toErrorResponse(error as WechatTransportError)).toMatchObject({
      status: 504,
      body: { message: expect.stringContaining('Check with getOrder') },
    });
    expect(h.wechat.requests.count(UPLOAD)).toBe(1);

    // What the advice says to do: the upload had landed.
    // The emulator acts when its delay ends, after the client gave up.
    while (h.wechat.shipping.get(payment.transactionId)?.state !== 2) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const { order } = await h.shipping.getOrder({
      transactionId: payment.transactionId,
    });
    expect(order.orderState).toBe(ShippingOrderState.Shipped);
    expect(order.shipping.finishShippingCount).toBe(1);
  });

  it('an upload answered -1 is sent once (503, with the advice)', async () => {
    const payment = seed();
    h.wechat.faults.inject({ path: UPLOAD, errcode: -1, times: 1 });
    const error = await rejectionOf(
      h.shipping.uploadShippingInfo(expressUpload(payment)),
    );
    expect(error).toBeInstanceOf(WechatApiError);
    expect(error).toMatchObject({
      errcode: -1,
      advice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
    });
    expect(toErrorResponse(error as WechatApiError).status).toBe(503);
    expect(h.wechat.requests.count(UPLOAD)).toBe(1);
    expect(h.wechat.shipping.get(payment.transactionId)?.state).toBe(1);
  });

  it('a read answered -1 is repeated and answers from the emulator', async () => {
    const payment = seed();
    h.wechat.faults.inject({ path: GET_ORDER, errcode: -1, times: 1 });
    const { order } = await h.shipping.getOrder({
      transactionId: payment.transactionId,
    });
    expect(order).toMatchObject({
      transactionId: payment.transactionId,
      orderState: ShippingOrderState.AwaitingShipment,
    });
    expect(h.wechat.requests.count(GET_ORDER)).toBe(2);
  });

  it('a read that times out is repeated', async () => {
    const payment = seed();
    h.wechat.faults.inject({
      path: GET_ORDER,
      delayMs: PAST_TIMEOUT_MS,
      times: 1,
    });
    await expect(
      h.shipping.getOrder({ transactionId: payment.transactionId }),
    ).resolves.toMatchObject({
      order: { transactionId: payment.transactionId },
    });
    expect(h.wechat.requests.count(GET_ORDER)).toBe(2);
  });
});

describe('shipping forApp against the emulator', () => {
  const h = useShippingE2e();

  it("a second app's client uses its own token and its own payments", async () => {
    const second = h.wechat.app(SECOND_APP.appId).shipping;
    const payment = second.seedPayment({ payerOpenid: PAYER });
    const client = h.shipping.forApp(SECOND_APP.appId);

    await expect(
      client.uploadShippingInfo(expressUpload(payment)),
    ).resolves.toEqual({});
    expect(h.wechat.requests.last(UPLOAD)?.appId).toBe(SECOND_APP.appId);
    await expect(
      client.getOrder({ transactionId: payment.transactionId }),
    ).resolves.toMatchObject({
      order: { orderState: ShippingOrderState.Shipped },
    });
    await expect(
      client.isTradeManaged({ appid: SECOND_APP.appId }),
    ).resolves.toEqual({ isTradeManaged: true });

    // The default app knows nothing of it: 10060001, answered 404.
    const unknown = await rejectionOf(
      h.shipping.getOrder({ transactionId: payment.transactionId }),
    );
    expect(unknown).toBeInstanceOf(WechatApiError);
    expect(toErrorResponse(unknown as WechatApiError)).toMatchObject({
      status: 404,
      body: { errcode: 10060001 },
    });
  });

  it("one app's enrolment does not change the other's", async () => {
    h.wechat.shipping.setTradeManaged(false);
    const client = h.shipping.forApp(SECOND_APP.appId);
    await expect(
      client.isTradeManaged({ appid: SECOND_APP.appId }),
    ).resolves.toEqual({ isTradeManaged: true });
    await expect(
      h.shipping.isTradeManaged({ appid: h.wechat.appId }),
    ).resolves.toEqual({ isTradeManaged: false });
    // An app asking about another without a platform token: 40013.
    await expect(
      client.isTradeManaged({ appid: h.wechat.appId }),
    ).rejects.toMatchObject({ errcode: 40013 });
  });
});
