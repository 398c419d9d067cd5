import { type WechatLogisticsModuleOptions } from 'nestjs-wechat-logistics';
import {
  type LoggedRequest,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { clearEmulatorKeepingTokens } from './emulator-state';
import { type TransportName } from './transports';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from './library-app';

export interface EmulatorHarness {
  readonly wechat: WechatEmulator;
  readonly lib: LibraryApp;
}

/**
 * One emulator and one bare library app for the enclosing describe block, with
 * fresh emulator state (orders, faults, request log; tokens kept) for each
 * test. Short timeouts keep fault tests fast.
 */
export function useEmulatorHarness(
  extra: Partial<WechatLogisticsModuleOptions> = {},
  transport: TransportName = 'node:http',
): EmulatorHarness {
  const harness = {} as { wechat: WechatEmulator; lib: LibraryApp };
  beforeAll(async () => {
    harness.wechat = await WechatEmulator.start();
    harness.lib = await startLibraryApp(
      emulatorOptions(harness.wechat, { timeoutMs: 300, ...extra }),
      transport,
    );
  });
  afterAll(async () => {
    await harness.lib?.app.close();
    await harness.wechat?.stop();
  });
  beforeEach(() => clearEmulatorKeepingTokens(harness.wechat));
  return harness;
}

/**
 * A canned WeChat answer for the next request to `path`: HTTP 200 with
 * `{ errcode: 0, errmsg: 'ok', ...body }` (or the given errcode). Faults are
 * applied before the emulator's routing, so this works whatever the emulator
 * itself would answer.
 */
export function cannedReply(
  wechat: WechatEmulator,
  path: string,
  body: Record<string, unknown>,
  errcode?: number,
): void {
  wechat.faults.inject({ path, body, errcode, times: 1 });
}

/**
 * The one request the client sent to `path`, after checking what every call
 * shares: the HTTP method, the token in the query and nothing else there, and
 * a JSON body for POST but no body at all for GET.
 */
export function theOneRequest(
  wechat: WechatEmulator,
  method: 'GET' | 'POST',
  path: string,
): LoggedRequest {
  const sent = wechat.requests.forPath(path);
  expect(sent).toHaveLength(1);
  const [request] = sent;
  expect(request.method).toBe(method);
  expect(Object.keys(request.query)).toEqual(['access_token']);
  expect(wechat.tokens.isValid(request.query.access_token)).toBe(true);
  expect(request.rawBody).not.toContain('access_token');
  if (method === 'POST') {
    expect(request.headers['content-type']).toMatch(/^application\/json/);
  } else {
    expect(request.rawBody).toBe('');
    expect(request.headers['content-type']).toBeUndefined();
  }
  return request;
}
