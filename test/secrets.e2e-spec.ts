import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRANSPORTS, demoTransportEnv } from './support/transports';
import { type INestApplication } from '@nestjs/common';
import {
  type EmulatorFault,
  WECHAT_PATHS,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { CapturingLogger } from './support/capturing-logger';
import {
  gzStore,
  makeSecurityKeys,
  quoteOf,
  sandboxOrder,
  secureBothSides,
} from './support/intracity-harness';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { DEMO_ROUTES, send } from './support/demo-routes';
import { buildPush, pathUpdateFields } from './support/push-request';
import { ORDER_BODY as LOCAL_ORDER } from './local-delivery/local-delivery-route-fixtures';

const SECRET = 'Sup3r-Secret-App-Key-9f8e7d';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const CONSOLE_METHODS: ConsoleMethod[] = [
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
];

/**
 * Everything written to stdout/stderr, or through `console`, while `run`
 * executes, besides what the logger gets.
 */
async function captureOutput(run: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const original = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  const originalConsole = CONSOLE_METHODS.map((method) => console[method]);
  const keep = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  process.stdout.write = keep;
  process.stderr.write = keep;
  for (const method of CONSOLE_METHODS) {
    console[method] = (...parts: unknown[]) =>
      void chunks.push(parts.map((part) => String(part)).join(' '));
  }
  try {
    await run();
  } finally {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
    CONSOLE_METHODS.forEach(
      (method, i) => (console[method] = originalConsole[i]),
    );
  }
  return chunks.join('');
}

describe.each(TRANSPORTS)('secrets stay secret — over %s', (transport) => {
  it('neither the app secret nor any access token appears in logs or responses, on success or failure', async () => {
    const wechat = await WechatEmulator.start({ appSecret: SECRET });
    const logger = new CapturingLogger();
    const responses: string[] = [];
    const keep = (res: request.Response) =>
      responses.push(
        JSON.stringify({
          headers: res.headers,
          body: res.body,
          text: res.text,
        }),
      );

    const output = await captureOutput(async () => {
      const app: INestApplication = await startDemoApp(
        emulatorEnv(wechat, demoTransportEnv(transport)),
        logger,
      );
      const cancel = (orderId: string, body: object) =>
        request(app.getHttpServer())
          .post(`/logistics/orders/${orderId}/cancel`)
          .send(body)
          .then(keep);
      try {
        wechat.orders.seed({
          orderId: 'S1',
          deliveryId: 'TEST',
          waybillId: 'W1',
        });
        await cancel('S1', { deliveryId: 'TEST', waybillId: 'W1' });
        wechat.tokens.revokeAll(); // forces a rejected token and a refresh
        wechat.orders.seed({
          orderId: 'S2',
          deliveryId: 'TEST',
          waybillId: 'W2',
        });
        await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' });
        await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' }); // 409
        await cancel('S3', { deliveryId: 'TEST' }); // 400
        for (const fault of [
          { reset: true },
          { httpStatus: 500 },
          { malformedJson: true },
          { errcode: -1 },
          { errcode: 40001 },
        ]) {
          wechat.faults.inject({
            path: WECHAT_PATHS.cancelOrder,
            times: 10,
            ...fault,
          });
          await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' });
          wechat.faults.clear();
        }
        wechat.faults.inject({
          path: WECHAT_PATHS.cancelOrder,
          hang: true,
          times: 1,
        });
        await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' }); // 504
      } finally {
        await app.close();
      }
      // A wrong secret: the token endpoint's error must not echo what we sent.
      const wrong = await startDemoApp(
        emulatorEnv(wechat, {
          ...demoTransportEnv(transport),
          WECHAT_APP_SECRET: `${SECRET}-wrong`,
        }),
        logger,
      );
      await request(wrong.getHttpServer())
        .post('/logistics/orders/X/cancel')
        .send({ deliveryId: 'TEST', waybillId: 'W' })
        .then(keep);
      await wrong.close();
    });

    const tokens = new Set(
      wechat.requests
        .all()
        .map((r) => r.query.access_token)
        .filter((t): t is string => !!t),
    );
    expect(tokens.size).toBeGreaterThanOrEqual(2);
    expect(
      logger.lines.some((line) => line.includes('logistics.cancelOrder')),
    ).toBe(true); // the logger did see the calls
    const everything = [logger.text(), output, ...responses].join('\n');
    expect(everything).not.toContain(SECRET);
    for (const token of tokens) expect(everything).not.toContain(token);
    await wechat.stop();
  });
});

/** Distinct enough that any occurrence in the output is the secret itself. */
const PASSWORD = 'Carrier-Pa55word-7c1e40';
// Shares no 8 characters with an option's name: a WARN naming the `pushToken` option (a
// misconfigured push) would otherwise look like a leaked fragment of the token itself.
const PUSH_TOKEN = 'PtkSecret5b2d9Qw7e';
const AES_KEY = 'AesKeySecretQ7w3Xz9Lm2Np5Rt8Vb1Cd4Fg6Hj0KkW';
/** A 即时配送 carrier account's AppSecret (LOCAL_DELIVERY_SHOP_SECRETS): only its SHA1 sign may leave. */
const SHOP_SECRET = 'LdShopKey-x9Q2w7Zr5';
const LOCAL_SHOP = 'shop-secret-test';
/** Bound at the carrier with another secret: the carrier refuses the sign. */
const WRONG_SHOP = 'shop-wrong-secret';

describe.each(TRANSPORTS)(
  'secrets stay secret through a full run of the demo — over %s',
  (transport) => {
    it('no secret, token, carrier password or push key appears in any log level, stdout, stderr, console or response', async () => {
      expect(AES_KEY).toHaveLength(43);
      const wechat = await WechatEmulator.start({ appSecret: SECRET });
      const logger = new CapturingLogger();
      const responses: string[] = [];
      /** What the demo answered: status, headers and body (not the request, which holds the secrets we sent). */
      const keep = <
        T extends { status: number; headers: object; text: string },
      >(
        res: T,
      ): T => {
        responses.push(
          JSON.stringify({
            status: res.status,
            headers: res.headers,
            text: res.text,
          }),
        );
        return res;
      };

      const output = await captureOutput(async () => {
        const app = await startDemoApp(
          emulatorEnv(wechat, {
            ...demoTransportEnv(transport),
            WECHAT_TIMEOUT_MS: '300',
            WECHAT_PUSH_TOKEN: PUSH_TOKEN,
            WECHAT_PUSH_AES_KEY: AES_KEY,
            LOCAL_DELIVERY_SHOP_SECRETS: JSON.stringify({
              [LOCAL_SHOP]: SHOP_SECRET,
              [WRONG_SHOP]: SHOP_SECRET,
            }),
          }),
          logger,
        );
        await app.listen(0, '127.0.0.1');
        const url = await app.getUrl();
        wechat.configurePush({
          url: `${url}/logistics/events`,
          token: PUSH_TOKEN,
          encodingAesKey: AES_KEY,
          mode: 'safe',
          format: 'xml',
        });
        const http = () => request(url);
        const bind = (body: object | string) =>
          http()
            .post('/logistics/accounts/bind')
            .set('content-type', 'application/json')
            .send(typeof body === 'string' ? body : JSON.stringify(body))
            .then(keep);
        const withFault = async (
          fault: EmulatorFault,
          run: () => Promise<unknown>,
        ) => {
          wechat.faults.inject(fault);
          await run();
          wechat.faults.clear();
        };
        try {
          // Every route, clean.
          for (const route of DEMO_ROUTES) {
            await send(app, route.prepare(wechat)).then(keep);
          }
          // A path update pushed to the demo (signed, encrypted), then read back.
          const tracked = DEMO_ROUTES.find(
            (r) => r.name === 'testUpdateOrder',
          )!;
          const call = tracked.prepare(wechat);
          await send(app, call).then(keep);
          await wechat.pushes.settled();
          expect(wechat.pushes.all().some((p) => p.delivered)).toBe(true);
          await http()
            .get(
              call.url.replace(
                /\/test\/orders\/(.*)\/update$/,
                '/orders/$1/events',
              ),
            )
            .then(keep);
          // URL verification, a forged push, a push sealed with another key.
          const settings = {
            token: PUSH_TOKEN,
            encodingAesKey: AES_KEY,
            appId: wechat.appId,
          };
          const verify = buildPush(settings, {}, 'plain', 'xml');
          await http()
            .get('/logistics/events')
            .query({ ...verify.query, echostr: 'echo-1' })
            .then(keep);
          await http()
            .get('/logistics/events')
            .query({ ...verify.query, signature: 'forged', echostr: 'x' })
            .then(keep);
          const fields = pathUpdateFields({
            orderId: 'P-1',
            waybillId: 'W-1',
            version: 1,
          });
          for (const push of [
            buildPush(settings, fields, 'safe', 'xml'),
            buildPush(settings, fields, 'safe', 'json'),
            buildPush(
              { ...settings, encodingAesKey: 'Z'.repeat(43) },
              fields,
              'safe',
              'xml',
            ),
            buildPush(
              { ...settings, token: 'wrong-token' },
              fields,
              'safe',
              'xml',
            ),
            buildPush(settings, fields, 'plain', 'xml'),
          ]) {
            await http()
              .post('/logistics/events')
              .query(push.query)
              .set('content-type', push.contentType)
              .send(push.body)
              .then(keep);
          }

          // bindAccount with the carrier password: bound, refused, invalid, malformed, faulted.
          await bind({
            type: 'bind',
            bizId: 'PW-1',
            deliveryId: 'YTO',
            password: PASSWORD,
          });
          wechat.accounts.rejectPassword('PW-2');
          await bind({
            type: 'bind',
            bizId: 'PW-2',
            deliveryId: 'YTO',
            password: PASSWORD,
          });
          await bind({ type: 'bind', deliveryId: 'YTO', password: PASSWORD });
          await bind({
            type: 'bind',
            bizId: 'PW-3',
            deliveryId: 'YTO',
            password: PASSWORD,
            extra: PASSWORD,
          });
          await bind({
            type: 'bind',
            bizId: 'PW-3',
            deliveryId: 'YTO',
            password: [PASSWORD],
          });
          await bind(
            `{"type":"bind","bizId":"PW-4","deliveryId":"YTO","password":${PASSWORD}}`,
          );
          await bind(`{"password":"${PASSWORD}",}`);
          for (const fault of [
            { errcode: -1 },
            { reset: true },
            { httpStatus: 502 },
            { malformedJson: true },
            { hang: true },
            { errcode: 9300531, errmsg: 'invalid biz_id or password' },
          ]) {
            await withFault({ path: WECHAT_PATHS.bindAccount, ...fault }, () =>
              bind({
                type: 'bind',
                bizId: 'PW-5',
                deliveryId: 'YTO',
                password: PASSWORD,
              }),
            );
          }

          // 即时配送 with a configured shop secret: signed calls that succeed, a
          // sign the carrier refuses, faults, a shop without a secret, bad input.
          for (const [shopId, secret] of [
            [LOCAL_SHOP, SHOP_SECRET],
            [WRONG_SHOP, 'carrier-side-other-secret'],
          ])
            wechat.localDelivery.bindShop({
              shopId,
              deliveryId: 'SFTC',
              secret,
              shopNos: [LOCAL_ORDER.shopNo],
            });
          const local = (shopId: string, shopOrderId: string) => ({
            ...LOCAL_ORDER,
            shopId,
            shopOrderId,
          });
          const quoted = await http()
            .post('/local-delivery/orders/quote')
            .send(local(LOCAL_SHOP, 'SEC-L-1'))
            .then(keep);
          expect(quoted.status).toBe(200);
          const placed = await http()
            .post('/local-delivery/orders')
            .send(local(LOCAL_SHOP, 'SEC-L-1'))
            .then(keep);
          expect(placed.status).toBe(201);
          await http()
            .get('/local-delivery/orders/SEC-L-1')
            .query({ shopId: LOCAL_SHOP })
            .then(keep);
          const refused = await http()
            .post('/local-delivery/orders')
            .send(local(WRONG_SHOP, 'SEC-L-2'))
            .then(keep);
          expect(refused.status).toBe(502);
          const missing = await http()
            .post('/local-delivery/orders/quote')
            .send(local('shop-not-configured', 'SEC-L-3'))
            .then(keep);
          expect(missing.status).toBe(500);
          await http()
            .post('/local-delivery/orders/quote')
            .send({
              ...local(LOCAL_SHOP, 'SEC-L-4'),
              deliverySign: SHOP_SECRET,
            })
            .then(keep);
          for (const fault of [
            { errcode: -1 },
            { reset: true },
            { httpStatus: 502 },
            { hang: true },
          ])
            await withFault(
              { path: WECHAT_PATHS.localPreAddOrder, ...fault },
              () =>
                http()
                  .post('/local-delivery/orders/quote')
                  .send(local(LOCAL_SHOP, 'SEC-L-5'))
                  .then(keep),
            );
          await wechat.pushes.settled();

          // Faults on every other route, a token refresh, and the token endpoint down.
          for (const route of DEMO_ROUTES) {
            for (const fault of [
              { reset: true },
              { httpStatus: 500 },
              { errcode: -1 },
              { errcode: 40001 },
            ]) {
              await withFault({ path: route.wechatPath, ...fault }, () =>
                send(app, route.prepare(wechat)).then(keep),
              );
            }
          }
          wechat.tokens.revokeAll();
          await send(app, DEMO_ROUTES[0].prepare(wechat)).then(keep);
          wechat.tokens.revokeAll();
          await withFault({ path: WECHAT_PATHS.stableToken, reset: true }, () =>
            send(app, DEMO_ROUTES[1].prepare(wechat)).then(keep),
          );
          await send(app, DEMO_ROUTES[1].prepare(wechat)).then(keep);
          // Validation errors on every route.
          for (const route of DEMO_ROUTES) {
            const { method, url: path } = route.prepare(wechat);
            await (
              method === 'GET'
                ? http().get(`${path.split('?')[0]}?unexpected=${PASSWORD}`)
                : http().post(path).send({ unexpected: PASSWORD })
            ).then(keep);
          }
        } finally {
          await app.close();
        }
        // A wrong secret: the token endpoint's error must not echo what was sent.
        const wrong = await startDemoApp(
          emulatorEnv(wechat, {
            ...demoTransportEnv(transport),
            WECHAT_APP_SECRET: `${SECRET}-wrong`,
          }),
          logger,
        );
        await request(wrong.getHttpServer())
          .get('/logistics/deliveries')
          .then(keep);
        await wrong.close();
      });

      // The run did exercise what it claims to.
      for (const route of DEMO_ROUTES) {
        expect(wechat.requests.count(route.wechatPath)).toBeGreaterThan(0);
      }
      expect(
        logger.messages('debug', 'WechatLogistics').length,
      ).toBeGreaterThan(50);
      expect(
        logger.messages('error', 'WechatLogistics').length,
      ).toBeGreaterThan(10);
      // The shop's secret signed the calls, and only its SHA1 was sent.
      expect(
        wechat.requests
          .forPath(WECHAT_PATHS.localAddOrder)
          .some((r) => r.rawBody.includes('"delivery_sign":')),
      ).toBe(true);
      const bound = wechat.requests.forPath(WECHAT_PATHS.bindAccount);
      expect(bound.some((r) => r.rawBody.includes(PASSWORD))).toBe(true);

      const tokens = new Set(
        [
          ...wechat.requests.all().map((r) => r.query.access_token),
          wechat.tokens.latestToken('stable'),
        ].filter((t): t is string => !!t),
      );
      expect(tokens.size).toBeGreaterThanOrEqual(3);
      const everything = [logger.text(), output, ...responses].join('\n');
      const secrets: [string, string][] = [
        ['the app secret', SECRET],
        ['the carrier password', PASSWORD],
        ['the push token', PUSH_TOKEN],
        ['the push AES key', AES_KEY],
        ['a 即时配送 shop secret', SHOP_SECRET],
        ...[...tokens].map((token): [string, string] => [
          'an access token',
          token,
        ]),
      ];
      // A fragment counts too (error messages quote excerpts): any 8 characters
      // in a row of the chosen secrets, any 12 of the random tokens.
      for (const [what, secret] of secrets) {
        const width = what === 'an access token' ? 12 : 8;
        for (let start = 0; start + width <= secret.length; start += 1) {
          const at = everything.indexOf(secret.slice(start, start + width));
          expect({
            what,
            found:
              at === -1
                ? undefined
                : everything.slice(Math.max(0, at - 200), at + 50),
          }).toEqual({ what, found: undefined });
        }
      }
      await wechat.stop();
    }, 60_000);
  },
);

/**
 * API security (同城配送) configured from key files: a whole sandbox order,
 * a reply tampered and one signed by a certificate the demo does not trust,
 * WeChat's 40234, a forged callback, with debug logging on: neither the
 * symmetric key, nor the private key, nor any signature (the demo's or the
 * emulator's), nor a sealed body appears in logs, output or responses.
 */
describe.each(TRANSPORTS)(
  'API security keys stay secret — over %s',
  (transport) => {
    it('no symmetric key, private key, signature or sealed body in any log level, output or response', async () => {
      const wechat = await WechatEmulator.start({ appSecret: SECRET });
      const keys = makeSecurityKeys();
      secureBothSides(wechat, wechat.appId, keys);
      const dir = mkdtempSync(join(tmpdir(), 'demo-secrets-'));
      const keyFile = join(dir, 'app.key');
      const certFile = join(dir, 'platform.pem');
      writeFileSync(keyFile, keys.privateKey);
      writeFileSync(certFile, wechat.apiSecurity.platform.certificatePem);
      const logger = new CapturingLogger();
      const responses: string[] = [];
      const keep = (res: request.Response) => {
        responses.push(
          JSON.stringify({
            status: res.status,
            headers: res.headers,
            text: res.text,
          }),
        );
        return res;
      };
      const output = await captureOutput(async () => {
        const app = await startDemoApp(
          emulatorEnv(wechat, {
            ...demoTransportEnv(transport),
            WECHAT_TIMEOUT_MS: '2000',
            LOG_LEVEL: 'debug',
            WECHAT_PUSH_TOKEN: PUSH_TOKEN,
            WECHAT_API_AES_KEY: keys.aesKey,
            WECHAT_API_AES_SN: keys.aesSn,
            WECHAT_API_PRIVATE_KEY_FILE: keyFile,
            WECHAT_API_RSA_SN: keys.rsaSn,
            WECHAT_API_PLATFORM_CERTS: `${wechat.apiSecurity.platform.sn}=${certFile}`,
          }),
          logger,
        );
        await app.listen(0, '127.0.0.1');
        const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
        wechat.intracity.setCallbackToken(PUSH_TOKEN);
        const http = () => request(url);
        try {
          await http().post('/intracity/apply').then(keep);
          const store = await http()
            .post('/intracity/stores')
            .send(gzStore('SECRET-STORE'))
            .then(keep);
          const wxStoreId = store.body.wxStoreId as string;
          const order = sandboxOrder(
            wxStoreId,
            'SECRET-ORDER',
            `${url}/intracity/callback`,
          );
          await http()
            .post('/intracity/orders/quote')
            .send(quoteOf(order))
            .then(keep);
          const added = await http()
            .post('/intracity/orders')
            .send(order)
            .then(keep);
          const wxOrderId = added.body.wxOrderId as string;
          for (const orderStatus of [30000, 70000])
            await http()
              .post(`/intracity/test/orders/${wxOrderId}/status`)
              .send({ orderStatus })
              .then(keep);
          await wechat.intracity.callbacksSettled();
          for (const tamper of ['body', 'signature', 'serial'] as const) {
            wechat.apiSecurity.tamperNextReply(tamper);
            await http().get(`/intracity/orders/${wxOrderId}`).then(keep);
          }
          wechat.faults.inject({
            path: WECHAT_PATHS.intracityQueryOrder,
            errcode: 40234,
            times: 1,
          });
          await http().get(`/intracity/orders/${wxOrderId}`).then(keep);
          const [callback] = wechat.intracity.callbackLogNow();
          await http()
            .post('/intracity/callback')
            .set('content-type', 'application/json')
            .send(
              JSON.stringify({
                ...callback.attempts[0].body,
                sign: '0'.repeat(32),
              }),
            )
            .then(keep);
          await http().get('/tracking/intracity-orders').then(keep);
        } finally {
          await app.close();
          rmSync(dir, { recursive: true, force: true });
        }
      });

      // The run did exercise what it claims to: sealed calls, refused replies, believed callbacks.
      const sealed = wechat.requests
        .all()
        .filter((r) => r.path.startsWith('/cgi-bin/express/intracity/'));
      const signatures = sealed
        .map((r) => r.headers['wechatmp-signature'])
        .filter((s): s is string => typeof s === 'string');
      expect(signatures.length).toBeGreaterThanOrEqual(8);
      const envelopes = sealed
        .map((r) => (r.body as { data?: unknown }).data)
        .filter((d): d is string => typeof d === 'string');
      expect(envelopes.length).toBe(signatures.length);
      const statuses = responses.map(
        (r) => (JSON.parse(r) as { status: number }).status,
      );
      expect(statuses.filter((s) => s === 502)).toHaveLength(3);
      expect(statuses).toContain(401);
      const delivered = (
        await wechat.intracity.callbacks(
          wechat.intracity.callbackLogNow()[0].wxOrderId,
        )
      ).filter((c) => c.delivered);
      expect(delivered).toHaveLength(3);
      expect(
        logger.messages('debug', 'WechatLogistics').length,
      ).toBeGreaterThan(8);

      const everything = [logger.text(), output, ...responses].join('\n');
      const privateKeyBody = keys.privateKey
        .split('\n')
        .filter((line) => line && !line.startsWith('-----'))
        .join('');
      const secrets: [string, string, number][] = [
        ['the symmetric key', keys.aesKey, 8],
        [
          'the symmetric key (hex)',
          Buffer.from(keys.aesKey, 'base64').toString('hex'),
          12,
        ],
        ['the private key', privateKeyBody, 12],
        ['the push token', PUSH_TOKEN, 8],
        ...signatures.map((s): [string, string, number] => [
          'a signature',
          s,
          16,
        ]),
        ...envelopes.map((d): [string, string, number] => [
          'a sealed body',
          d,
          16,
        ]),
      ];
      for (const [what, secret, width] of secrets) {
        // Stepping by a quarter width still catches any excerpt at least 1.25 widths long.
        const step = Math.max(1, Math.floor(width / 4));
        for (let start = 0; start + width <= secret.length; start += step) {
          const at = everything.indexOf(secret.slice(start, start + width));
          expect({
            what,
            found:
              at === -1
                ? undefined
                : everything.slice(Math.max(0, at - 200), at + 50),
          }).toEqual({ what, found: undefined });
        }
      }
      await wechat.stop();
    }, 60_000);
  },
);
