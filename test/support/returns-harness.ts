import {
  type AddReturnIdDto,
  type LegacyAddReturnIdDto,
  type WechatLogisticsModuleOptions,
  type WechatReturnClient,
  WechatReturnService,
} from 'nestjs-wechat-logistics';
import {
  type LoggedRequest,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import {
  CONTRACT_TIMEOUT_MS,
  type ContractClient,
  SECOND_APP,
} from './contract-harness';
import { clearEmulatorKeepingTokens } from './emulator-state';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from './library-app';

/** The pay id the reference-shaped inputs name, insured in every app before each test. */
export const INSURED_PAY_ID = '4200000000202311150000000001';

export interface ReturnsEmulator {
  readonly wechat: WechatEmulator;
}

/**
 * One emulator for a whole file (with the second mini program), and fresh
 * state before each test: orders, faults, the request log, every app's
 * returns and plugin applications; issued tokens are kept. Each app has
 * INSURED_PAY_ID insured.
 */
export function useReturnsEmulator(): ReturnsEmulator {
  const shared = {} as { wechat: WechatEmulator };
  beforeAll(async () => {
    shared.wechat = await WechatEmulator.start({ apps: [SECOND_APP] });
  });
  afterAll(() => shared.wechat?.stop());
  beforeEach(() => {
    clearEmulatorKeepingTokens(shared.wechat);
    for (const appId of [shared.wechat.appId, SECOND_APP.appId]) {
      const app = shared.wechat.app(appId);
      app.returns.reset();
      app.plugins.reset();
      app.returns.insure(INSURED_PAY_ID);
    }
  });
  return shared;
}

export interface ReturnsClient {
  readonly lib: LibraryApp;
  /** `WechatReturnService`, or its `forApp(SECOND_APP.appId)`. */
  readonly returns: WechatReturnClient;
  /** The app whose token its requests carry. */
  readonly appId: string;
}

/**
 * A library app on the file's emulator for the enclosing describe block,
 * and its return client: the default app's service over `node:http` or
 * `HttpService`, or another app's `forApp` (CONTRACT_CLIENTS).
 */
export function useReturnsClient(
  shared: ReturnsEmulator,
  subject: ContractClient = 'node:http',
  extra: (
    wechat: WechatEmulator,
  ) => Partial<WechatLogisticsModuleOptions> = () => ({}),
): ReturnsClient {
  const client = {} as {
    lib: LibraryApp;
    returns: WechatReturnClient;
    appId: string;
  };
  const viaForApp = subject === 'forApp(second app) over node:http';
  beforeAll(async () => {
    const { wechat } = shared;
    client.lib = await startLibraryApp(
      emulatorOptions(wechat, {
        timeoutMs: CONTRACT_TIMEOUT_MS,
        apps: [SECOND_APP],
        ...extra(wechat),
      }),
      viaForApp ? 'node:http' : subject,
    );
    const service = client.lib.app.get(WechatReturnService);
    client.returns = viaForApp ? service.forApp(SECOND_APP.appId) : service;
    client.appId = viaForApp ? SECOND_APP.appId : wechat.appId;
  });
  afterAll(() => client.lib?.app.close());
  return client;
}

/**
 * The one request sent to `path`: POST, the app's valid token as the only
 * query parameter and never in the body, a JSON body.
 */
export function theOneReturnsRequest(
  wechat: WechatEmulator,
  client: ReturnsClient,
  path: string,
): LoggedRequest {
  const sent = wechat.requests.forPath(path);
  expect(sent).toHaveLength(1);
  const [request] = sent;
  expect(request.method).toBe('POST');
  expect(Object.keys(request.query)).toEqual(['access_token']);
  expect(
    wechat.app(client.appId).tokens.isValid(request.query.access_token),
  ).toBe(true);
  expect(request.rawBody).not.toContain('access_token');
  expect(request.headers['content-type']).toMatch(/^application\/json/);
  return request;
}

/** addReturnId's input shaped like the reference's example (§5.1): one contact method, no user address. */
export function referenceAddInput(): AddReturnIdDto {
  return {
    shopOrderId: 'RET-20260101-0001',
    bizAddr: {
      name: '张三',
      mobile: '13800138000',
      country: '中国',
      province: '广东省',
      city: '广州市',
      area: '海珠区',
      address: 'TIT创意园1栋',
    },
    openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    orderPath: 'pages/return/detail?id=RET-1',
    goodsList: [{ name: '咖啡豆', url: 'https://example.com/coffee.png' }],
    orderPrice: 1,
    wxPayId: INSURED_PAY_ID,
  };
}

/** The same without wxPayId, for the legacy add. */
export function legacyAddInput(): LegacyAddReturnIdDto {
  const input: Partial<AddReturnIdDto> = referenceAddInput();
  delete input.wxPayId;
  return input as LegacyAddReturnIdDto;
}
