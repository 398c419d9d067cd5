import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OFFICIAL_EXAMPLE_KEYS,
  OFFICIAL_EXAMPLE_PLATFORM,
} from 'nestjs-wechat-logistics/testing';
import { validateDemoEnv } from './demo-env';

describe('validateDemoEnv', () => {
  it('takes an optional REDIS_URL for the shared token store', () => {
    expect(validateDemoEnv({}).REDIS_URL).toBeUndefined();
    expect(
      validateDemoEnv({ REDIS_URL: 'redis://:pw@10.0.0.5:6379/2' }).REDIS_URL,
    ).toBe('redis://:pw@10.0.0.5:6379/2');
    expect(
      validateDemoEnv({ REDIS_URL: 'rediss://cache:6380' }).REDIS_URL,
    ).toBe('rediss://cache:6380');
  });

  it.each(['localhost:6379', 'http://cache:6379', 'redis://'])(
    'refuses REDIS_URL=%s naming the variable',
    (url) => {
      expect(() => validateDemoEnv({ REDIS_URL: url })).toThrow(
        'Environment variable REDIS_URL',
      );
    },
  );

  it('reads LOCAL_DELIVERY_SHOP_SECRETS as shopid → secret, none by default', () => {
    expect(validateDemoEnv({}).LOCAL_DELIVERY_SHOP_SECRETS).toEqual({});
    expect(
      validateDemoEnv({
        LOCAL_DELIVERY_SHOP_SECRETS: '{"1534713176":"s3cret-value"}',
      }).LOCAL_DELIVERY_SHOP_SECRETS,
    ).toEqual({ '1534713176': 's3cret-value' });
  });

  it.each([
    '{"shop":"s3cret-value"',
    '["s3cret-value"]',
    '{"shop":"ok","other":["s3cret-value"]}',
    '{"shop":""}',
  ])(
    'refuses LOCAL_DELIVERY_SHOP_SECRETS=%s naming the variable, never a value',
    (value) => {
      let message = '';
      try {
        validateDemoEnv({ LOCAL_DELIVERY_SHOP_SECRETS: value });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain(
        'Environment variable LOCAL_DELIVERY_SHOP_SECRETS',
      );
      expect(message).not.toContain('s3cret');
    },
  );

  it('reads CARRIER_CODES as deliveryId → carrier code, none by default', () => {
    expect(validateDemoEnv({}).CARRIER_CODES).toEqual({});
    expect(
      validateDemoEnv({ CARRIER_CODES: '{"YUNDA":"YD","TEST":"TEST"}' })
        .CARRIER_CODES,
    ).toEqual({ YUNDA: 'YD', TEST: 'TEST' });
  });

  it.each(['{"YUNDA":"YD"', '["YD"]', 'null', '{"YUNDA":1}'])(
    'refuses CARRIER_CODES=%s naming the variable',
    (value) => {
      expect(() => validateDemoEnv({ CARRIER_CODES: value })).toThrow(
        'Environment variable CARRIER_CODES',
      );
    },
  );

  it('takes WECHAT_SHIPMENT_DELIVERY inline (default) or queue, the queue only with REDIS_URL', () => {
    expect(validateDemoEnv({}).WECHAT_SHIPMENT_DELIVERY).toBe('inline');
    expect(
      validateDemoEnv({
        WECHAT_SHIPMENT_DELIVERY: 'queue',
        REDIS_URL: 'redis://cache:6379',
      }).WECHAT_SHIPMENT_DELIVERY,
    ).toBe('queue');
    expect(() =>
      validateDemoEnv({ WECHAT_SHIPMENT_DELIVERY: 'queue' }),
    ).toThrow('WECHAT_SHIPMENT_DELIVERY=queue needs REDIS_URL');
    expect(() =>
      validateDemoEnv({ WECHAT_SHIPMENT_DELIVERY: 'bullmq' }),
    ).toThrow(
      "Environment variable WECHAT_SHIPMENT_DELIVERY must be 'inline' or 'queue'",
    );
  });
});

describe('validateDemoEnv: API security from key files', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  let env: Record<string, string>;
  const messageOf = (raw: Record<string, string | undefined>) => {
    try {
      validateDemoEnv(raw);
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'demo-api-security-'));
    env = {
      WECHAT_API_AES_KEY: OFFICIAL_EXAMPLE_KEYS.aesKey,
      WECHAT_API_AES_SN: OFFICIAL_EXAMPLE_KEYS.aesSn,
      WECHAT_API_PRIVATE_KEY_FILE: file(
        'app.key',
        OFFICIAL_EXAMPLE_KEYS.privateKeyPem,
      ),
      WECHAT_API_RSA_SN: OFFICIAL_EXAMPLE_KEYS.rsaSn,
      WECHAT_API_PLATFORM_CERTS: `${OFFICIAL_EXAMPLE_PLATFORM.sn}=${file('old.pem', OFFICIAL_EXAMPLE_PLATFORM.certificatePem)}, new-sn=${file('new.pem', OFFICIAL_EXAMPLE_KEYS.publicKeyPem)}`,
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is off by default, and reads the keys and every platform certificate (rotation) from their files', () => {
    expect(validateDemoEnv({}).WECHAT_API_SECURITY).toBeUndefined();
    expect(validateDemoEnv(env).WECHAT_API_SECURITY).toEqual({
      aesKey: OFFICIAL_EXAMPLE_KEYS.aesKey,
      aesSn: OFFICIAL_EXAMPLE_KEYS.aesSn,
      privateKey: OFFICIAL_EXAMPLE_KEYS.privateKeyPem,
      rsaSn: OFFICIAL_EXAMPLE_KEYS.rsaSn,
      platformCertificates: {
        [OFFICIAL_EXAMPLE_PLATFORM.sn]:
          OFFICIAL_EXAMPLE_PLATFORM.certificatePem,
        'new-sn': OFFICIAL_EXAMPLE_KEYS.publicKeyPem,
      },
    });
  });

  it('names what is missing when only part is set', () => {
    const { WECHAT_API_AES_KEY, WECHAT_API_AES_SN, ...rest } = env;
    void [WECHAT_API_AES_KEY, WECHAT_API_AES_SN];
    expect(messageOf(rest)).toMatch(
      /^Environment variable WECHAT_API_AES_KEY, WECHAT_API_AES_SN must be set too/,
    );
  });

  it.each([
    [
      'WECHAT_API_AES_KEY',
      () => ({ WECHAT_API_AES_KEY: 'c2VjcmV0LWtleS12YWx1ZQ==' }),
    ],
    ['WECHAT_API_AES_SN', () => ({ WECHAT_API_AES_SN: 'secret key value' })],
    [
      'WECHAT_API_PRIVATE_KEY_FILE',
      () => ({
        WECHAT_API_PRIVATE_KEY_FILE: file('bad.key', 'secret-key-value'),
      }),
    ],
    [
      'WECHAT_API_PRIVATE_KEY_FILE',
      () => ({ WECHAT_API_PRIVATE_KEY_FILE: join(dir, 'absent.key') }),
    ],
    [
      'WECHAT_API_PLATFORM_CERTS',
      () => ({ WECHAT_API_PLATFORM_CERTS: 'secret-key-value' }),
    ],
    [
      'WECHAT_API_PLATFORM_CERTS',
      () => ({
        WECHAT_API_PLATFORM_CERTS: `sn1=${file('bad.pem', 'secret-key-value')}`,
      }),
    ],
    [
      'WECHAT_API_PLATFORM_CERTS',
      () => ({
        WECHAT_API_PLATFORM_CERTS: `sn1=${join(dir, 'new.pem')},sn1=${join(dir, 'old.pem')}`,
      }),
    ],
  ])(
    'refuses a bad %s at start naming it, never quoting a key or a file',
    (name, bad) => {
      const message = messageOf({ ...env, ...bad() });
      expect(message).toMatch(new RegExp(`^Environment variable ${name}`));
      expect(message).not.toMatch(/secret|c2VjcmV0|PRIVATE KEY|CERTIFICATE/);
      expect(message).not.toContain(OFFICIAL_EXAMPLE_KEYS.aesKey);
    },
  );

  it('takes an extra app’s apiSecurity, its platform certificates WECHAT_API_PLATFORM_CERTS’s unless it names its own', () => {
    const extra = (apiSecurity: object) =>
      JSON.stringify([{ appId: 'wx2', appSecret: 's', apiSecurity }]);
    const keys = {
      aesKey: OFFICIAL_EXAMPLE_KEYS.aesKey,
      aesSn: 'extra-sn',
      privateKeyFile: env.WECHAT_API_PRIVATE_KEY_FILE,
    };
    const [app] = validateDemoEnv({
      ...env,
      WECHAT_EXTRA_APPS: extra(keys),
    }).WECHAT_EXTRA_APPS;
    expect(app.apiSecurity).toMatchObject({
      aesSn: 'extra-sn',
      privateKey: OFFICIAL_EXAMPLE_KEYS.privateKeyPem,
      platformCertificates: {
        [OFFICIAL_EXAMPLE_PLATFORM.sn]:
          OFFICIAL_EXAMPLE_PLATFORM.certificatePem,
        'new-sn': OFFICIAL_EXAMPLE_KEYS.publicKeyPem,
      },
    });
    expect(
      messageOf({
        ...env,
        WECHAT_EXTRA_APPS: extra({
          ...keys,
          aesKey: 'c2VjcmV0LWtleS12YWx1ZQ==',
        }),
      }),
    ).toBe(
      "Environment variable WECHAT_EXTRA_APPS[0].apiSecurity.aesKey must be the console's symmetric key (API对称密钥): base64 of 32 bytes",
    );
    expect(messageOf({ WECHAT_EXTRA_APPS: extra(keys) })).toMatch(
      /^Environment variable WECHAT_EXTRA_APPS\[0\]\.apiSecurity\.platformCerts \(or WECHAT_API_PLATFORM_CERTS\) must be set too/,
    );
  });
});
