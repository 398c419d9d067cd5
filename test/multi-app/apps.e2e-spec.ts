import {
  WechatApiError,
  WechatAppResolutionError,
  WechatLogisticsHealthIndicator,
  WechatTransportError,
  type WechatAppOptions,
  type WechatLogisticsModuleOptions,
  WechatUnknownAppError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { CapturingLogger } from '../support/capturing-logger';
import { type LibraryApp, startLibraryApp } from '../support/library-app';

const SHOP_A = { appId: 'wxaaaaaaaaaaaaaaa1', appSecret: 'secret-a' };
const SHOP_B = { appId: 'wxbbbbbbbbbbbbbbb2', appSecret: 'secret-b' };
const TENANT = { appId: 'wxcccccccccccccc3', appSecret: 'secret-c' };

/** The stable_token requests the emulator received for `appId`. */
function tokenRequestsFor(wechat: WechatEmulator, appId: string): number {
  return wechat.requests
    .forPath(WECHAT_PATHS.stableToken)
    .filter((request) => request.rawBody.includes(`"appid":"${appId}"`)).length;
}

/** The business calls the emulator credited to `appId` (by the token they carried). */
function callsFor(wechat: WechatEmulator, appId: string): number {
  return wechat.requests
    .forApp(appId)
    .filter((request) => request.path === WECHAT_PATHS.getAllDelivery).length;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('many mini programs in one module', () => {
  let wechat: WechatEmulator;
  let lib: LibraryApp | undefined;

  beforeEach(async () => {
    wechat = await WechatEmulator.start({ apps: [SHOP_B, TENANT] });
  });
  afterEach(async () => {
    await lib?.app.close();
    lib = undefined;
    await wechat.stop();
  });

  async function start(
    options: Partial<WechatLogisticsModuleOptions>,
    logger?: CapturingLogger,
  ): Promise<LibraryApp> {
    lib = await startLibraryApp(
      {
        appId: wechat.appId,
        appSecret: wechat.appSecret,
        apiBaseUrl: wechat.url,
        timeoutMs: 500,
        ...options,
      },
      'node:http',
      logger,
    );
    return lib;
  }

  it('two apps called concurrently on a cold cache: one token fetch each, each call with its own token', async () => {
    // A generous budget: on a loaded machine 100 calls at once can pass 500 ms, and a timed-out
    // call is retried, which would count twice here without saying anything about tokens.
    const { service } = await start({ apps: [SHOP_B], timeoutMs: 5000 });
    const shopB = service.forApp(SHOP_B.appId);
    await Promise.all([
      ...Array.from({ length: 50 }, () => service.getAllDelivery()),
      ...Array.from({ length: 50 }, () => shopB.getAllDelivery()),
    ]);

    expect(wechat.tokens.fetchCount).toBe(1);
    expect(wechat.app(SHOP_B.appId).tokens.fetchCount).toBe(1);
    // A call with the other app's token would be credited to that app.
    expect(callsFor(wechat, wechat.appId)).toBe(50);
    expect(callsFor(wechat, SHOP_B.appId)).toBe(50);
    const tokensOf = (appId: string) =>
      new Set(
        wechat.requests
          .forApp(appId)
          .filter((r) => r.path === WECHAT_PATHS.getAllDelivery)
          .map((r) => r.query.access_token),
      );
    expect(tokensOf(wechat.appId)).toEqual(
      new Set([wechat.tokens.latestToken('stable')]),
    );
    expect(tokensOf(SHOP_B.appId)).toEqual(
      new Set([wechat.app(SHOP_B.appId).tokens.latestToken('stable')]),
    );
  });

  it("one app's token revoked: only that app refreshes, once", async () => {
    const { service } = await start({ apps: [SHOP_B] });
    const shopB = service.forApp(SHOP_B.appId);
    await Promise.all([service.getAllDelivery(), shopB.getAllDelivery()]);
    wechat.app(SHOP_B.appId).tokens.revokeAll();

    await Promise.all([
      ...Array.from({ length: 20 }, () => service.getAllDelivery()),
      ...Array.from({ length: 20 }, () => shopB.getAllDelivery()),
    ]);

    expect(wechat.tokens.fetchCount).toBe(1);
    expect(wechat.app(SHOP_B.appId).tokens.fetchCount).toBe(2);
  });

  it("one app's wrong secret: its calls fail 500 / 40125 with one token request per cool-down, the other's succeed", async () => {
    const { service } = await start({
      apps: [{ ...SHOP_B, appSecret: 'not-the-secret' }],
      tokenFailureCooldownMs: 60_000,
    });
    const shopB = service.forApp(SHOP_B.appId);

    for (let i = 0; i < 5; i += 1) {
      const error = await rejection(shopB.getAllDelivery());
      expect(error).toBeInstanceOf(WechatApiError);
      expect((error as WechatApiError).errcode).toBe(40125);
      expect(toErrorResponse(error as WechatApiError).status).toBe(500);
      await expect(service.getAllDelivery()).resolves.toBeDefined();
    }
    expect(tokenRequestsFor(wechat, SHOP_B.appId)).toBe(1);
    expect(tokenRequestsFor(wechat, wechat.appId)).toBe(1);
    expect(callsFor(wechat, SHOP_B.appId)).toBe(0);
  });

  it('reports readiness per app: the app with the wrong secret is down, the default one up', async () => {
    const { app } = await start({
      apps: [{ ...SHOP_B, appSecret: 'not-the-secret' }],
    });
    const health = app.get(WechatLogisticsHealthIndicator);
    await expect(health.isHealthy('wechat')).resolves.toEqual({
      wechat: { status: 'up' },
    });
    await expect(
      health.isHealthy('shopB', { appId: SHOP_B.appId }),
    ).resolves.toMatchObject({
      shopB: { status: 'down', errcode: 40125 },
    });
    await expect(
      health.isHealthy('nobody', { appId: 'wx-nobody' }),
    ).resolves.toMatchObject({
      nobody: { status: 'down', reason: expect.stringContaining('wx-nobody') },
    });
  });

  it('resolves a tenant once under 100 concurrent first calls, and keeps it', async () => {
    const resolveApp = jest.fn(async (appId: string) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return appId === TENANT.appId ? { ...TENANT } : undefined;
    });
    const { service } = await start({ resolveApp });

    await Promise.all(
      Array.from({ length: 100 }, () =>
        service.forApp(TENANT.appId).getAllDelivery(),
      ),
    );
    await service.forApp(TENANT.appId).getAllDelivery();

    expect(resolveApp).toHaveBeenCalledTimes(1);
    expect(resolveApp).toHaveBeenCalledWith(TENANT.appId);
    expect(wechat.app(TENANT.appId).tokens.fetchCount).toBe(1);
    expect(callsFor(wechat, TENANT.appId)).toBe(101);
  });

  it('retries a failed resolution on the next call instead of caching the failure', async () => {
    const resolveApp = jest
      .fn<Promise<WechatAppOptions | undefined>, [string]>()
      .mockRejectedValueOnce(
        new Error('tenant directory down: password=hunter2'),
      )
      .mockResolvedValue({ ...TENANT });
    const { service } = await start({ resolveApp });
    const tenant = service.forApp(TENANT.appId);

    const error = await rejection(tenant.getAllDelivery());
    expect(error).toBeInstanceOf(WechatAppResolutionError);
    const { status, body } = toErrorResponse(error as WechatAppResolutionError);
    expect(status).toBe(503);
    expect(body.appId).toBe(TENANT.appId);
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(wechat.requests.count()).toBe(0);

    await expect(tenant.getAllDelivery()).resolves.toBeDefined();
    expect(resolveApp).toHaveBeenCalledTimes(2);
  });

  it('refuses resolved options that do not validate, naming the field, logged once as an error, and sends nothing', async () => {
    const logger = new CapturingLogger();
    const { service } = await start(
      {
        resolveApp: async (appId) => ({
          appId,
          appSecret: TENANT.appSecret,
          pushToken: 't',
          push: { mode: 'safe' },
        }),
      },
      logger,
    );
    const error = await rejection(
      service.forApp(TENANT.appId).getAllDelivery(),
    );
    expect(error).toBeInstanceOf(WechatAppResolutionError);
    expect((error as Error).message).toContain(
      `resolveApp("${TENANT.appId}").encodingAesKey`,
    );
    expect(toErrorResponse(error as WechatAppResolutionError).status).toBe(500);
    expect(wechat.requests.count()).toBe(0);
    // The operator's side of the 500: the field to fix.
    expect(logger.messages('error', 'WechatLogistics')).toEqual([
      // Interpolated values are escaped (logFields), so the field's quotes appear as \"
      expect.stringContaining(
        `resolveApp(\\"${TENANT.appId}\\").encodingAesKey`,
      ),
    ]);
  });

  it.each([
    ['not in apps (no resolveApp)', {}],
    ['unknown to resolveApp', { resolveApp: async () => undefined }],
  ])(
    'an unknown appId (%s): refused naming it, answered 404, nothing sent',
    async (_case, extra: Partial<WechatLogisticsModuleOptions>) => {
      const { service } = await start({ apps: [SHOP_B], ...extra });
      const error = await rejection(
        service.forApp('wx-nobody').cancelOrder({
          orderId: 'O-1',
          deliveryId: 'TEST',
          waybillId: 'W-1',
        }),
      );
      expect(error).toBeInstanceOf(WechatUnknownAppError);
      expect((error as Error).message).toContain('"wx-nobody"');
      expect(toErrorResponse(error as WechatUnknownAppError)).toEqual({
        status: 404,
        body: {
          statusCode: 404,
          message:
            'No mini program with appId "wx-nobody" is configured on this server.',
          error: 'Not Found',
          appId: 'wx-nobody',
        },
      });
      expect(wechat.requests.count()).toBe(0);
    },
  );

  it('without a default app, the service itself refuses and forApp works', async () => {
    const { service } = await start({
      appId: undefined,
      appSecret: undefined,
      apps: [SHOP_B],
    });
    const error = await rejection(service.getAllDelivery());
    expect(error).toBeInstanceOf(WechatUnknownAppError);
    expect(toErrorResponse(error as WechatUnknownAppError).status).toBe(500);
    await expect(
      service.forApp(SHOP_B.appId).getAllDelivery(),
    ).resolves.toBeDefined();
    expect(wechat.tokens.fetchCount).toBe(0);
  });

  it('hands accessTokenProvider the appId: a third-party platform serving its merchants', async () => {
    const provider = jest.fn(
      async (appId: string | undefined) =>
        wechat.app(appId as string).tokens.issueStable(false).accessToken,
    );
    const { service } = await start({
      appId: undefined,
      appSecret: undefined,
      accessTokenProvider: provider,
      apps: [{ appId: SHOP_A.appId }, { appId: SHOP_B.appId }],
    });
    wechat.addApp(SHOP_A);
    await service.forApp(SHOP_A.appId).getAllDelivery();
    await service.forApp(SHOP_B.appId).getAllDelivery();

    expect(provider.mock.calls).toEqual([[SHOP_A.appId], [SHOP_B.appId]]);
    expect(callsFor(wechat, SHOP_A.appId)).toBe(1);
    expect(callsFor(wechat, SHOP_B.appId)).toBe(1);
    expect(wechat.requests.forPath(WECHAT_PATHS.stableToken)).toHaveLength(0);
  });

  it('fails a call whose accessTokenProvider never answers at the call budget, saying whose fault it is', async () => {
    const { service } = await start({
      appId: undefined,
      appSecret: undefined,
      accessTokenProvider: () => new Promise<string>(() => undefined),
      callBudgetMs: 300,
      timeoutMs: 200,
    });
    const error = await rejection(service.getAllDelivery());
    expect(error).toBeInstanceOf(WechatTransportError);
    const { status, body } = toErrorResponse(error as WechatTransportError);
    expect(status).toBe(504);
    expect(body.message).toBe(
      "The access token provider (this server's token service) did not answer in time.",
    );
    expect(wechat.requests.count()).toBe(0);
  });

  it('keeps at most maxResolvedApps tenants: the least recently used is resolved again on its next call', async () => {
    const tenants = ['wxt1', 'wxt2', 'wxt3'].map((appId) =>
      wechat.addApp({ appId, appSecret: `${appId}-secret` }),
    );
    const resolveApp = jest.fn(async (appId: string) => ({
      appId,
      appSecret: `${appId}-secret`,
    }));
    const { service } = await start({ resolveApp, maxResolvedApps: 2 });

    for (const { appId } of tenants)
      await service.forApp(appId).getAllDelivery();
    await service.forApp('wxt1').getAllDelivery(); // dropped by wxt3: looked up again
    await service.forApp('wxt3').getAllDelivery(); // still held

    expect(resolveApp.mock.calls.map(([id]) => id)).toEqual([
      'wxt1',
      'wxt2',
      'wxt3',
      'wxt1',
    ]);
    // Rebuilt from the shared cache: its token was not fetched again.
    expect(wechat.app('wxt1').tokens.fetchCount).toBe(1);
  });
});

describe('WeChat Cloud Hosting (open API service)', () => {
  let wechat: WechatEmulator;
  let lib: LibraryApp;

  beforeEach(async () => {
    wechat = await WechatEmulator.start({ apps: [SHOP_B], cloudHosting: true });
    lib = await startLibraryApp({
      cloudHosting: true,
      apiBaseUrl: wechat.url,
      timeoutMs: 500,
      apps: [{ appId: SHOP_B.appId }],
    });
  });
  afterEach(async () => {
    await lib.app.close();
    await wechat.stop();
  });

  it('sends no access_token and fetches none; another mini program is named in from_appid', async () => {
    await lib.service.getAllDelivery();
    await lib.service.forApp(SHOP_B.appId).getAllDelivery();
    await lib.service
      .cancelOrder({
        orderId: 'nobody',
        deliveryId: 'TEST',
        waybillId: 'W-1',
      })
      .catch(() => undefined);

    const sent = wechat.requests.all();
    expect(sent.length).toBe(3);
    for (const request of sent) {
      expect(request.query).not.toHaveProperty('access_token');
      expect(request.path).not.toMatch(/token/);
    }
    expect(sent[0].query).toEqual({});
    expect(sent[0].appId).toBe(wechat.appId);
    expect(sent[1].query).toEqual({ from_appid: SHOP_B.appId });
    expect(sent[1].appId).toBe(SHOP_B.appId);
    expect(wechat.tokens.fetchCount).toBe(0);
  });

  it('answers a missing permission (41001) as the open API service not enabled: no refresh, no retry', async () => {
    wechat.openApi.deny(WECHAT_PATHS.getAllDelivery);

    const error = await rejection(lib.service.getAllDelivery());

    expect(error).toBeInstanceOf(WechatApiError);
    expect((error as WechatApiError).errcode).toBe(41001);
    expect((error as WechatApiError).cloudHostingNotEnabled).toBe(true);
    const { status, body } = toErrorResponse(error as WechatApiError);
    expect(status).toBe(500);
    expect(body.message).toMatch(
      /open API service .* is not enabled for this API or environment/,
    );
    expect(wechat.requests.all()).toHaveLength(1);
  });
});
