import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { resolveLocalDelivery } from './resolve-local-delivery';
import { resolveOptions } from './resolve-options';

const SECRET = 'S3cret-of-the-carrier-9a8b';

function refusal(run: () => unknown): InvalidWechatLogisticsOptionsError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidWechatLogisticsOptionsError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the localDelivery option', () => {
  it('is checked at bootstrap on the module and on each apps entry, naming the field', () => {
    expect(
      refusal(() =>
        resolveOptions({
          appId: 'wx1',
          appSecret: 's',
          localDelivery: { shopSecret: 'nope' as never },
        }),
      ).field,
    ).toBe('localDelivery.shopSecret');
    const typo = refusal(() =>
      resolveOptions({
        appId: 'wx1',
        appSecret: 's',
        apps: [
          {
            appId: 'wx2',
            appSecret: 's',
            localDelivery: { shopSecret: undefined, shopSecrest: {} } as never,
          },
        ],
      }),
    );
    expect(typo.field).toBe('apps[0].localDelivery.shopSecrest');
    expect(typo.message).toContain('did you mean "shopSecrets"');
  });

  it('refuses a secret that is not a non-empty string without quoting what was given', () => {
    const error = refusal(() =>
      resolveLocalDelivery(
        { localDelivery: { shopSecrets: { shopA: ` ${SECRET}` } } },
        '',
        [],
      ),
    );
    expect(error.field).toBe('localDelivery.shopSecrets.shopA');
    expect(error.message).not.toContain(SECRET);
    expect(
      refusal(() =>
        resolveLocalDelivery(
          { localDelivery: { shopSecrets: { shopA: 42 } } },
          '',
          [],
        ),
      ).field,
    ).toBe('localDelivery.shopSecrets.shopA');
  });

  it("gives each app its own level before the module's, and the default app the module's", () => {
    const resolved = resolveOptions({
      appId: 'wx1',
      appSecret: 's',
      localDelivery: { shopSecrets: { shopA: 'module' } },
      apps: [
        {
          appId: 'wx2',
          appSecret: 's',
          localDelivery: { shopSecrets: { shopA: 'app' } },
        },
        { appId: 'wx3', appSecret: 's' },
      ],
    });
    const table = (appId: string) =>
      resolved.apps
        .get(appId)!
        .localDelivery!.map((level) => level.shopSecrets.get('shopA'));
    expect(table('wx1')).toEqual(['module']);
    expect(table('wx2')).toEqual(['app', 'module']);
    expect(table('wx3')).toEqual(['module']);
  });

  it('keeps a shop id like "constructor" a plain key', () => {
    const [level] = resolveLocalDelivery(
      { localDelivery: { shopSecrets: { constructor: 'x' } } },
      '',
      [],
    );
    expect(level.shopSecrets.get('constructor')).toBe('x');
    expect(level.shopSecrets.get('toString')).toBeUndefined();
  });
});
