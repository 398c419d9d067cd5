import { createCipheriv, createDecipheriv } from 'node:crypto';
import { strictBase64 } from './pss-signature';

/** The encrypted body both ways: `{"iv","data","authtag"}`, standard base64 each (§3.3). */
export interface GcmEnvelope {
  readonly iv: string;
  readonly data: string;
  readonly authtag: string;
}

export const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;

/** AES-256-GCM of `plaintext` under `aesKeyBase64` (32 bytes) with `aad`. */
export function sealEnvelope(
  aesKeyBase64: string,
  iv: Buffer,
  aad: Buffer,
  plaintext: string,
): GcmEnvelope {
  const cipher = createCipheriv(
    'aes-256-gcm',
    Buffer.from(aesKeyBase64, 'base64'),
    iv,
  );
  cipher.setAAD(aad);
  const data = Buffer.concat([
    cipher.update(plaintext, 'utf8'),
    cipher.final(),
  ]);
  return {
    iv: iv.toString('base64'),
    data: data.toString('base64'),
    authtag: cipher.getAuthTag().toString('base64'),
  };
}

/**
 * The plaintext of an envelope, or undefined when anything is wrong: fields
 * that are not strict base64, an IV that is not 12 bytes, a tag that is
 * not 16, or a GCM authentication failure (wrong key, AAD or bytes).
 */
export function openEnvelope(
  aesKeyBase64: string,
  aad: Buffer,
  envelope: GcmEnvelope,
): string | undefined {
  const iv = strictBase64(envelope.iv);
  const data =
    envelope.data === '' ? Buffer.alloc(0) : strictBase64(envelope.data);
  const tag = strictBase64(envelope.authtag);
  if (!iv || !data || !tag) return undefined;
  if (iv.length !== GCM_IV_BYTES || tag.length !== GCM_TAG_BYTES) {
    return undefined;
  }
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      Buffer.from(aesKeyBase64, 'base64'),
      iv,
    );
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}

/** `value` when it is exactly `{iv, data, authtag}` of strings; undefined otherwise. */
export function asEnvelope(value: unknown): GcmEnvelope | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (keys !== 'authtag,data,iv') return undefined;
  const { iv, data, authtag } = record;
  return typeof iv === 'string' &&
    typeof data === 'string' &&
    typeof authtag === 'string'
    ? { iv, data, authtag }
    : undefined;
}
