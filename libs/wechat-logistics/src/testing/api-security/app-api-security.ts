import { createPublicKey } from 'node:crypto';

/**
 * What the MP console's API安全 page holds for one app, as the emulator
 * needs it: the symmetric key and its SN, and the public half of the app's
 * key pair (the private half stays with the developer). Each pair may be
 * left out to emulate a console where it was never set (40238 / 40239).
 */
export interface AppSecurityKeys {
  /** base64 of the 32-byte AES-256-GCM key (API 对称密钥). */
  readonly aesKey?: string;
  /** The symmetric key's SN (编号): the last part of the AAD. */
  readonly aesSn?: string;
  /** The app's RSA public key (PEM, SPKI or PKCS#1) or a certificate holding it. */
  readonly appPublicKey?: string;
  /** The asymmetric key's SN; informational (WeChat does not need it to verify). */
  readonly rsaSn?: string;
}

/**
 * One app's API-security settings in the emulator: its keys and the
 * console's global switch. Reached as `wechat.app(appId).apiSecurity`
 * (`wechat.apiSecurity` for the default app). Settings are wiring: `reset()`
 * keeps them, like push settings.
 */
export class AppApiSecurity {
  private current: AppSecurityKeys = {};
  private allSupportedRequired = false;

  constructor(readonly appId: string) {}

  /**
   * Sets the app's keys, replacing earlier ones (`{}` or `undefined` clears
   * them). Validates first and throws naming the field.
   */
  configure(keys: AppSecurityKeys | undefined): void {
    this.current = validateKeys(keys ?? {});
  }

  get keys(): AppSecurityKeys {
    return this.current;
  }

  /**
   * The console's "API加密" switch: when on, every API that supports the
   * scheme requires it (a plain call gets 934011), not only the intracity
   * ones. @default false
   */
  requireSecurityForSupported(on: boolean): void {
    this.allSupportedRequired = on;
  }

  get securityRequiredForSupported(): boolean {
    return this.allSupportedRequired;
  }
}

function validateKeys(keys: AppSecurityKeys): AppSecurityKeys {
  const { aesKey, aesSn, appPublicKey, rsaSn } = keys;
  const field = (name: string) => `apiSecurity.configure: ${name}`;
  if ((aesKey === undefined) !== (aesSn === undefined)) {
    throw new TypeError(`${field('aesKey and aesSn')} go together`);
  }
  if (aesKey !== undefined) {
    if (Buffer.from(aesKey, 'base64').length !== 32) {
      throw new TypeError(`${field('aesKey')} must be base64 of 32 bytes`);
    }
    if (typeof aesSn !== 'string' || aesSn === '') {
      throw new TypeError(`${field('aesSn')} must be a non-empty string`);
    }
  }
  if (appPublicKey !== undefined) {
    try {
      if (createPublicKey(appPublicKey).asymmetricKeyType !== 'rsa') {
        throw new Error('not RSA');
      }
    } catch {
      throw new TypeError(
        `${field('appPublicKey')} must be an RSA public key or certificate in PEM`,
      );
    }
  }
  return { aesKey, aesSn, appPublicKey, rsaSn };
}
