import { type INestApplication } from '@nestjs/common';
import { errcodeEntryFor } from 'nestjs-wechat-logistics';
import {
  type LoggedRequest,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { cannedReply } from './contract-harness';
import { emulatorEnv, startDemoApp } from './demo-app';
import { PLATFORMS } from './platforms';

/**
 * One concrete call of a family's demo route: what the demo is sent, the
 * WeChat path and body it must produce, WeChat's answer (canned: the
 * emulator's own handlers are pinned by the contract tests and the sandbox
 * suites) and the JSON the demo answers with.
 */
export interface FamilyRouteCall {
  /** The library method, which is also the route's OpenAPI operation id. */
  readonly method: string;
  /** `tracking.traceWaybill`: the family's api, whose readings the errors show. */
  readonly api: string;
  readonly http: 'GET' | 'POST' | 'PUT';
  /** Under the family's prefix (the app twin is `<prefix>/apps/:appId` + this). */
  readonly path: string;
  /** The path as OpenAPI names it (`/trace/{waybillToken}`), when it has parameters. */
  readonly documentedPath?: string;
  readonly body?: object;
  readonly status: 200 | 201;
  readonly wechatPath: string;
  /** The request body WeChat must receive, parsed. */
  readonly wire: object;
  /** WeChat's answer besides errcode 0. */
  readonly reply: Record<string, unknown>;
  /** The demo's body. */
  readonly answer: object;
}

/** Bad input for a route whose OpenAPI document shows a 400 body: the documented message is this input's. */
export type InvalidCall = Pick<
  FamilyRouteCall,
  'method' | 'http' | 'path' | 'documentedPath' | 'body'
>;

export interface ErrorExample {
  readonly value: {
    readonly statusCode: number;
    readonly message: unknown;
    readonly error: string;
    readonly errcode?: number;
  };
}
export type Responses = Record<
  string,
  {
    description?: string;
    content?: Record<string, { examples?: Record<string, ErrorExample> }>;
  }
>;
/** The demo's OpenAPI `paths`: each route's operation id and documented responses. */
export type Paths = Record<
  string,
  Record<string, { operationId: string; responses: Responses }>
>;

export interface FamilyRoutes {
  readonly wechat: WechatEmulator;
  readonly app: INestApplication;
  readonly extraAppId: string;
  send(
    call: Pick<FamilyRouteCall, 'http' | 'path' | 'body'>,
    prefix?: string,
  ): request.Test;
  documented(call: Pick<FamilyRouteCall, 'http' | 'path' | 'documentedPath'>): {
    operationId: string;
    responses: Responses;
  };
  examplesOf(responses: Responses, status: string): ErrorExample[];
}

const EXTRA_APP = { appId: 'wxfamilyroutes01', appSecret: 'extra-secret' };

/** Sends `call` to the demo under `prefix` (`/returns`, `/intracity/apps/<appId>`, …). */
export function sendRoute(
  app: INestApplication,
  call: Pick<FamilyRouteCall, 'http' | 'path' | 'body'>,
  prefix: string,
): request.Test {
  const server = request(app.getHttpServer());
  const url = `${prefix}${call.path}`;
  if (call.http === 'GET') return server.get(url);
  const req = call.http === 'PUT' ? server.put(url) : server.post(url);
  return call.body ? req.send(call.body) : req;
}

/** The OpenAPI operation that documents `call` under `prefix`. */
export function documentedOperation(
  paths: Paths,
  prefix: string,
  call: Pick<FamilyRouteCall, 'http' | 'path' | 'documentedPath'>,
): { operationId: string; responses: Responses } {
  const path = call.documentedPath ?? call.path.split('?')[0];
  return paths[`${prefix}${path}`][call.http.toLowerCase()];
}

/** The JSON examples an operation documents for `status`. */
export function errorExamples(
  responses: Responses,
  status: string,
): ErrorExample[] {
  return Object.values(
    responses[status]?.content?.['application/json'].examples ?? {},
  );
}

/**
 * The one request WeChat got on `wechatPath` since the log was cleared: a
 * POST with `appId`'s valid token alone in its query. Its body is the
 * caller's to check (plain JSON, or an API security envelope).
 */
export function theOnePostWithToken(
  wechat: WechatEmulator,
  wechatPath: string,
  appId: string,
): LoggedRequest {
  const sent = wechat.requests.forPath(wechatPath);
  expect(sent).toHaveLength(1);
  const [one] = sent;
  expect(one.method).toBe('POST');
  expect(Object.keys(one.query)).toEqual(['access_token']);
  expect(wechat.app(appId).tokens.isValid(one.query.access_token)).toBe(true);
  return one;
}

/**
 * A family's demo routes, on each platform, against one emulator and one demo
 * app per platform: each route and its `/apps/:appId` twin send their one
 * WeChat request and answer the result; bad input is the documented 400 and
 * sends nothing; every errcode a route documents is answered with the
 * status and body its OpenAPI example shows (the family's reading of it).
 * `more` adds the family's own cases on the same boot.
 */
export function describeFamilyRoutes(
  options: {
    readonly name: string;
    /** `/waybill-tracking`, `/returns` */
    readonly prefix: string;
    readonly calls: readonly FamilyRouteCall[];
    readonly invalid: readonly InvalidCall[];
    /** More of the demo's environment (LOCAL_DELIVERY_SHOP_SECRETS). */
    readonly env?: Record<string, string>;
  },
  more?: (routes: FamilyRoutes) => void,
): void {
  const { prefix, calls, invalid } = options;
  describe.each(PLATFORMS)(`${options.name} — on %s`, (platform) => {
    const h = {} as {
      wechat: WechatEmulator;
      app: INestApplication;
      paths: Paths;
    };
    beforeAll(async () => {
      h.wechat = await WechatEmulator.start({ apps: [EXTRA_APP] });
      // Several calls here are sent once (never retried): a generous timeout
      // keeps a reply slowed by a loaded machine from turning into a 504.
      h.app = await startDemoApp(
        emulatorEnv(h.wechat, {
          WECHAT_EXTRA_APPS: JSON.stringify([EXTRA_APP]),
          WECHAT_TIMEOUT_MS: '3000',
          ...options.env,
        }),
        false,
        platform,
      );
      h.paths = (
        await request(h.app.getHttpServer()).get('/docs-json').expect(200)
      ).body.paths;
    });
    afterAll(async () => {
      await h.app?.close();
      await h.wechat?.stop();
    });
    beforeEach(() => {
      h.wechat.faults.clear();
      h.wechat.requests.clear();
    });

    const routes: FamilyRoutes = {
      get wechat() {
        return h.wechat;
      },
      get app() {
        return h.app;
      },
      extraAppId: EXTRA_APP.appId,
      send: (call, routePrefix = prefix) => sendRoute(h.app, call, routePrefix),
      documented: (call) => documentedOperation(h.paths, prefix, call),
      examplesOf: errorExamples,
    };

    /** Requests to the family's API paths (token fetches aside). */
    const apiRequests = () =>
      h.wechat.requests.all().filter((r) => !r.path.includes('token'));

    /** The one request WeChat got on the call's path: POST, the app's token alone in the query, the expected body. */
    const theOneRequest = (call: FamilyRouteCall, appId: string) => {
      const one = theOnePostWithToken(h.wechat, call.wechatPath, appId);
      expect(one.headers['content-type']).toMatch(/^application\/json/);
      expect(one.body).toEqual(call.wire);
    };

    it.each(calls.map((call) => [call.method, call] as const))(
      '%s: sends its WeChat request and answers its result',
      async (_method, call) => {
        cannedReply(h.wechat, call.wechatPath, call.reply);
        const res = await routes.send(call).expect(call.status);
        expect(res.body).toEqual(call.answer);
        theOneRequest(call, h.wechat.appId);
        expect(routes.documented(call).operationId).toBe(call.method);
      },
    );

    it.each(calls.map((call) => [call.method, call] as const))(
      `%s on ${prefix}/apps/:appId: the same request with that app’s token`,
      async (_method, call) => {
        cannedReply(h.wechat, call.wechatPath, call.reply);
        const res = await routes
          .send(call, `${prefix}/apps/${EXTRA_APP.appId}`)
          .expect(call.status);
        expect(res.body).toEqual(call.answer);
        theOneRequest(call, EXTRA_APP.appId);
      },
    );

    it.each(invalid.map((call) => [call.method, call] as const))(
      '%s: bad input is a 400 naming the field — the documented body — and nothing is sent',
      async (method, call) => {
        const operation = routes.documented(call);
        expect(operation.operationId).toBe(method);
        const [example] = routes
          .examplesOf(operation.responses, '400')
          .filter((e) => e.value.errcode === undefined);
        const res = await routes.send(call).expect(400);
        expect(res.body).toEqual(example.value);
        expect(apiRequests()).toEqual([]);
      },
    );

    it.each(calls.map((call) => [call.method, call] as const))(
      '%s: every errcode it documents is answered with the documented status and body',
      async (_method, call) => {
        const { responses } = routes.documented(call);
        const cases = Object.keys(responses)
          .filter((status) => Number(status) >= 400)
          .flatMap((status) =>
            routes
              .examplesOf(responses, status)
              .map((example) => ({ status, example })),
          )
          .filter(({ example }) => {
            const errcode = example.value.errcode;
            const entry =
              errcode === undefined
                ? undefined
                : errcodeEntryFor(errcode, call.api);
            // Busy answers are retried by reads; 40125 is the token endpoint's
            // answer, shown on every route.
            return (
              entry !== undefined && entry.kind !== 'busy' && errcode !== 40125
            );
          });
        expect(cases.length).toBeGreaterThan(0);
        for (const { status, example } of cases) {
          h.wechat.faults.inject({
            path: call.wechatPath,
            errcode: example.value.errcode,
            times: 1,
          });
          const res = await routes.send(call);
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

    more?.(routes);
  });
}
