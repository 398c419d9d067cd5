import { randomBytes } from 'node:crypto';
import { type LoadedApiSecurityKeys } from './loaded-api-security-keys';
import { signPss } from './rsa-pss';
import { IV_BYTES, sealEnvelope } from './sealed-envelope';
import { additionalData, signedString, urlPathOf } from './signed-strings';

/** A request body ready to send: the exact text that was signed, and its headers. */
export interface SealedRequest {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Unix seconds, as in `Wechatmp-TimeStamp` and `_timestamp`. */
  readonly timestamp: number;
}

/** Query parameters that stay out of the plaintext: the credential (api-security.md §1). */
const CREDENTIAL_PARAMETERS = new Set([
  'access_token',
  'authorizer_access_token',
]);
const SECURITY_FIELDS = new Set(['_n', '_appid', '_timestamp']);

/**
 * The plaintext of a sealed request (§3.1): `_n`, `_appid`, `_timestamp`
 * (a number) first, as the official example has them, then the query's
 * parameters except the credential, then the body's fields (which win).
 * Serialised once, compact, UTF-8.
 */
export function requestPlaintext(
  body: unknown,
  query: string | undefined,
  appId: string,
  timestamp: number,
  nonce: string,
): string {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(query ?? ''))
    if (!CREDENTIAL_PARAMETERS.has(name)) fields[name] = value;
  if (body !== null && typeof body === 'object' && !Array.isArray(body))
    Object.assign(fields, body);
  for (const name of SECURITY_FIELDS) delete fields[name];
  return JSON.stringify({
    _n: nonce,
    _appid: appId,
    _timestamp: timestamp,
    ...fields,
  });
}

/** A random nonce: base64 of 16 random bytes without padding (22 characters, like the official example's). */
export function randomNonce(): string {
  return randomBytes(16).toString('base64').replace(/=+$/, '');
}

/**
 * Encrypts `plaintext` and signs the body exactly as it will be sent
 * (§1a steps 2–5): AAD with the symmetric SN, a fresh 12-byte IV, the
 * four-line signed string (no SN) signed RSA-PSS, and the `Wechatmp-*`
 * headers (`Wechatmp-Serial` = the asymmetric SN when configured).
 * `iv` is for the official vectors only.
 */
export function sealRequest(
  path: string,
  appId: string,
  keys: LoadedApiSecurityKeys,
  timestamp: number,
  plaintext: string,
  iv: Buffer = randomBytes(IV_BYTES),
): SealedRequest {
  const urlPath = urlPathOf(path);
  const body = sealEnvelope(
    keys.aesKey,
    iv,
    additionalData(urlPath, appId, timestamp, keys.aesSn),
    plaintext,
  );
  const signature = signPss(
    keys.privateKey,
    signedString(urlPath, appId, timestamp, body),
  );
  return {
    body,
    timestamp,
    headers: {
      'Wechatmp-Appid': appId,
      'Wechatmp-TimeStamp': String(timestamp),
      'Wechatmp-Signature': signature,
      ...(keys.rsaSn === undefined ? {} : { 'Wechatmp-Serial': keys.rsaSn }),
    },
  };
}
