import { type WechatLogisticsModuleOptions } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { InMemoryTokenLock } from '../token/in-memory-token-lock';
import { resolveOptions } from './resolve-options';

const valid: WechatLogisticsModuleOptions = {
  appId: 'wx123',
  appSecret: 's3cret',
};

describe('resolveOptions', () => {
  it('fills in every default', () => {
    expect(resolveOptions(valid)).toEqual({
      appId: 'wx123',
      appSecret: 's3cret',
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
    });
  });

  it('accepts a token provider instead of credentials', () => {
    const provider = () => Promise.resolve('token');
    expect(
      resolveOptions({ accessTokenProvider: provider }).accessTokenProvider,
    ).toBe(provider);
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
      'push.handlerTimeoutMs',
      { ...valid, pushToken: 't', push: { handlerTimeoutMs: 0 } },
    ],
  ])('rejects a bad %s with an error naming it', (field, options) => {
    expect(() => resolveOptions(options)).toThrow(
      InvalidWechatLogisticsOptionsError,
    );
    expect(() => resolveOptions(options)).toThrow(`option "${field}"`);
  });

  it('turns push handling on with a pushToken, safe mode when a key is given', () => {
    expect(resolveOptions(valid).push).toBeUndefined();
    expect(resolveOptions({ ...valid, pushToken: 't' }).push).toMatchObject({
      mode: 'plain',
      format: 'any',
    });
    expect(
      resolveOptions({
        ...valid,
        pushToken: 't',
        encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      }).push,
    ).toMatchObject({
      mode: 'safe',
      handlerTimeoutMs: 4000,
      maxBodyBytes: 65536,
    });
  });
});
