import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { cannedReply } from '../support/contract-harness';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';
import {
  SHIPPING_ROUTE_CALLS,
  type ShippingRouteCall,
  UPLOAD_BODY,
  UPLOAD_WIRE_TEXT,
} from './shipping-route-fixtures';

const EXTRA_APP = { appId: 'wxshippingextra001', appSecret: 'extra-secret' };

/**
 * Each of the demo's twelve shipping routes, on the default app and its
 * `/shipping/apps/:appId` twin: the one WeChat request it makes (path, token,
 * snake_case body) and the camelCase JSON it answers.
 */
describe.each(PLATFORMS)('the demo’s shipping routes — on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;

  beforeAll(async () => {
    wechat = await WechatEmulator.start({ apps: [EXTRA_APP] });
    app = await startDemoApp(
      // A generous timeout: uploads are never retried, so a reply slowed by a
      // loaded machine past the default 500 ms would fail a happy path here.
      emulatorEnv(wechat, {
        WECHAT_EXTRA_APPS: JSON.stringify([EXTRA_APP]),
        WECHAT_TIMEOUT_MS: '5000',
      }),
      false,
      platform,
    );
  });
  afterAll(async () => {
    await app.close();
    await wechat.stop();
  });
  beforeEach(() => {
    wechat.faults.clear();
    wechat.requests.clear();
  });

  const send = (call: ShippingRouteCall, prefix: string) => {
    const server = request(app.getHttpServer());
    const url = `${prefix}${call.path}`;
    if (call.http === 'GET') return server.get(url);
    const req = call.http === 'PUT' ? server.put(url) : server.post(url);
    return call.body ? req.send(call.body) : req;
  };

  /** The one request WeChat got on the call's path: POST, the app's token alone in the query, the expected body. */
  const theOneRequest = (call: ShippingRouteCall, appId: string) => {
    const sent = wechat.requests.forPath(call.wechatPath);
    expect(sent).toHaveLength(1);
    const [one] = sent;
    expect(one.method).toBe('POST');
    expect(Object.keys(one.query)).toEqual(['access_token']);
    expect(wechat.app(appId).tokens.isValid(one.query.access_token)).toBe(true);
    expect(one.headers['content-type']).toMatch(/^application\/json/);
    expect(one.body).toEqual(call.wire);
    return one;
  };

  it.each(SHIPPING_ROUTE_CALLS.map((call) => [call.method, call] as const))(
    '%s: sends its WeChat request and answers its result',
    async (_method, call) => {
      cannedReply(wechat, call.wechatPath, call.reply);
      const res = await send(call, '/shipping').expect(200);
      expect(res.body).toEqual(call.answer);
      theOneRequest(call, wechat.appId);
    },
  );

  it.each(SHIPPING_ROUTE_CALLS.map((call) => [call.method, call] as const))(
    '%s on /shipping/apps/:appId: the same request with that app’s token',
    async (_method, call) => {
      cannedReply(wechat, call.wechatPath, call.reply);
      const res = await send(call, `/shipping/apps/${EXTRA_APP.appId}`).expect(
        200,
      );
      expect(res.body).toEqual(call.answer);
      theOneRequest(call, EXTRA_APP.appId);
    },
  );

  it('sends the reference’s example upload byte for byte', async () => {
    const [upload] = SHIPPING_ROUTE_CALLS;
    cannedReply(wechat, upload.wechatPath, {});
    await request(app.getHttpServer())
      .post('/shipping/orders/upload')
      .send(UPLOAD_BODY)
      .expect(200, {});
    expect(wechat.requests.last(upload.wechatPath)?.rawBody).toBe(
      UPLOAD_WIRE_TEXT,
    );
  });

  it('answers 404 naming an appId the demo does not know, and sends nothing', async () => {
    const res = await request(app.getHttpServer())
      .get('/shipping/apps/wx-nobody/trade-managed?appid=wx-nobody')
      .expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, appId: 'wx-nobody' });
    expect(wechat.requests.count()).toBe(0);
  });
});
