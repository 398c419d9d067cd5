import {
  defaultToUserName,
  type EmulatorPushOptions,
  resolveEmulatorPushOptions,
} from './emulator-push-options';
import { WechatEmulator } from '../wechat-emulator';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx0000000000emulator';
const base: EmulatorPushOptions = {
  url: 'http://127.0.0.1:3000/wechat/push',
  token: 'pushtoken',
};

describe('resolveEmulatorPushOptions', () => {
  it('defaults to plain XML without a key, with WeChat’s 5 s window and 3 retries', () => {
    expect(resolveEmulatorPushOptions(base, APP_ID)).toEqual({
      url: base.url,
      token: 'pushtoken',
      encodingAesKey: undefined,
      mode: 'plain',
      format: 'xml',
      toUserName: defaultToUserName(APP_ID),
      replyTimeoutMs: 5000,
      retries: 3,
      retryDelayMs: 200,
    });
  });

  it('defaults to safe mode when a key is given', () => {
    expect(
      resolveEmulatorPushOptions({ ...base, encodingAesKey: KEY }, APP_ID).mode,
    ).toBe('safe');
  });

  it('derives a stable gh_ id from the AppID unless one is given', () => {
    expect(defaultToUserName(APP_ID)).toMatch(/^gh_[0-9a-f]{12}$/);
    expect(defaultToUserName(APP_ID)).toBe(defaultToUserName(APP_ID));
    expect(defaultToUserName('wx-other')).not.toBe(defaultToUserName(APP_ID));
    expect(
      resolveEmulatorPushOptions({ ...base, toUserName: 'gh_abc' }, APP_ID)
        .toUserName,
    ).toBe('gh_abc');
  });

  it.each<
    [string, Partial<Record<keyof EmulatorPushOptions, unknown>>, RegExp]
  >([
    ['a relative url', { url: '/wechat/push' }, /EmulatorPushOptions\.url/],
    ['an ftp url', { url: 'ftp://example.com/x' }, /EmulatorPushOptions\.url/],
    ['a missing url', { url: undefined }, /EmulatorPushOptions\.url/],
    ['an empty token', { token: '' }, /EmulatorPushOptions\.token/],
    [
      'safe mode without a key',
      { mode: 'safe' },
      /encodingAesKey is required in safe mode/,
    ],
    [
      'compatible mode without a key',
      { mode: 'compatible' },
      /encodingAesKey is required in compatible mode/,
    ],
    [
      'a short key',
      { encodingAesKey: 'abc' },
      /EmulatorPushOptions\.encodingAesKey/,
    ],
    ['an unknown mode', { mode: 'secure' }, /EmulatorPushOptions\.mode/],
    ['an unknown format', { format: 'yaml' }, /EmulatorPushOptions\.format/],
    [
      'an empty toUserName',
      { toUserName: '' },
      /EmulatorPushOptions\.toUserName/,
    ],
    [
      'replyTimeoutMs 0',
      { replyTimeoutMs: 0 },
      /EmulatorPushOptions\.replyTimeoutMs/,
    ],
    ['negative retries', { retries: -1 }, /EmulatorPushOptions\.retries/],
    ['fractional retries', { retries: 1.5 }, /EmulatorPushOptions\.retries/],
    [
      'NaN retryDelayMs',
      { retryDelayMs: NaN },
      /EmulatorPushOptions\.retryDelayMs/,
    ],
  ])('rejects %s, naming the field', (_case, change, message) => {
    const options = { ...base, ...change } as EmulatorPushOptions;

    expect(() => resolveEmulatorPushOptions(options, APP_ID)).toThrow(message);
  });
});

describe('WechatEmulator push configuration', () => {
  it('refuses to start with bad push options', async () => {
    await expect(
      WechatEmulator.start({ push: { ...base, mode: 'safe' } }),
    ).rejects.toThrow(/encodingAesKey/);
  });

  it('configurePush throws on bad options and keeps the previous settings', async () => {
    const wechat = await WechatEmulator.start();
    try {
      const url = 'http://127.0.0.1:9/unreachable';
      wechat.configurePush({ ...base, url, retries: 0 });
      expect(() => wechat.configurePush({ ...base, url: 'not a url' })).toThrow(
        /EmulatorPushOptions\.url/,
      );

      wechat.orders.seed({ orderId: 'o-1', deliveryId: 'TEST' });
      const delivery = await wechat.pushPathUpdate('o-1');
      expect(delivery.url).toBe(url);
    } finally {
      await wechat.stop();
    }
  });
});
