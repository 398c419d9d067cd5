import {
  type WechatLogisticsClient,
  type WechatLogisticsModuleOptions,
} from 'nestjs-wechat-logistics';
import {
  type LoggedRequest,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { clearEmulatorKeepingTokens } from './emulator-state';
import { type TransportName } from './transports';

/**
 * The library's per-request timeout in the contract suite. Uploads are never
 * retried, so one reply slowed past it by a loaded machine would fail a happy
 * path: long enough that only an injected delay passes it.
 */
export const CONTRACT_TIMEOUT_MS = 1000;
/** An injected delay that is surely past CONTRACT_TIMEOUT_MS. */
export const PAST_TIMEOUT_MS = CONTRACT_TIMEOUT_MS + 600;

/**
 * What the contract suite runs against: the default app's service over each
 * transport, and a second mini program's client (`forApp`), which must send
 * and answer exactly the same, with its own token.
 */
export const CONTRACT_CLIENTS = [
  'node:http',
  'HttpService',
  'forApp(second app) over node:http',
] as const;
export type ContractClient = (typeof CONTRACT_CLIENTS)[number];

/** The second mini program the `forApp` runs call for. */
export const SECOND_APP = {
  appId: 'wx2222222222contract',
  appSecret: 'second-secret',
};
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from './library-app';

export interface EmulatorHarness {
  readonly wechat: WechatEmulator;
  readonly lib: LibraryApp;
  /** The client under test: `lib.service`, or `lib.service.forApp(SECOND_APP.appId)`. */
  readonly client: WechatLogisticsClient;
  /** The app whose token its requests must carry. */
  readonly appId: string;
}

/**
 * One emulator and one bare library app for the enclosing describe block, with
 * fresh emulator state (orders, faults, request log; tokens kept) for each
 * test. Short timeouts keep fault tests fast.
 */
export function useEmulatorHarness(
  extra: Partial<WechatLogisticsModuleOptions> = {},
  subject: ContractClient | TransportName = 'node:http',
): EmulatorHarness {
  const harness = {} as {
    wechat: WechatEmulator;
    lib: LibraryApp;
    client: WechatLogisticsClient;
    appId: string;
  };
  const viaForApp = subject === 'forApp(second app) over node:http';
  beforeAll(async () => {
    harness.wechat = await WechatEmulator.start({ apps: [SECOND_APP] });
    harness.lib = await startLibraryApp(
      emulatorOptions(harness.wechat, {
        timeoutMs: CONTRACT_TIMEOUT_MS,
        apps: [SECOND_APP],
        ...extra,
      }),
      viaForApp ? 'node:http' : subject,
    );
    harness.client = viaForApp
      ? harness.lib.service.forApp(SECOND_APP.appId)
      : harness.lib.service;
    harness.appId = viaForApp ? SECOND_APP.appId : harness.wechat.appId;
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
  forApp?: string,
): LoggedRequest {
  const sent = wechat.requests.forPath(path);
  expect(sent).toHaveLength(1);
  const [request] = sent;
  expect(request.method).toBe(method);
  expect(Object.keys(request.query)).toEqual(['access_token']);
  // The token of the app the call was for (the emulator credits a request to the app that issued its token).
  const appId = request.appId ?? wechat.appId;
  if (forApp !== undefined) expect(appId).toBe(forApp);
  expect(wechat.app(appId).tokens.isValid(request.query.access_token)).toBe(
    true,
  );
  expect(request.rawBody).not.toContain('access_token');
  if (method === 'POST') {
    expect(request.headers['content-type']).toMatch(/^application\/json/);
  } else {
    expect(request.rawBody).toBe('');
    expect(request.headers['content-type']).toBeUndefined();
  }
  return request;
}
