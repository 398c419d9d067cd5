import {
  ERRCODE_CATALOGUE,
  GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
  WechatApiError,
  type WechatWaybillTrackingClient,
  WechatValidationError,
  asTraceWaybillToken,
  errcodeEntryFor,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { type EmulatorFault } from 'nestjs-wechat-logistics/testing';
import { PAST_TIMEOUT_MS, cannedReply } from '../../support/contract-harness';
import { useTrackingHarness } from '../../support/tracking-harness';

const OPEN_MSG = '/cgi-bin/express/delivery/open_msg';
const TOKEN =
  'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb';
const GOODS = {
  detailList: [
    { goodsName: '保温杯', goodsImgUrl: 'https://img.example.com/cup.jpg' },
  ],
};
const REGISTRATION = {
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  receiverPhone: '13800138000',
  waybillId: 'YT2212345678901',
  goodsInfo: GOODS,
};

interface Call {
  readonly path: string;
  readonly api: string;
  readonly call: (tracking: WechatWaybillTrackingClient) => Promise<unknown>;
}

const CALLS = {
  trace: {
    path: `${OPEN_MSG}/trace_waybill`,
    api: 'tracking.traceWaybill',
    call: (t) => t.traceWaybill(REGISTRATION),
  },
  follow: {
    path: `${OPEN_MSG}/follow_waybill`,
    api: 'tracking.followWaybill',
    call: (t) => t.followWaybill(REGISTRATION),
  },
  query: {
    path: `${OPEN_MSG}/query_trace`,
    api: 'tracking.queryTrace',
    call: (t) => t.queryTrace({ waybillToken: asTraceWaybillToken(TOKEN) }),
  },
  update: {
    path: `${OPEN_MSG}/update_waybill_goods`,
    api: 'tracking.updateWaybillGoods',
    call: (t) =>
      t.updateWaybillGoods({
        waybillToken: asTraceWaybillToken(TOKEN),
        goodsInfo: GOODS,
      }),
  },
  applyQuery: {
    path: `${OPEN_MSG}/open_query_plugin`,
    api: 'tracking.applyQueryPlugin',
    call: (t) => t.applyQueryPlugin(),
  },
  applyMsg: {
    path: `${OPEN_MSG}/open_openmsg`,
    api: 'tracking.applyMsgPlugin',
    call: (t) => t.applyMsgPlugin(),
  },
} satisfies Record<string, Call>;

/**
 * Every errcode of reference §4.9–4.10 on a call it is listed for, with the
 * status the rules give it. 9300507, 9300513, 9300534, 48001 are this family's
 * readings of codes the logistics assistant (or every API) lists too.
 */
const FAMILY_ERRCODES: [errcode: number, status: number, call: Call][] = [
  [931023, 404, CALLS.trace],
  [9300559, 404, CALLS.follow],
  [9300560, 409, CALLS.update],
  [9300561, 400, CALLS.follow],
  [9300507, 400, CALLS.query],
  [9300513, 429, CALLS.trace],
  [9300534, 400, CALLS.trace],
  [40003, 400, CALLS.trace],
  [48001, 500, CALLS.follow],
  [61007, 500, CALLS.trace],
  [933000, 409, CALLS.applyQuery],
  [933001, 409, CALLS.applyMsg],
  [933002, 409, CALLS.applyQuery],
  [933003, 409, CALLS.applyMsg],
  [933004, 500, CALLS.applyQuery],
];

describe('物流服务 errcodes', () => {
  const h = useTrackingHarness();

  it.each(FAMILY_ERRCODES)(
    "errcode %i → WechatApiError, HTTP %i with this family's meaning",
    async (errcode, status, { path, api, call }) => {
      h.wechat.faults.inject({ path, errcode, times: 1 });
      const error = (await call(h.tracking).catch(
        (e: unknown) => e,
      )) as WechatApiError;
      expect(error).toBeInstanceOf(WechatApiError);
      expect(error).toMatchObject({ errcode, api });
      expect(toErrorResponse(error)).toEqual({
        status,
        body: expect.objectContaining({
          statusCode: status,
          errcode,
          message: errcodeEntryFor(errcode, api)?.meaning,
        }),
      });
    },
  );

  it('answers 931023 and 9300559 as one error: the same status and message', async () => {
    const responses = [];
    for (const errcode of [931023, 9300559]) {
      h.wechat.faults.inject({ path: CALLS.trace.path, errcode, times: 1 });
      const error = (await CALLS.trace
        .call(h.tracking)
        .catch((e: unknown) => e)) as WechatApiError;
      responses.push(toErrorResponse(error));
    }
    const [real, documented] = responses;
    expect(real.status).toBe(404);
    expect(documented.status).toBe(404);
    expect(documented.body.message).toBe(real.body.message);
    expect(real.body.message).toMatch(/^WeChat does not know this waybill/);
  });

  it("reads 9300513 as the tracking call quota, not the logistics assistant's e-waybill quota", async () => {
    h.wechat.faults.inject({
      path: CALLS.query.path,
      errcode: 9300513,
      times: 1,
    });
    const error = (await CALLS.query
      .call(h.tracking)
      .catch((e: unknown) => e)) as WechatApiError;
    expect(error.entry?.meaning).toMatch(
      /^The daily call quota of the tracking components/,
    );
    expect(error.entry?.meaning).not.toBe(
      ERRCODE_CATALOGUE.get(9300513)?.meaning,
    );
    expect(ERRCODE_CATALOGUE.get(9300513)?.meaning).toMatch(/e-waybill quota/);
  });

  it('says, for 933004, that only a third-party platform may apply, with its authorizer token', async () => {
    h.wechat.faults.inject({
      path: CALLS.applyMsg.path,
      errcode: 933004,
      times: 1,
    });
    const error = (await CALLS.applyMsg
      .call(h.tracking)
      .catch((e: unknown) => e)) as WechatApiError;
    expect(toErrorResponse(error).body.message).toMatch(
      /^Only a third-party platform may apply .* authorizer_access_token .* accessTokenProvider/,
    );
  });
});

describe('物流服务 input validation', () => {
  const h = useTrackingHarness();

  it.each<
    [string, (t: WechatWaybillTrackingClient) => Promise<unknown>, string]
  >([
    [
      'eleven goods',
      (t) =>
        t.followWaybill({
          ...REGISTRATION,
          goodsInfo: { detailList: Array(11).fill(GOODS.detailList[0]) },
        }),
      'goodsInfo.detailList must have 1 to 10 items (got 11)',
    ],
    [
      'a non-ASCII image URL',
      (t) =>
        t.traceWaybill({
          ...REGISTRATION,
          goodsInfo: {
            detailList: [
              {
                goodsName: '杯',
                goodsImgUrl: 'https://img.example.com/杯.jpg',
              },
            ],
          },
        }),
      'goodsInfo.detailList.0.goodsImgUrl must be an http:// or https:// URL',
    ],
    [
      'a web URL as orderDetailPath',
      (t) =>
        t.traceWaybill({
          ...REGISTRATION,
          orderDetailPath: 'https://shop.example.com/o/1',
        }),
      'orderDetailPath must be a mini-program page path',
    ],
    [
      'a masked receiver phone',
      (t) => t.followWaybill({ ...REGISTRATION, receiverPhone: '138****8000' }),
      'receiverPhone must be a phone number',
    ],
    [
      'letters in transId',
      (t) => t.traceWaybill({ ...REGISTRATION, transId: 'wx4200001234' }),
      'transId must be a WeChat Pay transaction id',
    ],
    [
      'a goods update without goods',
      (t) => t.updateFollowWaybillGoods({ waybillToken: TOKEN } as never),
      'goodsInfo is required',
    ],
  ])(
    'refuses %s, naming the field, and sends nothing',
    async (_what, call, message) => {
      const error = (await call(h.tracking).catch(
        (e: unknown) => e,
      )) as WechatValidationError;
      expect(error).toBeInstanceOf(WechatValidationError);
      expect(error.messages.some((m) => m.startsWith(message))).toBe(true);
      expect(h.wechat.requests.count()).toBe(0);
    },
  );
});

const FAULTS: Record<string, Omit<EmulatorFault, 'path' | 'times'>> = {
  'system busy (-1)': { errcode: -1 },
  'a timeout': { delayMs: PAST_TIMEOUT_MS },
  'a connection reset': { reset: true },
};

describe('物流服务 retries', () => {
  const h = useTrackingHarness({ callBudgetMs: 3000 });

  describe.each([
    ['traceWaybill', CALLS.trace, { waybill_token: TOKEN }],
    ['followWaybill', CALLS.follow, { waybill_token: TOKEN }],
    [
      'queryTrace',
      CALLS.query,
      { waybill_info: { status: 1, waybill_id: 'YT1' } },
    ],
    [
      'getDeliveryList',
      {
        path: `${OPEN_MSG}/get_delivery_list`,
        api: 'tracking.getDeliveryList',
        call: (t: WechatWaybillTrackingClient) => t.getDeliveryList(),
      },
      { delivery_list: [], count: 0 },
    ],
  ] as const)(
    '%s (a registration again only adds a token; reads change nothing)',
    (_name, call, reply) => {
      it.each(Object.entries(FAULTS))(
        'is repeated after %s, then succeeds',
        async (_fault, fault) => {
          h.wechat.faults.inject({ path: call.path, times: 1, ...fault });
          cannedReply(h.wechat, call.path, reply);
          await expect(call.call(h.tracking)).resolves.toBeDefined();
          expect(h.wechat.requests.count(call.path)).toBe(2);
        },
      );
    },
  );

  it.each(Object.entries(FAULTS))(
    'a goods update is never repeated after %s (each counts toward 9300560), and says it may have landed',
    async (_fault, fault) => {
      const { path } = CALLS.update;
      h.wechat.faults.inject({ path, times: 1, ...fault });
      cannedReply(h.wechat, path, {});
      const error = (await CALLS.update
        .call(h.tracking)
        .catch((e: unknown) => e)) as Error & { advice?: string };
      expect(error.advice).toBe(GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE);
      expect(error.message).toContain(GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE);
      expect(h.wechat.requests.count(path)).toBe(1);
    },
  );

  it('a goods update refused outright (9300560) carries no such advice', async () => {
    const { path } = CALLS.update;
    h.wechat.faults.inject({ path, errcode: 9300560, times: 1 });
    const error = (await CALLS.update
      .call(h.tracking)
      .catch((e: unknown) => e)) as WechatApiError;
    expect(error).toMatchObject({ errcode: 9300560, advice: undefined });
  });

  it.each([CALLS.applyQuery, CALLS.applyMsg])(
    '$api counts "already enabled" (933003) on the retry after -1 as the success it is',
    async ({ path, call }) => {
      h.wechat.faults.inject({ path, errcode: -1, times: 1 });
      cannedReply(h.wechat, path, {}, 933003);
      await expect(call(h.tracking)).resolves.toEqual({});
      expect(h.wechat.requests.count(path)).toBe(2);
    },
  );
});
