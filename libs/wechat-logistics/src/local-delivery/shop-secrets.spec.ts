import { WechatShopSecretError } from '../core/errors';
import { resolveLocalDelivery } from '../core/options/resolve-local-delivery';
import { shopSecretFor } from './shop-secrets';

const API = 'localDelivery.getOrder';
const moduleLevels = resolveLocalDelivery(
  {
    localDelivery: {
      shopSecrets: { shopA: 'module-secret-A', shopB: 'module-secret-B' },
      shopSecret: (shopId: string) =>
        Promise.resolve(shopId === 'shopC' ? 'module-fn-C' : undefined),
    },
  },
  '',
  [],
);
const appLevels = resolveLocalDelivery(
  {
    localDelivery: {
      shopSecrets: { shopA: 'app-secret-A' },
      shopSecret: (shopId: string, appId: string | undefined) =>
        Promise.resolve(shopId === 'shopB' ? `app-fn-B-${appId}` : undefined),
    },
  },
  'apps[0].',
  moduleLevels,
);
const app = { appId: 'wxapp', levels: appLevels };

describe('shopSecretFor', () => {
  it("asks the app's level first (its table, then its function), then the module's", async () => {
    await expect(shopSecretFor(app, 'shopA', API)).resolves.toBe(
      'app-secret-A',
    );
    await expect(shopSecretFor(app, 'shopB', API)).resolves.toBe(
      'app-fn-B-wxapp',
    );
    await expect(shopSecretFor(app, 'shopC', API)).resolves.toBe('module-fn-C');
  });

  it("knows the sandbox shop's public secret without configuration, unless a level names it", async () => {
    await expect(
      shopSecretFor({ appId: 'wx', levels: [] }, 'test_shop_id', API),
    ).resolves.toBe('test_app_secrect');
    const own = resolveLocalDelivery(
      { localDelivery: { shopSecrets: { test_shop_id: 'mine' } } },
      '',
      [],
    );
    await expect(
      shopSecretFor({ appId: 'wx', levels: own }, 'test_shop_id', API),
    ).resolves.toBe('mine');
  });

  it('refuses a shop no level knows, naming the shop and the option, never a secret', async () => {
    const error = await shopSecretFor(app, 'shopZ', API).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WechatShopSecretError);
    expect(error).toMatchObject({
      shopId: 'shopZ',
      failure: 'missing',
      appId: 'wxapp',
      api: API,
    });
    const message = (error as Error).message;
    expect(message).toContain('"shopZ"');
    expect(message).toContain('localDelivery.shopSecrets');
    expect(message).not.toMatch(/secret-A|fn-C|secret-B/);
  });

  it('reports a failing shopSecret function by its class only (its text may quote a secret)', async () => {
    const levels = resolveLocalDelivery(
      {
        localDelivery: {
          shopSecret: () =>
            Promise.reject(new TypeError('vault said: hunter2-secret')),
        },
      },
      '',
      [],
    );
    const error = await shopSecretFor(
      { appId: undefined, levels },
      'shopX',
      API,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'lookup-failed', shopId: 'shopX' });
    expect((error as Error).message).toContain('TypeError');
    expect((error as Error).message).not.toContain('hunter2');
  });
});
