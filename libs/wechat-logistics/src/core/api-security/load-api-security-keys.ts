import {
  type KeyObject,
  X509Certificate,
  createPrivateKey,
  createPublicKey,
} from 'node:crypto';
import { type WechatApiSecurityKeys } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from '../options/invalid-options.error';
import {
  knownOptionKeys,
  refuseUnknownOptionKeys,
} from '../options/known-option-keys';
import { type LoadedApiSecurityKeys } from './loaded-api-security-keys';

export const API_SECURITY_KEY_FIELDS = knownOptionKeys<WechatApiSecurityKeys>(
  'WechatApiSecurityKeys',
  {
    aesKey: true,
    aesSn: true,
    privateKey: true,
    rsaSn: true,
    platformCertificates: true,
    algorithm: true,
  },
);

const AES_KEY_BYTES = 32;
const SN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Checks and loads one app's keys (the option's own fields, or a provider's
 * answer), each error naming the field (`apps[1].apiSecurity.privateKey`)
 * and saying what is wrong with it, never quoting a key. The same checks at
 * bootstrap and for every fresh provider answer.
 */
export function loadApiSecurityKeys(
  source: Partial<WechatApiSecurityKeys>,
  field: string,
): LoadedApiSecurityKeys {
  const fail = (name: string, reason: string) =>
    new InvalidWechatLogisticsOptionsError(`${field}.${name}`, reason);
  const algorithm = source.algorithm ?? 'AES256_GCM+RSAwithSHA256';
  if (algorithm === 'SM4_GCM+SM2withSM3')
    throw fail(
      'algorithm',
      "'SM4_GCM+SM2withSM3' is not supported: Node's crypto has no SM4-GCM cipher and cannot make an SM2 signature with WeChat's signer ID (the key's SN), and no maintained npm library was found sound enough to rely on. In the console (API安全) choose AES256 for the symmetric key and RSA for the asymmetric key, and use 'AES256_GCM+RSAwithSHA256'",
    );
  if (algorithm !== 'AES256_GCM+RSAwithSHA256')
    throw fail('algorithm', "must be 'AES256_GCM+RSAwithSHA256'");
  return {
    aesKey: aesKeyOf(source.aesKey, fail),
    aesSn: snOf(
      source.aesSn,
      'aesSn',
      'the symmetric key SN (对称密钥编号)',
      fail,
    ),
    privateKey: privateKeyOf(source.privateKey, fail),
    rsaSn:
      source.rsaSn === undefined
        ? undefined
        : snOf(
            source.rsaSn,
            'rsaSn',
            'the asymmetric key SN (非对称密钥编号)',
            fail,
          ),
    platformKeys: platformKeysOf(source.platformCertificates, field, fail),
  };
}

/** Refuses keys `WechatApiSecurityKeys` does not have (a provider's `aes_key`). */
export function refuseUnknownKeyFields(source: object, field: string): void {
  refuseUnknownOptionKeys(source, API_SECURITY_KEY_FIELDS, `${field}.`);
}

type Fail = (name: string, reason: string) => Error;

function aesKeyOf(value: unknown, fail: Fail): Buffer {
  if (typeof value !== 'string' || value.trim() === '')
    throw fail(
      'aesKey',
      'is required: the symmetric key (API对称密钥) as the console shows it, base64 of 32 bytes',
    );
  const key = Buffer.from(value, 'base64');
  // Re-encoding catches text that is not base64 at all (Buffer.from skips such characters).
  if (
    !/^[A-Za-z0-9+/]+={0,2}$/.test(value) ||
    key.toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '') ||
    key.length !== AES_KEY_BYTES
  )
    throw fail(
      'aesKey',
      `must be base64 of ${AES_KEY_BYTES} bytes (an AES-256 key; decodes to ${key.length} bytes)`,
    );
  return key;
}

function snOf(value: unknown, name: string, what: string, fail: Fail): string {
  if (typeof value !== 'string' || !SN.test(value))
    throw fail(
      name,
      `must be ${what} as the console shows it: non-empty letters and digits`,
    );
  return value;
}

function privateKeyOf(value: unknown, fail: Fail): KeyObject {
  if (typeof value !== 'string' || !value.includes('PRIVATE KEY'))
    throw fail(
      'privateKey',
      'must be the PEM of the app private key (应用私钥): -----BEGIN RSA PRIVATE KEY----- (PKCS#1) or -----BEGIN PRIVATE KEY----- (PKCS#8)',
    );
  let key: KeyObject;
  try {
    key = createPrivateKey(value);
  } catch (error) {
    throw fail(
      'privateKey',
      `does not load as a private key (${(error as { code?: string }).code ?? 'unreadable PEM'})`,
    );
  }
  if (key.asymmetricKeyType !== 'rsa')
    throw fail(
      'privateKey',
      `must be an RSA key for RSAwithSHA256 (this one is ${key.asymmetricKeyType ?? 'unknown'})`,
    );
  return key;
}

function platformKeysOf(
  value: unknown,
  field: string,
  fail: Fail,
): Map<string, KeyObject> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw fail(
      'platformCertificates',
      'must be an object mapping each platform certificate SN (as the console shows it) to its certificate or public key (PEM)',
    );
  const keys = new Map<string, KeyObject>();
  for (const [sn, pem] of Object.entries(value)) {
    if (!SN.test(sn))
      throw new InvalidWechatLogisticsOptionsError(
        `${field}.platformCertificates`,
        `has a key that is not a certificate SN: keys are the SNs the console shows (letters and digits, at most 128)`,
      );
    keys.set(sn, platformKeyOf(pem, `platformCertificates.${sn}`, fail));
  }
  if (keys.size === 0)
    throw fail(
      'platformCertificates',
      "must name at least one platform certificate: WeChat's replies are verified against it",
    );
  return keys;
}

function platformKeyOf(pem: unknown, name: string, fail: Fail): KeyObject {
  if (typeof pem !== 'string' || pem.includes('PRIVATE KEY'))
    throw fail(
      name,
      'must be the platform certificate (开放平台证书) or its public key, as PEM (never a private key)',
    );
  let key: KeyObject;
  try {
    key = pem.includes('BEGIN CERTIFICATE')
      ? new X509Certificate(pem).publicKey
      : createPublicKey(pem);
  } catch (error) {
    throw fail(
      name,
      `does not load as a certificate or public key (${(error as { code?: string }).code ?? 'unreadable PEM'})`,
    );
  }
  if (key.asymmetricKeyType !== 'rsa')
    throw fail(
      name,
      `must hold an RSA key (this one is ${key.asymmetricKeyType ?? 'unknown'})`,
    );
  return key;
}
