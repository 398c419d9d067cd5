import { PLATFORMS } from '../support/platforms';
import { type INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { expectPrototypesUntouched } from '../support/prototype-guard';
import { closeRawHttp, rawRequest } from '../support/raw-http';
import { collectUnhandledRejections } from '../support/unhandled-rejections';
import {
  FUZZ_ACCOUNT,
  FUZZ_ORDER,
  FUZZ_ROUTES,
  type FuzzRequest,
} from './fuzz-routes';
import { toJsonText } from './hostile-values';
import { expectValidOnTheWire } from './wire-rules';

/** Fixed, so CI runs the same inputs every time; FUZZ_SEED / FUZZ_RUNS explore further. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260513);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/**
 * Random and adversarial input at every demo route, against a healthy
 * emulator. For every request: no 5xx, the app keeps serving, no prototype is
 * polluted, and nothing invalid ever reaches WeChat — a refusal (4xx without an
 * errcode) sent nothing at all, and whatever was sent passes the library's own
 * DTO again, re-read from the wire.
 */
describe.each(PLATFORMS)('fuzzing the demo routes — on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  let url: string;
  collectUnhandledRejections();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    app = await startDemoApp(emulatorEnv(wechat), false, platform);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    wechat.orders.seed({ ...FUZZ_ORDER });
    // Enough e-waybills that no run ever meets the carrier's "balance too low".
    wechat.accounts.seed({ ...FUZZ_ACCOUNT, quotaNum: 1_000_000 });
  });
  afterAll(async () => {
    closeRawHttp();
    await app?.close();
    await wechat?.stop();
  });

  async function send(request: FuzzRequest) {
    const body = request.body;
    if (body === undefined) {
      return rawRequest(url, { method: request.method, path: request.path });
    }
    const [text, contentType] =
      'json' in body
        ? [toJsonText(body.json), 'application/json']
        : [body.raw, body.contentType];
    return rawRequest(url, {
      method: request.method,
      path: request.path,
      body: text,
      headers: { 'content-type': contentType },
    });
  }

  async function checkOne(request: FuzzRequest): Promise<void> {
    const before = wechat.requests.count();
    const res = await send(request);
    const sent = wechat.requests.all().slice(before);
    const answer = res.body as { errcode?: unknown } | undefined;

    expect({ status: res.status, text: res.text.slice(0, 500) }).toEqual({
      status: expect.any(Number),
      text: expect.any(String),
    });
    expect(res.status).toBeLessThan(500);
    const weChatAnswered =
      res.status < 300 || typeof answer?.errcode === 'number';
    if (!weChatAnswered) {
      // Refused here (validation, 404, 413…): nothing may have gone out.
      expect(sent.filter((r) => r.path !== WECHAT_PATHS.stableToken)).toEqual(
        [],
      );
    }
    for (const logged of sent) expectValidOnTheWire(logged, wechat);
    expectPrototypesUntouched();
    const health = await rawRequest(url, { method: 'GET', path: '/health' });
    expect(health.status).toBe(200);
  }

  it.each(FUZZ_ROUTES.map((r) => [r.route, r] as const))(
    '%s',
    async (_name, route) => {
      try {
        await fc.assert(fc.asyncProperty(route.requests, checkOne), {
          seed: SEED,
          numRuns: RUNS,
        });
      } catch (error) {
        const { message, cause } = error as Error;
        throw new Error(
          `Fuzzing ${route.route} failed with seed ${SEED} (rerun: FUZZ_SEED=${SEED} npx jest test/fuzz)\n${message}\n${cause instanceof Error ? cause.stack : String(cause)}`,
        );
      }
    },
    180_000,
  );
});
