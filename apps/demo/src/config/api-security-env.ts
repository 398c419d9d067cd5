import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type WechatApiSecurityKeys } from 'nestjs-wechat-logistics';

/**
 * API security (服务端API安全鉴权) for one mini program, as the demo reads it
 * from its environment: the symmetric key and its SN as the console shows
 * them, the app's private key and the platform certificates from files
 * (`WECHAT_API_PRIVATE_KEY_FILE`, `WECHAT_API_PLATFORM_CERTS=SN=path[,SN=path]`:
 * two during a certificate rotation).
 */
export interface ApiSecuritySettings {
  aesKey?: string;
  aesSn?: string;
  privateKeyFile?: string;
  rsaSn?: string;
  /** `SN=path[,SN=path]`. */
  platformCerts?: string;
}

/** The names each setting has where it comes from, for error messages. */
export interface ApiSecurityNames {
  readonly aesKey: string;
  readonly aesSn: string;
  readonly privateKeyFile: string;
  readonly rsaSn: string;
  readonly platformCerts: string;
}

export const API_SECURITY_ENV_NAMES: ApiSecurityNames = {
  aesKey: 'WECHAT_API_AES_KEY',
  aesSn: 'WECHAT_API_AES_SN',
  privateKeyFile: 'WECHAT_API_PRIVATE_KEY_FILE',
  rsaSn: 'WECHAT_API_RSA_SN',
  platformCerts: 'WECHAT_API_PLATFORM_CERTS',
};

const REQUIRED = [
  'aesKey',
  'aesSn',
  'privateKeyFile',
  'platformCerts',
] as const;
const SN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The library's `apiSecurity` keys from `settings`, files read and every
 * value checked now, so a bad one stops the start naming its variable (and
 * file path), never quoting a key or a file's content. `undefined` when
 * none is set; all four but `rsaSn` go together.
 */
export function loadApiSecurity(
  settings: ApiSecuritySettings,
  names: ApiSecurityNames,
): WechatApiSecurityKeys | undefined {
  const given = REQUIRED.filter((name) => settings[name] !== undefined);
  if (given.length === 0 && settings.rsaSn === undefined) return undefined;
  const missing = REQUIRED.filter((name) => settings[name] === undefined);
  if (missing.length > 0)
    throw new Error(
      `${missing.map((name) => names[name]).join(', ')} must be set too: API security needs ${REQUIRED.map((name) => names[name]).join(', ')} (and optionally ${names.rsaSn})`,
    );
  const { aesKey, aesSn, privateKeyFile, rsaSn, platformCerts } =
    settings as Required<ApiSecuritySettings>;
  if (
    !/^[A-Za-z0-9+/]+={0,2}$/.test(aesKey) ||
    Buffer.from(aesKey, 'base64').length !== 32
  )
    throw new Error(
      `${names.aesKey} must be the console's symmetric key (API对称密钥): base64 of 32 bytes`,
    );
  for (const [name, sn] of [
    [names.aesSn, aesSn],
    [names.rsaSn, rsaSn],
  ] as const)
    if (sn !== undefined && !SN.test(sn))
      throw new Error(
        `${name} must be the key's SN as the console shows it (letters, digits, _ or -)`,
      );
  const privateKey = readKeyFile(privateKeyFile, names.privateKeyFile);
  try {
    if (createPrivateKey(privateKey).asymmetricKeyType !== 'rsa')
      throw new Error('not RSA');
  } catch {
    throw new Error(
      `${names.privateKeyFile}: ${privateKeyFile} must hold the app's RSA private key in PEM (PKCS#1 or PKCS#8)`,
    );
  }
  return {
    aesKey,
    aesSn,
    privateKey,
    ...(rsaSn !== undefined && { rsaSn }),
    platformCertificates: platformCertificates(
      platformCerts,
      names.platformCerts,
    ),
  };
}

/** `SN=path[,SN=path]` → SN → the PEM in the file (a certificate or a public key). */
function platformCertificates(
  value: string,
  name: string,
): Record<string, string> {
  const certificates: Record<string, string> = {};
  for (const entry of value.split(',')) {
    const at = entry.indexOf('=');
    const sn = entry.slice(0, at).trim();
    const path = entry.slice(at + 1).trim();
    if (at < 0 || !SN.test(sn) || path === '')
      throw new Error(
        `${name} must be SN=path[,SN=path]: each platform certificate's SN as the console shows it, = the path of its PEM file`,
      );
    if (Object.hasOwn(certificates, sn))
      throw new Error(`${name} names the certificate ${sn} twice`);
    const pem = readKeyFile(path, name);
    try {
      createPublicKey(pem);
    } catch {
      throw new Error(
        `${name}: ${path} (certificate ${sn}) must hold the platform certificate or its public key in PEM`,
      );
    }
    certificates[sn] = pem;
  }
  return certificates;
}

function readKeyFile(path: string, name: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new Error(`${name}: cannot read ${path} (${code})`);
  }
}
