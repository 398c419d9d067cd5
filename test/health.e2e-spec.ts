import { type INestApplication } from '@nestjs/common';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { freePort } from './cluster/support/free-port';
import { emulatorEnv, startDemoApp } from './support/demo-app';

const SECRET = 'ReadinessSecret-93c1f0a7';

describe('GET /health (liveness) and GET /health/ready (readiness, Terminus)', () => {
  let wechat: WechatEmulator;
  let app: INestApplication | undefined;
  beforeEach(async () => {
    wechat = await WechatEmulator.start({ appSecret: SECRET });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await wechat.stop();
  });

  it('liveness never calls WeChat', async () => {
    app = await startDemoApp(emulatorEnv(wechat));
    await request(app.getHttpServer())
      .get('/health')
      .expect(200, { status: 'ok' });
    expect(wechat.requests.count()).toBe(0);
  });

  it('is ready with Terminus’s body, and probing every few seconds costs one token fetch in all', async () => {
    app = await startDemoApp(emulatorEnv(wechat));
    for (let probe = 0; probe < 10; probe += 1) {
      await request(app.getHttpServer())
        .get('/health/ready')
        .expect(200, {
          status: 'ok',
          info: { wechat: { status: 'up' } },
          error: {},
          details: { wechat: { status: 'up' } },
        });
    }
    expect(wechat.tokens.fetchCount).toBe(1);
    expect(wechat.requests.count(WECHAT_PATHS.stableToken)).toBe(1);
  });

  it('is not ready with a wrong secret: 503 naming errcode 40125, and the breaker spares WeChat the next probes', async () => {
    app = await startDemoApp(
      emulatorEnv(wechat, { WECHAT_APP_SECRET: `${SECRET}-wrong` }),
    );
    const bodies: string[] = [];
    for (let probe = 0; probe < 10; probe += 1) {
      const res = await request(app.getHttpServer())
        .get('/health/ready')
        .expect(503);
      bodies.push(res.text);
      expect(res.body).toMatchObject({
        status: 'error',
        info: {},
        error: {
          wechat: {
            status: 'down',
            errcode: 40125,
            reason: expect.stringMatching(
              /^the token endpoint answered errcode 40125: The configured AppSecret is not valid\./,
            ),
          },
        },
      });
    }
    // The first probe asked WeChat; the breaker answered the other nine.
    expect(wechat.requests.count(WECHAT_PATHS.stableToken)).toBe(1);
    expect(JSON.parse(bodies[9]).error.wechat.reason).toMatch(
      /token requests paused until \d{4}-\d\d-\d\dT/,
    );
    for (const body of bodies) expect(body).not.toContain(SECRET);
  });

  it('is not ready when the shared token store (Redis) does not answer', async () => {
    const nothingListens = await freePort();
    app = await startDemoApp(
      emulatorEnv(wechat, { REDIS_URL: `redis://127.0.0.1:${nothingListens}` }),
    );
    const res = await request(app.getHttpServer())
      .get('/health/ready')
      .expect(503);
    expect(res.body.error.wechat).toEqual({
      status: 'down',
      reason:
        'the shared token store does not answer: instances no longer share one access token',
    });
  });

  it('is not ready when the token endpoint does not answer, within the probe’s wait', async () => {
    app = await startDemoApp(emulatorEnv(wechat, { WECHAT_TIMEOUT_MS: '300' }));
    wechat.faults.inject({ path: WECHAT_PATHS.stableToken, hang: true });
    const startedAt = Date.now();
    const res = await request(app.getHttpServer())
      .get('/health/ready')
      .expect(503);
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(res.body.error.wechat).toMatchObject({
      status: 'down',
      failure: 'timeout',
      reason: expect.stringMatching(
        /^no access token: auth\.getStableAccessToken: /,
      ),
    });
  });
});
