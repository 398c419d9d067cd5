import { STATUS_CODES } from 'node:http';
import { type INestApplication, type LoggerService } from '@nestjs/common';
import { ERRCODE_CATALOGUE } from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from './demo-app';
import { type DemoCall, type DemoRoute, send } from './demo-routes';
import { clearEmulatorState } from './emulator-state';
import { type DemoPlatform } from './platforms';
import { type TransportName, demoTransportEnv } from './transports';
import { collectUnhandledRejections } from './unhandled-rejections';

export interface DemoUnderFaults {
  readonly wechat: WechatEmulator;
  readonly app: INestApplication;
  readonly timeoutMs: number;
  /** The library's default call budget: 3 × timeoutMs. */
  readonly budgetMs: number;
  /** A generous upper bound for any one demo call: the budget plus 1 s of slack. */
  readonly boundMs: number;
}

/**
 * One emulator and one demo app (WECHAT_TIMEOUT_MS = `timeoutMs`) for the
 * enclosing describe block; emulator state (but not its tokens) is cleared
 * before each test, and every test fails on an unhandled rejection.
 */
export function useDemoUnderFaults(
  options: {
    timeoutMs?: number;
    logger?: LoggerService;
    transport?: TransportName;
    platform?: DemoPlatform;
  } = {},
): DemoUnderFaults {
  const timeoutMs = options.timeoutMs ?? 300;
  const suite = {
    timeoutMs,
    budgetMs: 3 * timeoutMs,
    boundMs: 3 * timeoutMs + 1000,
  } as { -readonly [K in keyof DemoUnderFaults]: DemoUnderFaults[K] };
  collectUnhandledRejections();
  beforeAll(async () => {
    suite.wechat = await WechatEmulator.start();
    suite.app = await startDemoApp(
      emulatorEnv(suite.wechat, {
        WECHAT_TIMEOUT_MS: String(timeoutMs),
        ...demoTransportEnv(options.transport ?? 'node:http'),
      }),
      options.logger,
      options.platform,
    );
    // Listening once spares supertest a new ephemeral server per request.
    await suite.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await suite.app?.close();
    await suite.wechat?.stop();
  });
  beforeEach(() => clearEmulatorState(suite.wechat));
  return suite;
}

/** Sends `call` and measures how long the demo took to answer. */
export async function timed(
  suite: DemoUnderFaults,
  call: DemoCall,
): Promise<{ res: request.Response; elapsedMs: number }> {
  const startedAt = Date.now();
  const res = await send(suite.app, call);
  return { res, elapsedMs: Date.now() - startedAt };
}

/**
 * After a fault: the faults are lifted, /health answers, and a fresh, clean
 * call of `route` succeeds (the app kept serving and nothing is stuck).
 */
export async function expectStillServing(
  suite: DemoUnderFaults,
  route: DemoRoute,
): Promise<void> {
  suite.wechat.faults.clear();
  await request(suite.app.getHttpServer())
    .get('/health')
    .expect(200, { status: 'ok' });
  const res = await send(suite.app, route.prepare(suite.wechat));
  expect({ status: res.status, body: res.body as unknown }).toMatchObject({
    status: route.okStatus,
  });
}

/** DESIGN's error body for an errcode: the catalogue's meaning, WeChat's errmsg and its rid. */
export function expectErrcodeBody(
  res: request.Response,
  status: number,
  errcode: number,
  extra: Record<string, unknown> = {},
): void {
  expect({ status: res.status, body: res.body as unknown }).toEqual({
    status,
    body: {
      statusCode: status,
      message: ERRCODE_CATALOGUE.get(errcode)?.meaning ?? expect.any(String),
      error: STATUS_CODES[status],
      errcode,
      errmsg: expect.any(String),
      rid: expect.any(String),
      ...extra,
    },
  });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
}

/** The body of a transport failure: 502 Bad Gateway or 504 Gateway Timeout, no errcode. */
export function expectTransportBody(
  res: request.Response,
  status: 502 | 504,
  message: RegExp = /WeChat/,
): void {
  expect({ status: res.status, body: res.body as unknown }).toEqual({
    status,
    body: {
      statusCode: status,
      message: expect.stringMatching(message),
      error: status === 504 ? 'Gateway Timeout' : 'Bad Gateway',
    },
  });
}

/** No access token the emulator ever issued, and no app secret, in what the demo answered. */
export function expectNoCredentials(
  res: request.Response,
  wechat: WechatEmulator,
): void {
  const text = `${JSON.stringify(res.headers)}\n${res.text}`;
  expect(text).not.toContain(wechat.appSecret);
  for (const logged of wechat.requests.all()) {
    const token = logged.query.access_token;
    if (token) expect(text).not.toContain(token);
  }
}

/** Waits until `ms` have passed since `since` (a delayed emulator handler has run by then). */
export async function waitUntil(since: number, ms: number): Promise<void> {
  const remaining = since + ms - Date.now();
  if (remaining > 0)
    await new Promise((resolve) => setTimeout(resolve, remaining));
}

/** Polls `probe` until it returns true or `withinMs` pass; answers whether it did. */
export async function eventually(
  probe: () => boolean,
  withinMs = 2000,
): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!probe()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
