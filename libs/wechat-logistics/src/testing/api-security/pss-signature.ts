import { constants, createPublicKey, sign, verify } from 'node:crypto';

/**
 * RSAwithSHA256 as WeChat uses it both ways: RSASSA-PSS, SHA-256, MGF1-SHA-256,
 * salt length 32 (api-security.md §3.5). The emulator verifies with salt 32
 * exactly, as the guide tells clients to set it; a client signing with
 * OpenSSL's default (maximum) salt is refused like a bad signature (inference:
 * WeChat's verifier is not published).
 */
const PSS = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };

/** base64 signature of `message` with a PEM private key (PKCS#1 or PKCS#8). */
export function pssSign(privateKeyPem: string, message: Buffer): string {
  return sign('sha256', message, { key: privateKeyPem, ...PSS }).toString(
    'base64',
  );
}

/**
 * Whether `signatureBase64` is a valid signature of `message` by the key of
 * `publicKeyPem` (a public key or an X.509 certificate). Malformed input is
 * "not valid", never an exception.
 */
export function pssVerify(
  publicKeyPem: string,
  message: Buffer,
  signatureBase64: string,
): boolean {
  const signature = strictBase64(signatureBase64);
  if (!signature) return false;
  try {
    const key = createPublicKey(publicKeyPem);
    return verify('sha256', message, { key, ...PSS }, signature);
  } catch {
    return false;
  }
}

const BASE64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes standard padded base64 only; Node's decoder would skip bad characters silently. */
export function strictBase64(text: string): Buffer | undefined {
  return text !== '' && BASE64.test(text)
    ? Buffer.from(text, 'base64')
    : undefined;
}
