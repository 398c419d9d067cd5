import { type WechatLogisticsModuleOptions } from '../interfaces';
import { resolveAppOptions } from './resolve-app-options';
import { resolveOptions } from './resolve-options';

const valid = { appId: 'wx123', appSecret: 's3cret' };

function resolve(options: Partial<WechatLogisticsModuleOptions>) {
  return resolveOptions({ ...valid, ...options });
}

describe('carrierCodes option', () => {
  it('is undefined everywhere when not set', () => {
    const resolved = resolve({ apps: [{ appId: 'wxB', appSecret: 'b' }] });
    expect(resolved.carrierCodes).toBeUndefined();
    expect(resolved.apps.get('wxB')?.carrierCodes).toBeUndefined();
  });

  it("gives the module's codes to the default app and to apps without codes of their own (one shared object)", () => {
    const resolved = resolve({
      carrierCodes: { TEST: 'TEST' },
      apps: [{ appId: 'wxB', appSecret: 'b' }],
    });
    expect(resolved.carrierCodes).toEqual({ TEST: 'TEST' });
    expect(resolved.defaultApp?.carrierCodes).toBe(resolved.carrierCodes);
    expect(resolved.apps.get('wxB')?.carrierCodes).toBe(resolved.carrierCodes);
  });

  it("merges an app's codes over the module's, the app's winning per key", () => {
    const resolved = resolve({
      carrierCodes: { TEST: 'TEST', PJ: 'PJ' },
      apps: [{ appId: 'wxB', appSecret: 'b', carrierCodes: { PJ: 'VIP' } }],
    });
    expect(resolved.apps.get('wxB')?.carrierCodes).toEqual({
      TEST: 'TEST',
      PJ: 'VIP',
    });
    expect(resolved.defaultApp?.carrierCodes).toEqual({
      TEST: 'TEST',
      PJ: 'PJ',
    });
  });

  it("extends the module's codes for a tenant resolveApp answers, the same way", () => {
    const app = resolveAppOptions(
      { appId: 'wxT', appSecret: 't', carrierCodes: { BEST: 'HTKY' } },
      {
        prefix: 'resolveApp("wxT").',
        isDefault: false,
        cloudHosting: false,
        moduleProvider: undefined,
        moduleCarrierCodes: { TEST: 'TEST' },
      },
    );
    expect(app.carrierCodes).toEqual({ TEST: 'TEST', BEST: 'HTKY' });
  });

  it.each([
    [
      'module',
      { carrierCode: {} },
      '"carrierCode" is unknown (not in WechatLogisticsModuleOptions): did you mean "carrierCodes"?',
    ],
    [
      'apps entry',
      { apps: [{ appId: 'wxB', appSecret: 'b', carierCodes: {} }] },
      '"apps[0].carierCodes" is unknown (not in WechatAppOptions): did you mean "carrierCodes"?',
    ],
  ])('refuses a misspelt key at the %s level', (_level, options, message) => {
    expect(() => resolve(options as never)).toThrow(message);
  });

  it.each([
    [[['YD']], 'carrierCodes" must be an object'],
    ['YD', 'carrierCodes" must be an object'],
    [null, 'carrierCodes" must be an object'],
    [{ YUNDA: '' }, 'carrierCodes.YUNDA" must be a non-empty string'],
    [{ YUNDA: '  ' }, 'carrierCodes.YUNDA" must be a non-empty string'],
    [{ YUNDA: 7 }, 'carrierCodes.YUNDA" must be a non-empty string'],
    [
      { YUNDA: ' YD' },
      'carrierCodes.YUNDA" must not start or end with spaces (got " YD")',
    ],
    [{ '': 'YD' }, 'carrierCodes" has the key ""'],
    [{ 'YUNDA ': 'YD' }, 'carrierCodes" has the key "YUNDA "'],
  ])(
    'refuses carrierCodes %j at bootstrap, naming the field',
    (value, message) => {
      expect(() => resolve({ carrierCodes: value } as never)).toThrow(message);
    },
  );

  it("names the app's field for a bad code in an apps entry", () => {
    expect(() =>
      resolve({
        apps: [{ appId: 'wxB', appSecret: 'b', carrierCodes: { PJ: '' } }],
      }),
    ).toThrow('option "apps[0].carrierCodes.PJ" must be a non-empty string');
  });
});
