import { type KeyObject, constants, sign, verify } from 'node:crypto';

/** RSAwithSHA256 as WeChat uses it: RSASSA-PSS, SHA-256, MGF1-SHA-256, salt 32 (api-security.md §3.5). */
const PSS = {
  padding: constants.RSA_PKCS1_PSS_PADDING,
  saltLength: 32,
} as const;

/** Signs `text` (UTF-8) with the app private key; base64, as `Wechatmp-Signature` carries it. */
export function signPss(privateKey: KeyObject, text: string): string {
  return sign('sha256', Buffer.from(text, 'utf8'), {
    key: privateKey,
    ...PSS,
  }).toString('base64');
}

/**
 * Whether `signature` (base64) is a PSS signature of `text` by `publicKey`.
 * Salt 32, as WeChat signs (the guide's example verifies with 32); anything
 * malformed is simply not a valid signature.
 */
export function verifyPss(
  publicKey: KeyObject,
  text: string,
  signature: string,
): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
  try {
    return verify(
      'sha256',
      Buffer.from(text, 'utf8'),
      { key: publicKey, ...PSS },
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
