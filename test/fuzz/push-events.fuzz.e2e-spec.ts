import { type INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { expectPrototypesUntouched } from '../support/prototype-guard';
import {
  type PushSettings,
  buildPush,
  pathUpdateFields,
} from '../support/push-request';
import { closeRawHttp, rawRequest } from '../support/raw-http';
import { collectUnhandledRejections } from '../support/unhandled-rejections';
import {
  hostileKey,
  hostileString,
  hostileValue,
  mutate,
  mutation,
  percentEncode,
} from './hostile-values';

const SEED = Number(process.env.FUZZ_SEED ?? 20260513);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const ENCODING_AES_KEY = 'Fuzz0123456789abcdefghijklmnopqrstuvwxyzABC';

interface PushAttempt {
  readonly method: 'GET' | 'POST';
  readonly query: Record<string, string>;
  readonly body: string;
  readonly contentType: string;
}

const queryString = (query: Record<string, string>) =>
  Object.entries(query)
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');

/**
 * WeChat's push endpoint (GET verification, POST add_express_path) under
 * hostile input: forged and unsigned requests, and correctly signed and
 * encrypted pushes whose content is hostile (odd fields, element names and
 * values, `__proto__` elements, broken CDATA). Properties: never a 5xx
 * (a handler failure is the only documented 500, and the demo's handler
 * cannot fail), no prototype pollution, nothing sent to WeChat, still serving.
 */
describe('fuzzing the push endpoint', () => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  let url: string;
  let settings: PushSettings;
  collectUnhandledRejections();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    settings = {
      token: 'fuzzPushToken42',
      encodingAesKey: ENCODING_AES_KEY,
      appId: wechat.appId,
    };
    app = await startDemoApp(
      emulatorEnv(wechat, {
        WECHAT_PUSH_TOKEN: settings.token,
        WECHAT_PUSH_AES_KEY: ENCODING_AES_KEY,
      }),
    );
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(async () => {
    closeRawHttp();
    await app?.close();
    await wechat?.stop();
  });

  /** Signed and sealed like WeChat, but carrying hostile fields. */
  const signedPush: fc.Arbitrary<PushAttempt> = fc
    .record({
      orderId: fc.oneof(fc.constant('FUZZ-1'), hostileString),
      waybillId: fc.oneof(fc.constant('FUZZ-WB-1'), hostileString),
      version: fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, 2 ** 53)),
      // Half of them well-formed, so the handlers run too.
      changes: fc.oneof(
        fc.constant([]),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
      ),
      // The demo expects safe mode; the others must be refused cleanly.
      mode: fc.oneof(
        { weight: 4, arbitrary: fc.constant('safe' as const) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('plain' as const, 'compatible' as const),
        },
      ),
      format: fc.constantFrom('xml' as const, 'json' as const),
    })
    .map(({ orderId, waybillId, version, changes, mode, format }) => {
      const fields = mutate(
        pathUpdateFields({ orderId, waybillId, version }),
        changes,
      );
      const push = buildPush(
        settings,
        (fields ?? {}) as Record<string, unknown>,
        mode,
        format,
      );
      return { method: 'POST', ...push };
    });

  /** Anything else: forged signatures, stray parameters, garbage bodies. */
  const forgedRequest: fc.Arbitrary<PushAttempt> = fc.record({
    method: fc.constantFrom('GET' as const, 'POST' as const),
    query: fc.dictionary(
      fc.oneof(
        fc.constantFrom(
          'signature',
          'timestamp',
          'nonce',
          'echostr',
          'openid',
          'encrypt_type',
          'msg_signature',
          '__proto__',
        ),
        hostileKey,
      ),
      hostileString.filter((s) => s.length < 2000),
      { maxKeys: 6 },
    ),
    body: fc.oneof(
      hostileString,
      hostileValue.map((value) => JSON.stringify(value) ?? ''),
      fc.constantFrom(
        '<xml><__proto__><polluted>1</polluted></__proto__></xml>',
        '<!DOCTYPE x [<!ENTITY a "aaaa">]><xml>&a;</xml>',
        '<xml>' + '<a>'.repeat(50) + '</a>'.repeat(50) + '</xml>',
        '<xml><Encrypt><![CDATA[' + 'A'.repeat(70_000) + ']]></Encrypt></xml>',
      ),
    ),
    contentType: fc.constantFrom(
      'text/xml',
      'application/json',
      'text/plain',
      'application/xml; charset=gbk',
      'application/octet-stream',
    ),
  });

  /** A genuine URL verification with a hostile echostr. */
  const verification: fc.Arbitrary<PushAttempt> = hostileString.map(
    (echostr) => {
      const { query } = buildPush(settings, {}, 'plain', 'xml');
      return {
        method: 'GET',
        query: { ...query, echostr },
        body: '',
        contentType: 'text/plain',
      };
    },
  );

  it('never answers 5xx, pollutes nothing, calls no WeChat API and keeps serving', async () => {
    const property = fc.asyncProperty(
      fc.oneof(signedPush, forgedRequest, verification),
      async (attempt) => {
        const before = wechat.requests.count();
        const res = await rawRequest(url, {
          method: attempt.method,
          path: `/logistics/events?${queryString(attempt.query)}`,
          body: attempt.method === 'POST' ? attempt.body : undefined,
          headers: { 'content-type': attempt.contentType },
        });
        expect({ status: res.status, text: res.text.slice(0, 300) }).toEqual({
          status: expect.any(Number),
          text: expect.any(String),
        });
        expect(res.status).toBeLessThan(500);
        expect(wechat.requests.count()).toBe(before);
        expectPrototypesUntouched();
        const health = await rawRequest(url, {
          method: 'GET',
          path: '/health',
        });
        expect(health.status).toBe(200);
      },
    );
    try {
      await fc.assert(property, { seed: SEED, numRuns: 2 * RUNS });
    } catch (error) {
      const { message, cause } = error as Error;
      throw new Error(
        `Fuzzing /logistics/events failed with seed ${SEED} (rerun: FUZZ_SEED=${SEED} npx jest test/fuzz)\n${message}\n${cause instanceof Error ? cause.stack : String(cause)}`,
      );
    }
  }, 180_000);
});
