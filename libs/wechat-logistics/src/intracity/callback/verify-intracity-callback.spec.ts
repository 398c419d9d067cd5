import { WechatApiError } from '../../core/errors';
import { WechatPushError } from '../../push/wechat-push.error';
import { toQueryOrderResult } from '../mappers/intracity.mappers';
import { type IntracityQueryOrderResult } from '../results';
import { intracityCallbackSign } from './intracity-callback-sign';
import { parseIntracityCallback } from './intracity-status-callback';
import { verifyIntracityCallback } from './verify-intracity-callback';

const TOKEN = 'abcdefghi';
const APP = 'wx539e0b4872f19621';

// intracity.md §5's official example, without its (artefact) sign.
const FIELDS = {
  appid: APP,
  order_status: 40000,
  service_trans_id: 'DADA',
  status_change_time: 1711458532,
  store_order_id: 'sa5dadada12fd4assdsdad11s',
  timestamp: 1711458532,
  wx_order_id: '4018734875633256960',
  wx_store_id: '4000000000000042001',
};
const signed = (fields: Record<string, unknown> = FIELDS) => ({
  ...fields,
  sign: intracityCallbackSign(fields, TOKEN),
});

/** WeChat's order as queryorder would describe it. */
const orderAt = (status: number, ids: Record<string, unknown> = {}) =>
  toQueryOrderResult({
    errcode: 0,
    wx_order_id: FIELDS.wx_order_id,
    wx_store_id: FIELDS.wx_store_id,
    store_order_id: FIELDS.store_order_id,
    order_status: status,
    ...ids,
  });

function verifying(
  order: IntracityQueryOrderResult | Error,
  token: string | null = TOKEN,
) {
  const queried: unknown[] = [];
  const verify = async (body: unknown) =>
    verifyIntracityCallback(parseIntracityCallback(body), {
      appId: APP,
      token: token ?? undefined,
      queryOrder: (input) => {
        queried.push(input);
        return order instanceof Error
          ? Promise.reject(order)
          : Promise.resolve(order);
      },
    });
  return { verify, queried };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as WechatPushError,
  );

describe('verifyIntracityCallback', () => {
  it('believes a callback whose sign checks out, without a query, with the reply to send', async () => {
    const { verify, queried } = verifying(orderAt(10000));
    const outcome = await verify(signed());
    expect(outcome).toEqual({
      verifiedBy: 'sign',
      callback: {
        appid: APP,
        wxStoreId: '4000000000000042001',
        wxOrderId: '4018734875633256960',
        storeOrderId: 'sa5dadada12fd4assdsdad11s',
        orderStatus: 40000,
        statusInfo: {
          zh: '配送员到店',
          en: 'courier at the store',
          final: undefined,
        },
        statusChangeTime: 1711458532,
        timestamp: 1711458532,
        serviceTransId: 'DADA',
      },
      dedupeKey: '4018734875633256960:40000:1711458532',
      reply: { return_code: 0, return_msg: 'OK' },
    });
    expect(JSON.stringify(outcome.reply)).toBe(
      '{"return_code":0,"return_msg":"OK"}',
    );
    expect(queried).toEqual([]);
  });

  it('reads the raw text as well as the parsed body', async () => {
    const { verify } = verifying(orderAt(40000));
    const outcome = await verify(Buffer.from(JSON.stringify(signed())));
    expect(outcome.verifiedBy).toBe('sign');
  });

  it("refuses the official example's printed sign (a85489d9…, the doc artefact) and never queries instead", async () => {
    const { verify, queried } = verifying(orderAt(40000));
    const error = await refusal(
      verify({ ...FIELDS, sign: 'a85489d9444bdd382e0de0ddca67a8ee' }),
    );
    expect(error).toBeInstanceOf(WechatPushError);
    expect(error?.reason).toBe('bad-signature');
    expect(error?.httpStatus).toBe(401);
    expect(error?.message).not.toContain(TOKEN);
    expect(queried).toEqual([]);
  });

  it('refuses a signed callback whose status was changed after signing', async () => {
    const { verify } = verifying(orderAt(70000));
    const forged = { ...signed(), order_status: 70000 };
    expect((await refusal(verify(forged)))?.reason).toBe('bad-signature');
  });

  it('believes an unsigned callback (2023) once queryOrder shows the order in that state', async () => {
    const { verify, queried } = verifying(orderAt(40000));
    const outcome = await verify(FIELDS);
    expect(outcome.verifiedBy).toBe('query');
    expect(outcome.order?.orderStatus).toBe(40000);
    expect(queried).toEqual([{ wxOrderId: '4018734875633256960' }]);
  });

  it('confirms by query a signed callback when the app has no Token to check it with', async () => {
    const { verify, queried } = verifying(orderAt(40000), null);
    expect((await verify(signed())).verifiedBy).toBe('query');
    expect(queried).toHaveLength(1);
  });

  it.each([
    [
      'another state',
      orderAt(50000),
      /shows order 4018734875633256960 at 50000 \(delivering\), not 40000/,
    ],
    [
      'another store order',
      orderAt(40000, { store_order_id: 'other' }),
      /knows no order/,
    ],
    [
      'no such order (934016)',
      new WechatApiError({
        errcode: 934016,
        errmsg: 'order not exist',
        api: 'intracity.queryOrder',
      }),
      /knows no order/,
    ],
  ])(
    'refuses an unsigned callback when WeChat shows %s',
    async (_case, order, message) => {
      const { verify } = verifying(order);
      const error = await refusal(verify(FIELDS));
      expect(error?.reason).toBe('unconfirmed');
      expect(error?.httpStatus).toBe(401);
      expect(error?.message).toMatch(message);
    },
  );

  it('passes a failed query on (WeChat will send the callback again)', async () => {
    const busy = new WechatApiError({
      errcode: -1,
      errmsg: 'system error',
      api: 'intracity.queryOrder',
    });
    const { verify } = verifying(busy);
    await expect(verify(FIELDS)).rejects.toBe(busy);
  });

  it("refuses another app's callback, and a malformed one", async () => {
    const { verify } = verifying(orderAt(40000));
    expect(
      (await refusal(verify(signed({ ...FIELDS, appid: 'wxother' }))))?.reason,
    ).toBe('appid-mismatch');
    const malformed = await refusal(
      verify({ appid: APP, order_status: 40000 }),
    );
    expect(malformed?.reason).toBe('malformed');
    expect(malformed?.message).toContain('wx_order_id, status_change_time');
    expect((await refusal(verify('not json')))?.reason).toBe('malformed');
  });
});
