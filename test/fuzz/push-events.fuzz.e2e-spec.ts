import { type INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { CapturingLogger } from '../support/capturing-logger';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';
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

/**
 * One request on a connection of its own: a server that refuses a request
 * line (431) drops the socket without saying so, and a pooled connection
 * would then fail the next, innocent request instead.
 */
function oneShotRequest(
  baseUrl: string,
  options: {
    method: string;
    path: string;
    body?: string;
    headers: Record<string, string>;
  },
): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(baseUrl);
  const payload =
    options.body === undefined ? undefined : Buffer.from(options.body, 'utf8');
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname,
        port,
        method: options.method,
        path: options.path,
        agent: false,
        headers: {
          ...options.headers,
          ...(payload ? { 'content-length': payload.length } : {}),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** The parameters WeChat signs or the route reads: the ones a parser's arrays and objects reach. */
const SIGNED = [
  'signature',
  'msg_signature',
  'timestamp',
  'nonce',
  'echostr',
  'encrypt_type',
] as const;

/** What can be done to one parameter of a genuine request's query string. */
const queryChange = fc.oneof(
  // Repeated: Express's qs and Fastify both make it an array.
  fc.record({
    kind: fc.constant('repeat' as const),
    key: fc.constantFrom(...SIGNED),
    value: fc.oneof(
      fc.constant(''),
      hostileString.filter((s) => s.length < 2000),
    ),
  }),
  // Bracketed: qs makes it an object (or an array, for `[]` and `[0]`).
  fc.record({
    kind: fc.constant('bracket' as const),
    key: fc.constantFrom(...SIGNED),
    suffix: fc.constantFrom('[]', '[0]', '[x]', '[__proto__]', '[a][b]'),
    value: hostileString.filter((s) => s.length < 2000),
  }),
  fc.record({
    kind: fc.constant('drop' as const),
    key: fc.constantFrom(...SIGNED),
  }),
  fc.record({
    kind: fc.constant('oversize' as const),
    key: fc.constantFrom(...SIGNED),
    // Under Node's 16 KiB header limit: past it the server answers 431 before any route.
    length: fc.constantFrom(513, 2048, 6000),
  }),
  fc.record({
    kind: fc.constant('extra' as const),
    key: hostileKey,
    value: hostileString.filter((s) => s.length < 2000),
  }),
);

type QueryChange = typeof queryChange extends fc.Arbitrary<infer T> ? T : never;

function changeQuery(
  pairs: [string, string][],
  change: QueryChange,
): [string, string][] {
  switch (change.kind) {
    case 'repeat':
      return [...pairs, [change.key, change.value]];
    case 'bracket':
      return [...pairs, [`${change.key}${change.suffix}`, change.value]];
    case 'drop':
      return pairs.filter(([key]) => key !== change.key);
    case 'oversize':
      return [
        ...pairs.filter(([key]) => key !== change.key),
        [change.key, '7'.repeat(change.length)],
      ];
    case 'extra':
      return [...pairs, [change.key, change.value]];
  }
}

/** Headers a client controls, besides the body's own. */
const hostileHeaders = fc.record(
  {
    'content-type': fc.oneof(
      fc.constantFrom(
        'text/xml',
        'application/json',
        'text/xml; charset=utf-8',
        'text/xml; charset=gbk',
        'application/json; charset="utf-8"; charset=latin1',
        'text/xml;;;',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        '',
      ),
      hostileString.map((value) => value.replace(/[^\x20-\x7e]/g, '')),
    ),
    accept: fc.constantFrom('*/*', 'text/html', 'application/json;q=0', ''),
    'x-forwarded-for': fc.constantFrom('127.0.0.1', 'not-an-ip', '::1, ::1'),
    'user-agent': hostileString.map((value) =>
      value.replace(/[^\x20-\x7e]/g, ''),
    ),
  },
  { requiredKeys: ['content-type'] },
);

/**
 * The push route's query string and headers, on both platforms: a genuine
 * signed push or URL verification with its parameters repeated, bracketed,
 * dropped or oversized, and headers a client may send. A malformed query is
 * the sender's doing: never a 5xx, never a stack, nothing above debug.
 */
describe.each(PLATFORMS)(
  "fuzzing the push route's query and headers on %s",
  (platform) => {
    let wechat: WechatEmulator;
    let app: INestApplication;
    let url: string;
    let settings: PushSettings;
    const logger = new CapturingLogger();
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

    const attempt = fc.record({
      method: fc.constantFrom('GET' as const, 'POST' as const),
      format: fc.constantFrom('xml' as const, 'json' as const),
      changes: fc.array(queryChange, { minLength: 1, maxLength: 3 }),
      headers: hostileHeaders,
    });

    it('answers 4xx (never 5xx), logs nothing above debug, and keeps serving', async () => {
      const property = fc.asyncProperty(attempt, async (a) => {
        const push = buildPush(
          settings,
          pathUpdateFields({
            orderId: 'FQ-1',
            waybillId: 'FQ-WB-1',
            version: 1,
          }),
          'safe',
          a.format,
        );
        const base: [string, string][] = Object.entries(push.query);
        if (a.method === 'GET') base.push(['echostr', '1234567890']);
        const pairs = a.changes.reduce(changeQuery, base);
        const query = pairs
          .map(
            ([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`,
          )
          .join('&');
        // Past Node's 16 KiB header limit the server answers 431 before any route (and drops the socket).
        fc.pre(query.length < 8000);
        const startedAt = logger.entries.length;
        const res = await oneShotRequest(url, {
          method: a.method,
          path: `/logistics/events?${query}`,
          body: a.method === 'POST' ? push.body : undefined,
          headers: a.headers,
        });
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
        const loud = logger.entries
          .slice(startedAt)
          .filter((entry) => !['debug', 'verbose'].includes(entry.level));
        expect(loud).toEqual([]);
      });
      try {
        await fc.assert(property, { seed: SEED, numRuns: RUNS });
      } catch (error) {
        const { message, cause } = error as Error;
        throw new Error(
          `Fuzzing the push query on ${platform} failed with seed ${SEED} (rerun: FUZZ_SEED=${SEED} npx jest test/fuzz/push-events)\n${message}\n${cause instanceof Error ? cause.message : String(cause)}`,
        );
      }
      const health = await rawRequest(url, { method: 'GET', path: '/health' });
      expect(health.status).toBe(200);
    }, 180_000);
  },
);
