import { type INestApplication } from '@nestjs/common';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { clearEmulatorKeepingTokens } from './support/emulator-state';

/** WECHAT_TIMEOUT_MS = 500, so the default call budget is 3 × 500 ms. */
const CALL_BUDGET_MS = 1500;

describe('upstream faults become documented HTTP errors, and the app keeps serving', () => {
  let wechat: WechatEmulator;
  let app: INestApplication;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    app = await startDemoApp(emulatorEnv(wechat));
  });
  afterAll(async () => {
    await app.close();
    await wechat.stop();
  });
  beforeEach(() => {
    clearEmulatorKeepingTokens(wechat);
    wechat.orders.seed({ orderId: 'O', deliveryId: 'TEST', waybillId: 'WB' });
  });
  afterEach(async () => {
    // After every fault: the app still answers, and a clean cancel still works.
    wechat.faults.clear();
    await request(app.getHttpServer())
      .get('/health')
      .expect(200, { status: 'ok' });
    wechat.orders.seed({
      orderId: 'AFTER',
      deliveryId: 'TEST',
      waybillId: 'WB-AFTER',
    });
    await cancel('AFTER').expect(200);
  });

  const cancel = (orderId = 'O') =>
    request(app.getHttpServer())
      .post(`/logistics/orders/${orderId}/cancel`)
      .send({
        deliveryId: 'TEST',
        waybillId: orderId === 'O' ? 'WB' : 'WB-AFTER',
      });

  it('a reply that never comes → 504 within the call budget', async () => {
    wechat.faults.inject({ path: WECHAT_PATHS.cancelOrder, hang: true });
    const startedAt = Date.now();
    const res = await cancel().expect(504);
    const elapsed = Date.now() - startedAt;
    expect(res.body).toMatchObject({
      statusCode: 504,
      error: 'Gateway Timeout',
    });
    expect(elapsed).toBeLessThan(CALL_BUDGET_MS + 500);
    // A cancel is not repeated after a timeout: its outcome is unknown.
    expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(1);
  });

  it('a slow token endpoint → 504 within the call budget', async () => {
    wechat.tokens.revokeAll();
    wechat.faults.inject({ path: WECHAT_PATHS.stableToken, delayMs: 3000 });
    const startedAt = Date.now();
    await cancel().expect(504);
    expect(Date.now() - startedAt).toBeLessThan(CALL_BUDGET_MS + 500);
  });

  it('a gateway HTML 502 page → 502', async () => {
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      httpStatus: 502,
      times: 1,
    });
    const res = await cancel().expect(502);
    expect(res.body).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    expect(res.body.message).toContain('HTTP 502');
  });

  it('a connection reset → 502', async () => {
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      reset: true,
      times: 1,
    });
    const res = await cancel().expect(502);
    expect(res.body.message).toMatch(/connection to WeChat failed/);
  });

  it('malformed JSON → 502', async () => {
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      malformedJson: true,
      times: 1,
    });
    const res = await cancel().expect(502);
    expect(res.body.message).toMatch(/not JSON/);
  });

  it('an errcode WeChat never documented → 502 with the errcode', async () => {
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      errcode: 7777777,
      errmsg: 'mystery',
      times: 1,
    });
    await cancel().expect(502, {
      statusCode: 502,
      message:
        'WeChat answered with errcode 7777777, which this library does not know.',
      error: 'Bad Gateway',
      errcode: 7777777,
      errmsg: 'mystery',
    });
  });

  it('a busy reply that persists past the budget → 503 without exceeding the budget', async () => {
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      errcode: -1,
      delayMs: 400,
    });
    const startedAt = Date.now();
    await cancel().expect(503);
    expect(Date.now() - startedAt).toBeLessThan(CALL_BUDGET_MS + 500);
  });
});

describe('a wrong app secret', () => {
  it('answers 500 and asks the token endpoint once per wave of calls, never retrying it', async () => {
    const wechat = await WechatEmulator.start();
    const app = await startDemoApp(
      emulatorEnv(wechat, { WECHAT_APP_SECRET: 'not-the-secret' }),
    );
    try {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(app.getHttpServer())
            .post(`/logistics/orders/O${i}/cancel`)
            .send({ deliveryId: 'TEST', waybillId: 'WB' }),
        ),
      );
      for (const res of responses) {
        expect(res.status).toBe(500);
        expect(res.body).toMatchObject({ statusCode: 500, errcode: 40125 });
        expect(res.body.message).toMatch(/credentials/);
      }
      expect(wechat.requests.count(WECHAT_PATHS.stableToken)).toBe(1);
      expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(0);
    } finally {
      await app.close();
      await wechat.stop();
    }
  });
});
