import { createCipheriv, createDecipheriv } from 'node:crypto';

/** The body of every sealed request and reply: three base64 strings (api-security.md §3.3). */
export interface SealedEnvelope {
  readonly iv: string;
  readonly data: string;
  readonly authtag: string;
}

/** GCM's nonce: 12 bytes, as the guide says (a 16-byte one was answered 40097). */
export const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * AES-256-GCM of `plaintext` under `aad`, serialised once as
 * `{"iv","data","authtag"}`: this exact text is what is signed and sent.
 */
export function sealEnvelope(
  key: Buffer,
  iv: Buffer,
  aad: string,
  plaintext: string,
): string {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([
    cipher.update(plaintext, 'utf8'),
    cipher.final(),
  ]);
  const envelope: SealedEnvelope = {
    iv: iv.toString('base64'),
    data: data.toString('base64'),
    authtag: cipher.getAuthTag().toString('base64'),
  };
  return JSON.stringify(envelope);
}

/** The envelope in a parsed body, or `undefined` when the body is not one. */
export function readEnvelope(parsed: unknown): SealedEnvelope | undefined {
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { iv, data, authtag } = parsed as Record<string, unknown>;
  return typeof iv === 'string' &&
    typeof data === 'string' &&
    typeof authtag === 'string' &&
    BASE64.test(iv) &&
    BASE64.test(data) &&
    BASE64.test(authtag)
    ? { iv, data, authtag }
    : undefined;
}

/** The plaintext, or `undefined` when the tag does not check out (tampered, wrong key or AAD). */
export function openEnvelope(
  key: Buffer,
  envelope: SealedEnvelope,
  aad: string,
): string | undefined {
  const iv = Buffer.from(envelope.iv, 'base64');
  const tag = Buffer.from(envelope.authtag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(Buffer.from(envelope.data, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}
