import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The `signature` WeChat puts in the query of URL verifications and pushes:
 * lower-case hex SHA-1 of the sorted, concatenated token, timestamp and nonce (§11.1).
 */
export function computeSignature(
  token: string,
  timestamp: string,
  nonce: string,
): string {
  return sha1OfSorted([token, timestamp, nonce]);
}

/**
 * The `msg_signature` of an encrypted push (§11.2): the same recipe with the
 * Base64 `Encrypt` value as a fourth part, so it authenticates the body too.
 */
export function computeMsgSignature(
  token: string,
  timestamp: string,
  nonce: string,
  encrypt: string,
): string {
  return sha1OfSorted([token, timestamp, nonce, encrypt]);
}

/**
 * Compares two signatures in constant time. Both sides are hashed to a fixed
 * length first, so neither the content nor the length of the expected value
 * leaks through timing, and inputs of different lengths never throw.
 */
export function signaturesMatch(expected: string, actual: string): boolean {
  return timingSafeEqual(sha256(expected), sha256(actual));
}

function sha1OfSorted(parts: string[]): string {
  // Default sort orders by UTF-16 code unit, which equals WeChat's byte-wise
  // sort for the ASCII tokens, digits and Base64 it signs.
  return createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
