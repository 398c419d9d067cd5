import { type INestApplication } from '@nestjs/common';
import {
  ERRCODE_CATALOGUE,
  UPLOAD_OUTCOME_UNKNOWN_ADVICE,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';
import {
  SHIPPING_ROUTE_CALLS,
  type ShippingRouteCall,
  UPLOAD_BODY,
} from './shipping-route-fixtures';

interface ErrorExample {
  value: {
    statusCode: number;
    message: unknown;
    error: string;
    errcode?: number;
  };
}
type Responses = Record<
  string,
  { content?: Record<string, { examples?: Record<string, ErrorExample> }> }
>;

const UPLOAD = SHIPPING_ROUTE_CALLS[0];

/** Bad input for each route whose OpenAPI document shows a 400 body: the documented messages are this input's. */
const INVALID: readonly (Pick<ShippingRouteCall, 'http' | 'path' | 'body'> & {
  readonly method: string;
})[] = [
  {
    method: 'uploadShippingInfo',
    http: 'POST',
    path: '/orders/upload',
    body: {
      ...UPLOAD_BODY,
      shippingList: [
        { trackingNo: 'SF1', expressCompany: 'SF', itemDesc: '杯*1' },
        {
          trackingNo: 'SF2',
          expressCompany: 'SF',
          itemDesc: '杯*1',
          contact: { receiverContact: '138****5678' },
        },
      ],
    },
  },
  {
    method: 'uploadCombinedShippingInfo',
    http: 'POST',
    path: '/orders/upload-combined',
    body: {
      orderKey: { orderNumberType: 2, transactionId: '42000000009' },
      subOrders: [
        {
          orderKey: {
            orderNumberType: 1,
            mchid: '1900000109',
            outTradeNo: 'A1',
          },
          logisticsType: 3,
          deliveryMode: 1,
          shippingList: [{ itemDesc: '会员卡*1' }],
        },
      ],
      uploadTime: '2023-11-15T10:00:00+08:00',
      payer: { openid: 'oTestPayer0001' },
    },
  },
  {
    method: 'getShippingOrder',
    http: 'GET',
    path: '/orders/lookup?merchantTradeNo=ORD1',
  },
  {
    method: 'getShippingOrderList',
    http: 'GET',
    path: '/orders?pageSize=fifty',
  },
  {
    method: 'notifyConfirmReceive',
    http: 'POST',
    path: '/orders/notify-confirm-receive',
    body: { transactionId: '4200000000202311150000000001' },
  },
  {
    method: 'opSpecialOrder',
    http: 'POST',
    path: '/orders/special',
    body: { orderId: 'ORD1', type: 1 },
  },
  { method: 'setMsgJumpPath', http: 'PUT', path: '/msg-jump-path', body: {} },
  { method: 'isTradeManaged', http: 'GET', path: '/trade-managed' },
  {
    method: 'isTradeManagementConfirmationCompleted',
    http: 'GET',
    path: '/trade-management-confirmation',
  },
  {
    method: 'setWxaTradeType',
    http: 'POST',
    path: '/trade-type/apply',
    body: {
      tradeType: 2,
      materialList: [1, 2, 3, 4].map((n) => ({ type: 2, mediaId: `V${n}` })),
      reason: '主营实物商品销售',
    },
  },
  {
    method: 'famousBrandApply',
    http: 'POST',
    path: '/famous-brand/apply',
    body: { application: { applyFor: 1 } },
  },
];

/**
 * What the shipping routes answer when the request is bad or WeChat refuses:
 * exactly what the OpenAPI document shows for that route — each documented
 * 400 body, each documented errcode under its status, and for the uploads the
 * 503 / 504 that say to check getOrder before uploading again.
 */
describe.each(PLATFORMS)(
  'the demo’s shipping routes’ errors — on %s',
  (platform) => {
    let wechat: WechatEmulator;
    let app: INestApplication;
    let paths: Record<
      string,
      Record<string, { operationId: string; responses: Responses }>
    >;

    beforeAll(async () => {
      wechat = await WechatEmulator.start();
      // Uploads are never retried: 2 s keeps a reply slowed by a loaded machine
      // from turning an injected errcode into a 504 (the hang test waits it out).
      app = await startDemoApp(
        emulatorEnv(wechat, { WECHAT_TIMEOUT_MS: '2000' }),
        false,
        platform,
      );
      paths = (await request(app.getHttpServer()).get('/docs-json').expect(200))
        .body.paths;
    });
    afterAll(async () => {
      await app.close();
      await wechat.stop();
    });
    beforeEach(() => {
      wechat.faults.clear();
      wechat.requests.clear();
    });

    const send = (call: Pick<ShippingRouteCall, 'http' | 'path' | 'body'>) => {
      const server = request(app.getHttpServer());
      const url = `/shipping${call.path}`;
      if (call.http === 'GET') return server.get(url);
      const req = call.http === 'PUT' ? server.put(url) : server.post(url);
      return call.body ? req.send(call.body) : req;
    };
    const documented = (call: Pick<ShippingRouteCall, 'http' | 'path'>) =>
      paths[`/shipping${call.path.split('?')[0]}`][call.http.toLowerCase()];
    const examplesOf = (responses: Responses, status: string) =>
      Object.values(
        responses[status]?.content?.['application/json'].examples ?? {},
      );
    /** Requests to WeChat's API paths (token fetches aside). */
    const apiRequests = () =>
      wechat.requests.all().filter((r) => r.path.startsWith('/wxa/'));

    it.each(INVALID.map((call) => [call.method, call] as const))(
      '%s: bad input is a 400 naming the field — the documented body — and nothing is sent',
      async (method, call) => {
        const operation = documented(call);
        expect(operation.operationId).toBe(method);
        const [example] = examplesOf(operation.responses, '400').filter(
          (e) => e.value.errcode === undefined,
        );
        const res = await send(call).expect(400);
        expect(res.body).toEqual(example.value);
        expect(apiRequests()).toEqual([]);
      },
    );

    it('names an unknown field and sends nothing', async () => {
      const res = await send({
        ...UPLOAD,
        body: { ...UPLOAD_BODY, note: 'x' },
      }).expect(400);
      expect(res.body.message).toEqual([
        expect.stringMatching(/^note is not a known field; accepted fields: /),
      ]);
      expect(apiRequests()).toEqual([]);
    });

    it.each(SHIPPING_ROUTE_CALLS.map((call) => [call.method, call] as const))(
      '%s: every errcode it documents is answered with the documented status and body',
      async (_method, call) => {
        const { responses } = documented(call);
        const cases = Object.keys(responses)
          .filter((status) => Number(status) >= 400)
          .flatMap((status) =>
            examplesOf(responses, status).map((example) => ({
              status,
              example,
            })),
          )
          .filter(({ example }) => {
            const entry =
              example.value.errcode === undefined
                ? undefined
                : ERRCODE_CATALOGUE.get(example.value.errcode);
            // Busy answers are retried by reads (an upload's is tested below);
            // 40125 is the token endpoint's answer, shown on every route.
            return (
              entry !== undefined &&
              entry.kind !== 'busy' &&
              example.value.errcode !== 40125
            );
          });
        expect(cases.length).toBeGreaterThan(0);
        for (const { status, example } of cases) {
          wechat.faults.inject({
            path: call.wechatPath,
            errcode: example.value.errcode,
            times: 1,
          });
          const res = await send(call);
          expect({
            errcode: example.value.errcode,
            status: res.status,
            body: res.body,
          }).toEqual({
            errcode: example.value.errcode,
            status: Number(status),
            body: {
              ...example.value,
              errmsg: expect.any(String),
              rid: expect.any(String),
            },
          });
        }
      },
    );

    it('an upload WeChat answers -1 is a 503 saying to check getOrder — sent once', async () => {
      wechat.faults.inject({ path: UPLOAD.wechatPath, errcode: -1 });
      const res = await send(UPLOAD).expect(503);
      const [example] = examplesOf(documented(UPLOAD).responses, '503').filter(
        (e) => e.value.errcode === -1,
      );
      expect(res.body).toEqual({
        ...example.value,
        errmsg: expect.any(String),
        rid: expect.any(String),
      });
      expect(res.body.message).toContain(UPLOAD_OUTCOME_UNKNOWN_ADVICE);
      expect(wechat.requests.forPath(UPLOAD.wechatPath)).toHaveLength(1);
    });

    it('an upload WeChat does not answer in time is a 504 saying to check getOrder — sent once', async () => {
      wechat.faults.inject({ path: UPLOAD.wechatPath, hang: true, times: 1 });
      const res = await send(UPLOAD).expect(504);
      const [example] = examplesOf(documented(UPLOAD).responses, '504');
      expect(res.body).toEqual(example.value);
      expect(res.body.message).toContain(UPLOAD_OUTCOME_UNKNOWN_ADVICE);
      expect(wechat.requests.forPath(UPLOAD.wechatPath)).toHaveLength(1);
    });
  },
);
