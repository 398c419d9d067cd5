import {
  resolveEmulatorOptions,
  type WechatEmulatorOptions,
} from './emulator-options';
import { WechatEmulator } from './wechat-emulator';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const SHOP_B = { appId: 'wx-shop-b', appSecret: 'b' };

/** Options as a JavaScript caller (or a cast) could pass them. */
const loose = (options: Record<string, unknown>) =>
  options as WechatEmulatorOptions;

describe('resolveEmulatorOptions', () => {
  it('defaults to one app, outside Cloud Hosting mode', () => {
    expect(resolveEmulatorOptions()).toMatchObject({
      appId: 'wx0000000000emulator',
      apps: [],
      cloudHosting: false,
    });
  });

  it('resolves each app with its own push settings (ToUserName from its AppID)', () => {
    const push = {
      url: 'http://127.0.0.1:1/push',
      token: 't',
      encodingAesKey: KEY,
    };
    const { apps, push: defaultPush } = resolveEmulatorOptions({
      push,
      apps: [{ ...SHOP_B, push }],
    });

    expect(apps[0]).toMatchObject({ ...SHOP_B, push: { mode: 'safe' } });
    expect(apps[0]?.push?.toUserName).not.toBe(defaultPush?.toUserName);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'an empty appId',
      { appId: '', appSecret: 's' },
      /apps\[0\]\.appId must be a non-empty string/,
    ],
    [
      'a missing appSecret',
      { appId: 'wx-b' },
      /apps\[0\]\.appSecret must be a non-empty string/,
    ],
    ['a number for appId', { appId: 7, appSecret: 's' }, /apps\[0\]\.appId/],
    ['no object at all', 'wx-b', /apps\[0\] must be an object/],
    [
      'bad push settings',
      { ...SHOP_B, push: { url: 'ftp://x', token: 't' } },
      /apps\[0\]\.push: EmulatorPushOptions\.url/,
    ],
  ])('rejects an app with %s, naming the field', (_case, app, message) => {
    expect(() => resolveEmulatorOptions(loose({ apps: [app] }))).toThrow(
      message,
    );
  });

  it('rejects an AppID used twice, the default one included', () => {
    expect(() =>
      resolveEmulatorOptions({ apps: [SHOP_B, { ...SHOP_B, appSecret: 'x' }] }),
    ).toThrow(/apps\[1\]\.appId "wx-shop-b" is a duplicate/);
    expect(() =>
      resolveEmulatorOptions({
        appId: 'wx-a',
        apps: [{ appId: 'wx-a', appSecret: 'x' }],
      }),
    ).toThrow(/apps\[0\]\.appId "wx-a" is a duplicate/);
  });

  it('rejects apps that are not an array, a non-boolean cloudHosting and an empty default appId', () => {
    expect(() => resolveEmulatorOptions(loose({ apps: SHOP_B }))).toThrow(
      /WechatEmulatorOptions\.apps must be an array/,
    );
    expect(() =>
      resolveEmulatorOptions(loose({ cloudHosting: 'yes' })),
    ).toThrow(/WechatEmulatorOptions\.cloudHosting must be a boolean/);
    expect(() => resolveEmulatorOptions({ appId: '' })).toThrow(
      /WechatEmulatorOptions\.appId must be a non-empty string/,
    );
  });

  it('is what start() checks before opening a socket', async () => {
    await expect(
      WechatEmulator.start({ apps: [{ appId: 'wx-b', appSecret: '' }] }),
    ).rejects.toThrow(/apps\[0\]\.appSecret/);
  });
});
