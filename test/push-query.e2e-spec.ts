import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { CapturingLogger } from './support/capturing-logger';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';
import {
  type BuiltPush,
  type PushSettings,
  sealedPathUpdate,
} from './support/push-request';
import { rawRequest, closeRawHttp } from './support/raw-http';

const ENCODING_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** The query string as WeChat's would be, with `extra` pairs appended (a key may repeat). */
function queryOf(push: BuiltPush, extra: [string, string][]): string {
  return [...Object.entries(push.query), ...extra]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

/**
 * A push query WeChat would never send — a signed parameter repeated or
 * kilobytes long — is the sender's
 * mistake: 400 with the documented body, no stack, nothing above debug (a
 * structured value, as an extended query parser makes of `a[b]=`, too). It
 * used to be a 500 with a stack trace per request (a repeated signature on
 * Express, a repeated echostr on Fastify).
 */
describe.each(PLATFORMS)('malformed push queries on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  let url: string;
  let settings: PushSettings;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    settings = {
      token: 'pushQueryToken',
      encodingAesKey: ENCODING_AES_KEY,
      appId: wechat.appId,
    };
    app = await startDemoApp(
      emulatorEnv(wechat, {
        WECHAT_PUSH_TOKEN: settings.token,
        WECHAT_PUSH_AES_KEY: ENCODING_AES_KEY,
      }),
      logger,
      platform,
    );
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(async () => {
    closeRawHttp();
    await app?.close();
    await wechat?.stop();
  });

  const push = () =>
    sealedPathUpdate(settings, {
      orderId: 'O-Q',
      waybillId: 'WB-Q',
      version: 1,
    });

  it.each<[string, 'GET' | 'POST', [string, string][]]>([
    ['a repeated signature (POST)', 'POST', [['signature', 'x']]],
    [
      'a repeated signature (GET)',
      'GET',
      [
        ['echostr', '1'],
        ['signature', 'x'],
      ],
    ],
    ['a repeated msg_signature', 'POST', [['msg_signature', 'x']]],
    ['a repeated timestamp', 'POST', [['timestamp', '1']]],
    ['a repeated nonce', 'POST', [['nonce', '1']]],
    [
      'a repeated echostr',
      'GET',
      [
        ['echostr', '1'],
        ['echostr', '2'],
      ],
    ],
    ['a repeated encrypt_type', 'POST', [['encrypt_type', 'aes']]],
    ['an oversized nonce', 'POST', [['nonce', '9'.repeat(4000)]]],
    ['an oversized echostr', 'GET', [['echostr', 'e'.repeat(4000)]]],
  ])('%s → 400, no stack, nothing above debug', async (_, method, extra) => {
    const built = push();
    // An oversized or repeated parameter replaces or joins WeChat's own.
    const query = queryOf(
      {
        ...built,
        query: Object.fromEntries(
          Object.entries(built.query).filter(
            ([key]) =>
              !(
                key === 'nonce' &&
                extra.some(([k, v]) => k === 'nonce' && v.length > 512)
              ),
          ),
        ),
      },
      extra,
    );
    const before = logger.entries.length;
    const res = await rawRequest(url, {
      method,
      path: `/logistics/events?${query}`,
      body: method === 'POST' ? built.body : undefined,
      headers: { 'content-type': built.contentType },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/WeChat push refused \(malformed\)/),
    });
    expect(res.text).not.toMatch(/\bat .+:\d+:\d+/);
    expect(
      logger.entries
        .slice(before)
        .filter((e) => !['debug', 'verbose'].includes(e.level)),
    ).toEqual([]);
  });

  it('a bracketed signature[x]=… is a key of its own on both platforms (no qs objects): the push goes through', async () => {
    const built = push();
    const res = await rawRequest(url, {
      method: 'POST',
      path: `/logistics/events?${queryOf(built, [['signature[x]', '1']])}`,
      body: built.body,
      headers: { 'content-type': built.contentType },
    });
    // Express 5's simple parser and Fastify's both read it as a key of its own: WeChat's signature is intact.
    expect(res.status).toBe(200);
  });

  it('the same push with its query as WeChat sends it → 200 success', async () => {
    const built = push();
    const res = await rawRequest(url, {
      method: 'POST',
      path: `/logistics/events?${queryOf(built, [])}`,
      body: built.body,
      headers: { 'content-type': built.contentType },
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe('success');
  });
});
