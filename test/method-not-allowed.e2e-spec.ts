import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { CapturingLogger } from './support/capturing-logger';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';

/**
 * A wrong method on a path the demo has is a 405 naming the methods the path
 * takes (in `Allow` and in the message), on both platforms, and is not
 * logged as an error; a path it does not have, and a route's own 404, stay
 * 404. (README: "What a person sees when the request is wrong".)
 */
describe.each(PLATFORMS)('a wrong method — on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    app = await startDemoApp(emulatorEnv(wechat), logger, platform);
  });
  afterAll(async () => {
    await app.close();
    await wechat.stop();
  });
  beforeEach(() => wechat.requests.clear());
  // A client's mistake, not the server's.
  afterEach(() => expect(logger.messages('error')).toEqual([]));

  it.each([
    ['delete', '/logistics/orders/O-1/cancel', 'POST'],
    ['get', '/logistics/orders/O-1/cancel?deliveryId=SF', 'POST'],
    ['put', '/logistics/orders', 'POST'],
    ['delete', '/logistics/apps/wx0000000000sandbox2/orders/O-1', 'GET, HEAD'],
    ['put', '/logistics/printers', 'GET, HEAD, POST'],
    ['post', '/health/ready', 'GET, HEAD'],
    ['patch', '/tracking/waybills', 'GET, HEAD'],
  ] as const)(
    '%s %s → 405, Allow: %s, a body of the error family',
    async (method, path, allow) => {
      const res = await request(app.getHttpServer())[method](path).expect(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.body).toEqual({
        statusCode: 405,
        message: `${method.toUpperCase()} is not allowed here; this path takes ${allow}`,
        error: 'Method Not Allowed',
      });
      expect(wechat.requests.count()).toBe(0);
    },
  );

  it('HEAD on a POST-only path → 405 with Allow, and no body', async () => {
    const res = await request(app.getHttpServer())
      .head('/logistics/orders/O-1/cancel')
      .expect(405);
    expect(res.headers.allow).toBe('POST');
  });

  it.each([
    ['get', '/no/such/path'],
    ['delete', '/logistics/no-such-route'],
    ['post', '/logistics/orders/O-1/cancel/more'],
  ] as const)('%s %s (no such path) → 404, no Allow', async (method, path) => {
    const res = await request(app.getHttpServer())[method](path).expect(404);
    expect(res.headers.allow).toBeUndefined();
    expect(res.body).toEqual({
      statusCode: 404,
      message: `Cannot ${method.toUpperCase()} ${path}`,
      error: 'Not Found',
    });
  });

  it("keeps a route's own 404 (the method is right, the thing is not there)", async () => {
    // Push events are off without WECHAT_PUSH_TOKEN: the route answers 404 itself.
    const push = await request(app.getHttpServer())
      .get('/logistics/events')
      .expect(404);
    expect(push.headers.allow).toBeUndefined();
    expect(push.body).toEqual({
      statusCode: 404,
      message: 'Push events are not configured (set WECHAT_PUSH_TOKEN)',
      error: 'Not Found',
    });
    // An appId the demo does not know: the library's 404 naming it.
    const unknownApp = await request(app.getHttpServer())
      .get('/logistics/apps/wxNOSUCHAPP000000/deliveries')
      .expect(404);
    expect(unknownApp.headers.allow).toBeUndefined();
    expect(unknownApp.body).toMatchObject({
      statusCode: 404,
      appId: 'wxNOSUCHAPP000000',
    });
  });
});
