import {
  ADD_OUTCOME_UNKNOWN_ADVICE,
  type WechatReturnClient,
  WechatApiError,
  type WechatTransportError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import {
  type EmulatorFault,
  WECHAT_PATHS,
} from 'nestjs-wechat-logistics/testing';
import { PAST_TIMEOUT_MS, cannedReply } from '../../support/contract-harness';
import {
  legacyAddInput,
  referenceAddInput,
  useReturnsClient,
  useReturnsEmulator,
} from '../../support/returns-harness';

const RETURN_ID = '1935761508265738242';

interface Call {
  readonly path: string;
  readonly api: string;
  readonly call: (returns: WechatReturnClient) => Promise<unknown>;
}

const CALLS = {
  add: {
    path: WECHAT_PATHS.addReturnId,
    api: 'returns.addReturnId',
    call: (r) => r.addReturnId(referenceAddInput()),
  },
  legacyAdd: {
    path: WECHAT_PATHS.legacyAddReturnId,
    api: 'returns.legacyAddReturnId',
    call: (r) => r.legacyAddReturnId(legacyAddInput()),
  },
  get: {
    path: WECHAT_PATHS.getReturnId,
    api: 'returns.getReturnId',
    call: (r) => r.getReturnId({ returnId: RETURN_ID }),
  },
  legacyGet: {
    path: WECHAT_PATHS.legacyGetReturnId,
    api: 'returns.legacyGetReturnId',
    call: (r) => r.legacyGetReturnId({ returnId: RETURN_ID }),
  },
  unbind: {
    path: WECHAT_PATHS.unbindReturnId,
    api: 'returns.unbindReturnId',
    call: (r) => r.unbindReturnId({ returnId: RETURN_ID }),
  },
  legacyUnbind: {
    path: WECHAT_PATHS.legacyUnbindReturnId,
    api: 'returns.legacyUnbindReturnId',
    call: (r) => r.legacyUnbindReturnId({ returnId: RETURN_ID }),
  },
  apply: {
    path: WECHAT_PATHS.applyReturnPlugin,
    api: 'returns.applyReturnPlugin',
    call: (r) => r.applyReturnPlugin(),
  },
} satisfies Record<string, Call>;

/**
 * The family's errcodes (§5.1–5.4) on the calls the reference lists them
 * for, with the status and message the filter gives on a return call:
 * 9300569 400, 9300570 404, and the readings — 9300522 409 "already has a
 * return id" (not the logistics assistant's "order id repeated"), 40097 409
 * (unbind before the buyer typed a self-ship waybill), 48001 500 (the
 * component is not enabled).
 */
const FAMILY_ERRCODES: [number, number, RegExp, Call][] = [
  [9300569, 400, /needs wx_pay_id/, CALLS.add],
  [9300570, 404, /insured with 无忧退货/, CALLS.add],
  [9300522, 409, /already has a return id/, CALLS.add],
  [9300522, 409, /already has a return id/, CALLS.legacyAdd],
  [
    40097,
    409,
    /unbind is allowed only after the buyer chose to self-ship/,
    CALLS.unbind,
  ],
  [40097, 409, /unbind is allowed only after/, CALLS.legacyUnbind],
  [40097, 409, /a required field .* arrived empty/, CALLS.get],
  [48001, 500, /not enabled the return component/, CALLS.get],
];

describe('returns errcodes and retries', () => {
  const shared = useReturnsEmulator();
  const c = useReturnsClient(shared, 'node:http', () => ({
    callBudgetMs: 3000,
  }));
  const wechat = () => shared.wechat;

  it.each(FAMILY_ERRCODES)(
    'errcode %i → HTTP %i with the returns meaning, sent once',
    async (errcode, status, meaning, { path, api, call }) => {
      wechat().faults.inject({ path, errcode, times: 1 });
      const error = (await call(c.returns).catch(
        (e: unknown) => e,
      )) as WechatApiError;
      expect(error).toBeInstanceOf(WechatApiError);
      expect(error).toMatchObject({ errcode, api });
      expect(error.entry?.meaning).toMatch(meaning);
      expect(toErrorResponse(error)).toEqual({
        status,
        body: expect.objectContaining({
          statusCode: status,
          errcode,
          message: error.entry?.meaning,
        }),
      });
      expect(wechat().requests.count(path)).toBe(1);
    },
  );

  it('9300522 keeps its logistics-assistant meaning outside the returns family', async () => {
    wechat().faults.inject({
      path: CALLS.add.path,
      errcode: 9300522,
      times: 1,
    });
    const error = (await CALLS.add
      .call(c.returns)
      .catch((e: unknown) => e)) as WechatApiError;
    const elsewhere = new WechatApiError({
      errcode: 9300522,
      errmsg: error.errmsg,
      api: 'logistics.addOrder',
    });
    expect(elsewhere.entry?.meaning).not.toBe(error.entry?.meaning);
  });

  const FAULTS: Record<string, Omit<EmulatorFault, 'path' | 'times'>> = {
    'system busy (-1)': { errcode: -1 },
    'a timeout': { delayMs: PAST_TIMEOUT_MS },
    'a connection reset': { reset: true },
  };

  describe.each([CALLS.get, CALLS.legacyGet])('the read $api', (read) => {
    it.each(Object.entries(FAULTS))(
      'is repeated after %s, then succeeds',
      async (_fault, fault) => {
        wechat().faults.inject({ path: read.path, times: 1, ...fault });
        cannedReply(wechat(), read.path, { status: 0, waybill_id: '' });
        await expect(read.call(c.returns)).resolves.toEqual({
          status: 0,
          waybillId: '',
        });
        expect(wechat().requests.count(read.path)).toBe(2);
      },
    );
  });

  describe.each([CALLS.add, CALLS.legacyAdd])('the add $api', (add) => {
    it.each(Object.entries(FAULTS))(
      'is never repeated, not even after %s (a repeat would answer 9300522 without the id)',
      async (_fault, fault) => {
        wechat().faults.inject({ path: add.path, times: 1, ...fault });
        cannedReply(wechat(), add.path, { return_id: RETURN_ID });
        const error = (await add.call(c.returns).catch((e: unknown) => e)) as
          WechatApiError | WechatTransportError;
        expect(wechat().requests.count(add.path)).toBe(1);
        // WeChat may have created the id: the error says so, and what a new add would answer.
        expect(error.advice).toBe(ADD_OUTCOME_UNKNOWN_ADVICE);
        expect(error.message).toContain('may have created the return id');
      },
    );

    it('adds no advice to a clear refusal (9300522): nothing is unknown', async () => {
      wechat().faults.inject({ path: add.path, times: 1, errcode: 9300522 });
      const error = (await add
        .call(c.returns)
        .catch((e: unknown) => e)) as WechatApiError;
      expect(error.errcode).toBe(9300522);
      expect(error.advice).toBeUndefined();
    });
  });

  describe.each([CALLS.unbind, CALLS.legacyUnbind])(
    'the unbind $api',
    (unbind) => {
      it('is repeated after -1', async () => {
        wechat().faults.inject({ path: unbind.path, errcode: -1, times: 1 });
        cannedReply(wechat(), unbind.path, {});
        await expect(unbind.call(c.returns)).resolves.toEqual({});
        expect(wechat().requests.count(unbind.path)).toBe(2);
      });

      it('is not repeated after a timeout', async () => {
        wechat().faults.inject({
          path: unbind.path,
          delayMs: PAST_TIMEOUT_MS,
          times: 1,
        });
        await expect(unbind.call(c.returns)).rejects.toMatchObject({
          failure: 'timeout',
        });
        expect(wechat().requests.count(unbind.path)).toBe(1);
      });
    },
  );

  it('applyReturnPlugin counts "already enabled" (933003) on the retry after -1 as the success it is', async () => {
    const { path } = CALLS.apply;
    wechat().faults.inject({ path, errcode: -1, times: 1 });
    cannedReply(wechat(), path, {}, 933003);
    await expect(CALLS.apply.call(c.returns)).resolves.toEqual({});
    expect(wechat().requests.count(path)).toBe(2);
  });
});
