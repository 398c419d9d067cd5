import { rmSync } from 'node:fs';
import { type INestApplication } from '@nestjs/common';
import {
  type WechatIntracityClient,
  WechatIntracityService,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import {
  type Paths,
  documentedOperation,
  errorExamples,
  sendRoute,
  theOnePostWithToken,
} from '../support/family-routes';
import { gzStore, sandboxOrder } from '../support/intracity-harness';
import { PLATFORMS } from '../support/platforms';
import {
  DADA_CREDIT,
  type IntracityAppState,
  type IntracityRouteCall,
  SFTC_CREDIT,
  intracityRouteCalls,
  securedEnv,
} from './intracity-route-fixtures';

/** Bad input for a route whose OpenAPI document shows its 400: the documented message is this input's. */
const INVALID: readonly Pick<IntracityRouteCall, 'method' | 'path' | 'body'>[] =
  [
    {
      method: 'storeCharge',
      path: '/balances/charge',
      body: {
        wxStoreId: '4000000000000042001',
        serviceTransId: 'DADA',
        amount: 4999,
      },
    },
    { method: 'getCity', path: '/cities?serviceTransId=MEITUAN' },
    {
      method: 'queryFlow',
      path: '/flows?wxStoreId=4000000000000042001&flowType=one',
    },
    { method: 'queryStore', path: '/stores?shopId=1' },
    {
      method: 'setPayMode',
      path: '/pay-mode',
      body: { payMode: 'PAY_MODE_CASH' },
    },
    {
      method: 'cancelIntracityOrder',
      path: '/orders/4000012345678901234/cancel',
      body: { cancelReasonId: 7 },
    },
    {
      method: 'mockNotify',
      path: '/test/orders/4000012345678901234/status',
      body: { orderStatus: 12345 },
    },
  ];

/** A few of WeChat's documented refusals, each on a route that documents it. */
const ERRCODES: readonly (readonly [string, number])[] = [
  ['queryStore', 934008],
  ['createStore', 934010],
  ['storeRefund', 934006],
  ['addIntracityOrder', 934014],
  ['queryOrder', 934016],
  ['cancelIntracityOrder', 934017],
  ['mockNotify', 934007],
  ['getCity', 40234],
  ['getPayMode', 48001],
];

const EXTRA_APP = { appId: 'wxintracityroute', appSecret: 'extra-secret' };
const PREFIX = '/intracity';

/**
 * The demo's sixteen 同城配送 routes (`/intracity/…`) and their app twins,
 * against the emulator's own handlers (canned replies would come back
 * unsealed, which the library refuses): each sends exactly one sealed
 * request, whose decrypted business fields are WeChat's snake_case of the
 * route's input, and answers the documented status with the library's
 * result; bad input is the documented 400 and sends nothing; WeChat's
 * errcodes and a tampered reply are the documented errors.
 */
describe.each(PLATFORMS)(
  'the demo’s intracity delivery routes — on %s',
  (platform) => {
    const h = {} as {
      wechat: WechatEmulator;
      app: INestApplication;
      dir: string;
      paths: Paths;
      state: Record<string, IntracityAppState>;
    };
    let run = 0;

    /** The app's store, its top-ups and two sandbox orders, made through the library as the routes' callers would. */
    const prepare = async (
      client: WechatIntracityClient,
      appId: string,
    ): Promise<IntracityAppState> => {
      await client.apply();
      const { wxStoreId } = await client.createStore(
        gzStore(`GZ-BASE-${platform}-${appId}`),
      );
      const book = h.wechat.app(appId).intracity;
      book.credit({ serviceTransId: 'DADA', amount: DADA_CREDIT, wxStoreId });
      book.credit({ serviceTransId: 'SFTC', amount: SFTC_CREDIT, wxStoreId });
      const place = async (storeOrderId: string) =>
        (await client.addOrder(sandboxOrder(wxStoreId, storeOrderId)))
          .wxOrderId;
      return {
        wxStoreId,
        readOrderId: await place(`IC-READ-${platform}-${appId}`),
        cancelOrderId: await place(`IC-CANCEL-${platform}-${appId}`),
      };
    };

    beforeAll(async () => {
      h.wechat = await WechatEmulator.start({ apps: [EXTRA_APP] });
      const { env, dir } = securedEnv(h.wechat, EXTRA_APP);
      h.dir = dir;
      // Several calls are sent once (never retried): a generous timeout
      // keeps a reply slowed by a loaded machine from turning into a 504.
      h.app = await startDemoApp(
        emulatorEnv(h.wechat, { ...env, WECHAT_TIMEOUT_MS: '3000' }),
        false,
        platform,
      );
      h.paths = (
        await request(h.app.getHttpServer()).get('/docs-json').expect(200)
      ).body.paths;
      const service = h.app.get(WechatIntracityService);
      h.state = {
        [h.wechat.appId]: await prepare(service, h.wechat.appId),
        [EXTRA_APP.appId]: await prepare(
          service.forApp(EXTRA_APP.appId),
          EXTRA_APP.appId,
        ),
      };
    });
    afterAll(async () => {
      await h.app?.close();
      await h.wechat?.stop();
      if (h.dir) rmSync(h.dir, { recursive: true, force: true });
    });
    beforeEach(() => {
      h.wechat.faults.clear();
      h.wechat.requests.clear();
    });

    const send = (
      call: Pick<IntracityRouteCall, 'http' | 'path' | 'body'>,
      prefix = PREFIX,
    ) => sendRoute(h.app, call, prefix);
    const documented = (
      call: Pick<IntracityRouteCall, 'http' | 'path' | 'documentedPath'>,
    ) => documentedOperation(h.paths, PREFIX, call);
    /** The calls made from `appId`'s state. */
    const callsOf = (appId: string) =>
      intracityRouteCalls(h.state[appId], `${platform}-${(run += 1)}`);
    const callOf = (method: string, appId = h.wechat.appId) =>
      callsOf(appId).find((c) => c.method === method)!;
    const METHODS = intracityRouteCalls(
      { wxStoreId: '', readOrderId: '', cancelOrderId: '' },
      '',
    ).map((c) => c.method);

    /** The one sealed request on the call's path, for `appId`: an envelope on the wire, the expected fields once opened. */
    const theOneSealedRequest = (
      call: IntracityRouteCall,
      appId: string,
      openedBefore: number,
    ) => {
      const one = theOnePostWithToken(h.wechat, call.wechatPath, appId);
      expect(one.body).toEqual({
        iv: expect.any(String),
        data: expect.any(String),
        authtag: expect.any(String),
      });
      expect(one.headers['wechatmp-appid']).toBe(appId);
      const opened = h.wechat.apiSecurity
        .openedRequests(call.wechatPath)
        .slice(openedBefore);
      expect(opened).toHaveLength(1);
      expect(opened[0].appId).toBe(appId);
      expect(opened[0].body).toMatchObject(call.opened);
    };

    const answersItsResult = async (
      method: string,
      appId: string,
      prefix: string,
    ) => {
      const call = callOf(method, appId);
      const before = h.wechat.apiSecurity.openedRequests(
        call.wechatPath,
      ).length;
      const res = await send(call, prefix).expect(call.status);
      expect(res.body).toEqual(call.answer(h.state[appId], appId));
      theOneSealedRequest(call, appId, before);
      const operation = documented(call);
      expect(operation.operationId).toBe(call.method);
      expect(Object.keys(operation.responses)).toContain(String(call.status));
    };

    it.each(METHODS)(
      '%s: sends its one sealed request — WeChat decrypts the route’s input — and answers the documented status with the result',
      (method) => answersItsResult(method, h.wechat.appId, PREFIX),
    );

    it.each(METHODS)(
      `%s on ${PREFIX}/apps/:appId: the same with that app’s token, keys and store`,
      (method) =>
        answersItsResult(
          method,
          EXTRA_APP.appId,
          `${PREFIX}/apps/${EXTRA_APP.appId}`,
        ),
    );

    /** Requests to 同城配送's paths (token fetches aside). */
    const intracityRequests = () =>
      h.wechat.requests
        .all()
        .filter((r) => r.path.startsWith('/cgi-bin/express/intracity/'));

    it.each(INVALID.map((bad) => [bad.method, bad] as const))(
      '%s: bad input is the documented 400 — the validation’s own words — and nothing is sent',
      async (method, bad) => {
        const call = { ...callOf(method), ...bad };
        const [example] = errorExamples(
          documented(call).responses,
          '400',
        ).filter((e) => e.value.errcode === undefined);
        const res = await send(call).expect(400);
        expect(res.body).toEqual(example.value);
        expect(intracityRequests()).toEqual([]);
      },
    );

    it.each(ERRCODES)(
      '%s: WeChat’s %i is answered with the documented status and body',
      async (method, errcode) => {
        const call = callOf(method);
        const { responses } = documented(call);
        const [documentedError] = Object.keys(responses)
          .filter((status) => Number(status) >= 400)
          .flatMap((status) =>
            errorExamples(responses, status)
              .filter((e) => e.value.errcode === errcode)
              .map((example) => ({ status: Number(status), example })),
          );
        expect(documentedError).toBeDefined();
        h.wechat.faults.inject({ path: call.wechatPath, errcode, times: 1 });
        const res = await send(call);
        expect({ status: res.status, body: res.body }).toEqual({
          status: documentedError.status,
          body: {
            ...documentedError.example.value,
            errmsg: expect.any(String),
            rid: expect.any(String),
          },
        });
      },
    );

    it.each(['queryOrder', 'addIntracityOrder'])(
      '%s: a reply whose sealed body was tampered with is the documented 502, with no data',
      async (method) => {
        const call = callOf(method);
        const [example] = errorExamples(
          documented(call).responses,
          '502',
        ).filter((e) =>
          String(e.value.message).includes('failed API security verification'),
        );
        h.wechat.apiSecurity.tamperNextReply('body');
        const res = await send(call).expect(502);
        expect(res.body).toEqual(example.value);
        expect(res.body).not.toHaveProperty('wxOrderId');
        // WeChat did get (and open) the one request: only its answer was refused.
        expect(h.wechat.requests.forPath(call.wechatPath)).toHaveLength(1);
        expect(h.wechat.apiSecurity.pendingTampers).toEqual([]);
      },
    );

    it('every route is in the OpenAPI document under its operation id', () => {
      expect(
        callsOf(h.wechat.appId).map((c) => documented(c).operationId),
      ).toEqual(METHODS);
    });
  },
);
