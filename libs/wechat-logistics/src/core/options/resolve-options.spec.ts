import { type WechatLogisticsModuleOptions } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { InMemoryTokenLock } from '../token/in-memory-token-lock';
import { resolveAppOptions } from './resolve-app-options';
import { resolveOptions } from './resolve-options';

const valid: WechatLogisticsModuleOptions = {
  appId: 'wx123',
  appSecret: 's3cret',
};

describe('resolveOptions', () => {
  it('fills in every default', () => {
    const defaultApp = {
      appId: 'wx123',
      credentials: { kind: 'secret', appSecret: 's3cret' },
      push: undefined,
      isDefault: true,
    };
    expect(resolveOptions(valid)).toEqual({
      defaultApp,
      apps: new Map([['wx123', defaultApp]]),
      resolveApp: undefined,
      maxResolvedApps: 1000,
      cloudHosting: false,
      apiBaseUrl: 'https://api.weixin.qq.com',
      timeoutMs: 5000,
      callBudgetMs: 15000,
      tokenEndpoint: 'stable',
      accessTokenProvider: undefined,
      tokenExpiryMarginSeconds: 300,
      tokenFailureCooldownMs: 30000,
      tokenLock: undefined,
      tokenStoreTimeoutMs: 250,
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 },
      maxSockets: 50,
      httpService: undefined,
    });
  });

  it('accepts a token provider instead of credentials', () => {
    const provider = () => Promise.resolve('token');
    expect(
      resolveOptions({ accessTokenProvider: provider }).defaultApp,
    ).toEqual({
      appId: undefined,
      credentials: { kind: 'provider', provider },
      push: undefined,
      isDefault: true,
    });
  });

  it('resolves apps beside the default one, each with its own credentials and push settings', () => {
    const provider = () => Promise.resolve('token');
    const resolved = resolveOptions({
      ...valid,
      accessTokenProvider: undefined,
      apps: [
        { appId: 'wxB', appSecret: 'b', pushToken: 'tb' },
        { appId: 'wxC', accessTokenProvider: provider },
      ],
    });
    expect([...resolved.apps.keys()]).toEqual(['wx123', 'wxB', 'wxC']);
    expect(resolved.apps.get('wxB')).toMatchObject({
      credentials: { kind: 'secret', appSecret: 'b' },
      push: { token: 'tb', mode: 'plain' },
      isDefault: false,
    });
    expect(resolved.apps.get('wxC')?.credentials).toEqual({
      kind: 'provider',
      provider,
    });
  });

  it('serves tenants without credentials from the module-level provider, with no default app of its own', () => {
    const provider = () => Promise.resolve('token');
    const resolveApp = () => Promise.resolve(undefined);
    const resolved = resolveOptions({
      accessTokenProvider: provider,
      resolveApp,
      apps: [{ appId: 'wxB' }],
    });
    expect(resolved.defaultApp).toBeUndefined();
    expect(resolved.resolveApp).toBe(resolveApp);
    expect(resolved.apps.get('wxB')?.credentials).toEqual({
      kind: 'provider',
      provider,
    });
  });

  it('needs no secret under Cloud Hosting, and defaults to its plain-HTTP endpoint', () => {
    const resolved = resolveOptions({
      cloudHosting: true,
      apps: [{ appId: 'wxB' }],
    });
    expect(resolved.apiBaseUrl).toBe('http://api.weixin.qq.com');
    expect(resolved.defaultApp).toEqual({
      appId: undefined,
      credentials: { kind: 'cloud-hosting' },
      push: undefined,
      isDefault: true,
    });
    expect(resolved.apps.get('wxB')?.credentials).toEqual({
      kind: 'cloud-hosting',
    });
  });

  it('takes a token lock that implements WechatTokenLock', () => {
    const tokenLock = new InMemoryTokenLock();
    expect(resolveOptions({ ...valid, tokenLock }).tokenLock).toBe(tokenLock);
  });

  it("takes @nestjs/axios's HttpService (anything with axiosRef.request)", async () => {
    const { HttpService } = await import('@nestjs/axios');
    const httpService = new HttpService();
    expect(resolveOptions({ ...valid, httpService }).httpService).toBe(
      httpService,
    );
  });

  it('drops a trailing slash of the base URL and keeps a gateway path prefix', () => {
    expect(
      resolveOptions({
        ...valid,
        apiBaseUrl: 'http://gateway.local:8080/wechat/',
      }).apiBaseUrl,
    ).toBe('http://gateway.local:8080/wechat');
  });

  it.each<[string, WechatLogisticsModuleOptions]>([
    ['appId', { appSecret: 'x' }],
    ['appSecret', { appId: 'wx1' }],
    ['appSecret', { appId: 'wx1', appSecret: '   ' }],
    ['apiBaseUrl', { ...valid, apiBaseUrl: 'not a url' }],
    ['apiBaseUrl', { ...valid, apiBaseUrl: 'ftp://example.com' }],
    [
      'apiBaseUrl',
      { ...valid, apiBaseUrl: 'https://example.com/?access_token=x' },
    ],
    ['timeoutMs', { ...valid, timeoutMs: 0 }],
    ['timeoutMs', { ...valid, timeoutMs: -5 }],
    ['timeoutMs', { ...valid, timeoutMs: Number.NaN }],
    ['callBudgetMs', { ...valid, callBudgetMs: 0 }],
    ['tokenEndpoint', { ...valid, tokenEndpoint: 'fast' as never }],
    ['accessTokenProvider', { accessTokenProvider: 'token' as never }],
    ['retry.maxAttempts', { ...valid, retry: { maxAttempts: 1.5 } }],
    ['retry.baseDelayMs', { ...valid, retry: { baseDelayMs: -1 } }],
    ['maxSockets', { ...valid, maxSockets: 0 }],
    ['tokenExpiryMarginSeconds', { ...valid, tokenExpiryMarginSeconds: -1 }],
    ['tokenFailureCooldownMs', { ...valid, tokenFailureCooldownMs: 0 }],
    ['tokenStoreTimeoutMs', { ...valid, tokenStoreTimeoutMs: -1 }],
    ['tokenLock', { ...valid, tokenLock: 'redis' as never }],
    ['httpService', { ...valid, httpService: {} as never }],
    ['httpService', { ...valid, httpService: { axiosRef: {} } as never }],
    ['tokenLock', { ...valid, tokenLock: { tryAcquire: () => 1 } as never }],
    ['appId', {}],
    ['apps', { ...valid, apps: {} as never }],
    ['apps[0].appId', { ...valid, apps: [{ appSecret: 'b' } as never] }],
    ['apps[0].appSecret', { ...valid, apps: [{ appId: 'wxB' }] }],
    [
      'apps[1].appId',
      {
        ...valid,
        apps: [
          { appId: 'wxB', appSecret: 'b' },
          { appId: 'wxB', appSecret: 'c' },
        ],
      },
    ],
    ['apps[0].appId', { ...valid, apps: [{ appId: 'wx123', appSecret: 'b' }] }],
    [
      'apps[0].push.mode',
      {
        ...valid,
        apps: [
          {
            appId: 'wxB',
            appSecret: 'b',
            pushToken: 't',
            push: { mode: 'secret' as never },
          },
        ],
      },
    ],
    [
      'apps[0].encodingAesKey',
      {
        ...valid,
        apps: [
          {
            appId: 'wxB',
            appSecret: 'b',
            pushToken: 't',
            push: { mode: 'safe' },
          },
        ],
      },
    ],
    ['resolveApp', { ...valid, resolveApp: 'wx' as never }],
    ['pushClaim', { ...valid, pushClaim: { tryClaim: () => 1 } as never }],
    ['maxResolvedApps', { ...valid, maxResolvedApps: 2.5 }],
    ['cloudHosting', { cloudHosting: 'yes' as never }],
    ['appSecret', { cloudHosting: true, appId: 'wx1', appSecret: 'x' }],
    [
      'apps[0].accessTokenProvider',
      {
        cloudHosting: true,
        apps: [
          { appId: 'wxB', accessTokenProvider: () => Promise.resolve('t') },
        ],
      },
    ],
    [
      'pushToken',
      {
        ...valid,
        encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      },
    ],
    ['pushToken', { ...valid, push: { mode: 'plain' } }],
    ['encodingAesKey', { ...valid, pushToken: 't', push: { mode: 'safe' } }],
    [
      'appId',
      {
        accessTokenProvider: () => Promise.resolve('x'),
        pushToken: 't',
        encodingAesKey: 'k'.repeat(43),
      },
    ],
    [
      'push.mode',
      { ...valid, pushToken: 't', push: { mode: 'secret' as never } },
    ],
    [
      'push.format',
      { ...valid, pushToken: 't', push: { format: 'yaml' as never } },
    ],
    [
      'push.maxBodyBytes',
      { ...valid, pushToken: 't', push: { maxBodyBytes: 1.5 } },
    ],
    [
      'push.handlerTimeoutMs',
      { ...valid, pushToken: 't', push: { handlerTimeoutMs: 0 } },
    ],
    ['pushDelivery', { ...valid, pushDelivery: 'queue' as never }],
    ['pushDelivery.queue', { ...valid, pushDelivery: { queue: ' ' } }],
    [
      'pushDelivery.attempts',
      { ...valid, pushDelivery: { queue: 'q', attempts: 2.5 } },
    ],
    [
      'pushDelivery.backoffMs',
      { ...valid, pushDelivery: { queue: 'q', backoffMs: -1 } },
    ],
    [
      'pushDelivery.worker',
      { ...valid, pushDelivery: { queue: 'q', worker: 'yes' as never } },
    ],
  ])('rejects a bad %s with an error naming it', (field, options) => {
    expect(() => resolveOptions(options)).toThrow(
      InvalidWechatLogisticsOptionsError,
    );
    expect(() => resolveOptions(options)).toThrow(`option "${field}"`);
  });

  it.each<[string, string, string, WechatLogisticsModuleOptions]>([
    [
      'the module',
      'timeoutMS',
      'not in WechatLogisticsModuleOptions): did you mean "timeoutMs"?',
      { ...valid, timeoutMS: 10 } as never,
    ],
    [
      'an apps entry',
      'apps[1].pushTken',
      'not in WechatAppOptions): did you mean "pushToken"?',
      {
        ...valid,
        apps: [
          { appId: 'wxB', appSecret: 'b' },
          { appId: 'wxC', appSecret: 'c', pushTken: 't' } as never,
        ],
      },
    ],
    [
      'push',
      'push.maxBodyByts',
      'not in WechatPushOptions): did you mean "maxBodyBytes"?',
      { ...valid, pushToken: 't', push: { maxBodyByts: 1024 } as never },
    ],
    [
      "an apps entry's push",
      'apps[0].push.fromat',
      'not in WechatPushOptions): did you mean "format"?',
      {
        ...valid,
        apps: [
          {
            appId: 'wxB',
            appSecret: 'b',
            pushToken: 't',
            push: { fromat: 'xml' } as never,
          },
        ],
      },
    ],
    [
      'pushDelivery',
      'pushDelivery.atempts',
      'not in WechatPushQueueOptions): did you mean "attempts"?',
      { ...valid, pushDelivery: { queue: 'q', atempts: 3 } as never },
    ],
    [
      'retry',
      'retry.maxAttempt',
      'not in WechatRetryOptions): did you mean "maxAttempts"?',
      { ...valid, retry: { maxAttempt: 5 } as never },
    ],
  ])(
    'refuses an unknown key of %s, naming %s and the key it most likely meant',
    (_level, field, meant, options) => {
      expect(() => resolveOptions(options)).toThrow(
        `option "${field}" is unknown (${meant}`,
      );
    },
  );

  it('answers a misspelt key before what the misspelling leaves missing: appid is not "a missing appId"', () => {
    expect(() =>
      resolveOptions({ appid: 'wx1', appSecret: 's' } as never),
    ).toThrow(
      'option "appid" is unknown (not in WechatLogisticsModuleOptions): did you mean "appId"?',
    );
  });

  it("refuses an unknown key in resolveApp's answer the same way, naming the app it was for", () => {
    expect(() =>
      resolveAppOptions({ appId: 'wxT', appScret: 's' } as never, {
        prefix: 'resolveApp("wxT").',
        isDefault: false,
        cloudHosting: false,
        moduleProvider: undefined,
      }),
    ).toThrow(
      'option "resolveApp("wxT").appScret" is unknown (not in WechatAppOptions): did you mean "appSecret"?',
    );
  });

  it('delivers pushes inline unless pushDelivery names a queue, whose defaults it fills in', () => {
    expect(resolveOptions(valid).pushQueue).toBeUndefined();
    expect(
      resolveOptions({ ...valid, pushDelivery: 'inline' }).pushQueue,
    ).toBeUndefined();
    expect(
      resolveOptions({ ...valid, pushDelivery: { queue: 'q', attempts: 3 } })
        .pushQueue,
    ).toEqual({
      queue: 'q',
      attempts: 3,
      backoffMs: 1000,
      concurrency: 4,
      lockDurationMs: 30_000,
      worker: true,
      enqueueTimeoutMs: 3000,
    });
  });

  it('turns push handling on with a pushToken, safe mode when a key is given', () => {
    expect(resolveOptions(valid).defaultApp?.push).toBeUndefined();
    expect(
      resolveOptions({ ...valid, pushToken: 't' }).defaultApp?.push,
    ).toMatchObject({
      mode: 'plain',
      format: 'any',
    });
    expect(
      resolveOptions({
        ...valid,
        pushToken: 't',
        encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      }).defaultApp?.push,
    ).toMatchObject({
      mode: 'safe',
      handlerTimeoutMs: 4000,
      maxBodyBytes: 65536,
    });
  });
});
