import { generateKeyPairSync } from 'node:crypto';
import { EXAMPLE } from '../api-security/official-example.spec-helper';
import { type WechatApiSecurityOptions } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { resolveOptions } from './resolve-options';

const KEYS: WechatApiSecurityOptions = {
  aesKey: EXAMPLE.aesKey,
  aesSn: EXAMPLE.aesSn,
  privateKey: EXAMPLE.privateKey,
  rsaSn: EXAMPLE.rsaSn,
  platformCertificates: { [EXAMPLE.platformSn]: EXAMPLE.platformCertificate },
};

function refusal(run: () => unknown): InvalidWechatLogisticsOptionsError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidWechatLogisticsOptionsError) return error;
    throw error;
  }
  throw new Error('not refused');
}

/** The app entry `apps[0]` with `apiSecurity` set to `value`. */
const onApp = (value: unknown) => () =>
  resolveOptions({
    apps: [{ appId: 'wx2', appSecret: 's', apiSecurity: value as never }],
  });

describe('the apiSecurity option', () => {
  it('loads keys on the module (the default app) and on each apps entry, never inherited', () => {
    const options = resolveOptions({
      appId: 'wx1',
      appSecret: 's',
      apiSecurity: KEYS,
      apps: [{ appId: 'wx2', appSecret: 's' }],
    });
    expect(options.defaultApp?.apiSecurity?.keys.kind).toBe('static');
    expect(options.apps.get('wx2')?.apiSecurity).toBeUndefined();
    expect(
      resolveOptions({
        apps: [{ appId: 'wx2', appSecret: 's', apiSecurity: KEYS }],
      }).apps.get('wx2')?.apiSecurity?.timestampWindowSeconds,
    ).toBe(300);
  });

  it('accepts a PKCS#8 private key and a bare public key for a platform certificate', () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const options = resolveOptions({
      apps: [
        {
          appId: 'wx2',
          appSecret: 's',
          apiSecurity: {
            ...KEYS,
            privateKey: pair.privateKey
              .export({ type: 'pkcs8', format: 'pem' })
              .toString(),
            platformCertificates: {
              old: EXAMPLE.platformCertificate,
              new: pair.publicKey
                .export({ type: 'spki', format: 'pem' })
                .toString(),
            },
          },
        },
      ],
    });
    const keys = options.apps.get('wx2')!.apiSecurity!.keys;
    expect(
      keys.kind === 'static' && [...keys.loaded.platformKeys.keys()],
    ).toEqual(['old', 'new']);
  });

  it.each([
    [
      'aesKey',
      { aesKey: Buffer.alloc(16).toString('base64') },
      'decodes to 16 bytes',
    ],
    ['aesKey', { aesKey: 'not base64 at all!' }, 'base64 of 32 bytes'],
    ['aesSn', { aesSn: '' }, 'symmetric key SN'],
    ['rsaSn', { rsaSn: ' ' }, 'asymmetric key SN'],
    [
      'privateKey',
      {
        privateKey:
          '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      },
      'does not load',
    ],
    [
      'privateKey',
      { privateKey: EXAMPLE.platformCertificate },
      'PEM of the app private key',
    ],
    ['platformCertificates', { platformCertificates: {} }, 'at least one'],
    [
      `platformCertificates.${EXAMPLE.platformSn}`,
      { platformCertificates: { [EXAMPLE.platformSn]: 'garbage' } },
      'does not load',
    ],
    [
      `platformCertificates.sn1`,
      { platformCertificates: { sn1: EXAMPLE.privateKey } },
      'never a private key',
    ],
    [
      'algorithm',
      { algorithm: 'SM4_GCM+SM2withSM3' },
      "Node's crypto has no SM4-GCM",
    ],
    [
      'apis.logistics.getAllAccount',
      { apis: { 'logistics.getAllAccount': 'always' } },
      "'required', 'supported' or 'off'",
    ],
    [
      'timestampWindowSeconds',
      { timestampWindowSeconds: 0 },
      'must be a number > 0',
    ],
    [
      'keysCacheSeconds',
      { keysCacheSeconds: 5 },
      'only used with apiSecurity.keys',
    ],
    [
      'aesKey',
      { keys: async () => KEYS },
      'cannot be given beside apiSecurity.keys',
    ],
    ['aeskey', { aeskey: 'x' }, 'did you mean "aesKey"'],
  ])(
    'refuses %s at bootstrap, naming the field and quoting no key',
    (field, change, reason) => {
      const error = refusal(onApp({ ...KEYS, ...change }));
      expect(error.field).toBe(`apps[0].apiSecurity.${field}`);
      expect(error.message).toContain(reason);
      for (const secret of [
        EXAMPLE.aesKey,
        'MIIEowIBAAKCAQEA3FoQ',
        'MIID0jCCArqgAwIBAgIU',
        'garbage',
      ])
        expect(error.message).not.toContain(secret);
    },
  );

  it('accepts the provider form alone, with a cache duration', () => {
    const keys = async () => KEYS as never;
    const resolved = resolveOptions({
      apps: [
        {
          appId: 'wx2',
          appSecret: 's',
          apiSecurity: { keys, keysCacheSeconds: 5 },
        },
      ],
    }).apps.get('wx2')!.apiSecurity!.keys;
    expect(resolved).toEqual({
      kind: 'provider',
      provider: keys,
      cacheMs: 5000,
    });
  });

  it('refuses module-level apiSecurity when there is no default app, and a default app without appId', () => {
    expect(
      refusal(() =>
        resolveOptions({
          apps: [{ appId: 'wx2', appSecret: 's' }],
          apiSecurity: KEYS,
        }),
      ).field,
    ).toBe('apiSecurity');
    expect(
      refusal(() =>
        resolveOptions({
          accessTokenProvider: async () => 't',
          apiSecurity: KEYS,
        }),
      ).message,
    ).toContain("needs the app's appId");
  });
});
