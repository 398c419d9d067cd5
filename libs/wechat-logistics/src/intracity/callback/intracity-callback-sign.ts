import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The string the status callback's `sign` is computed over (intracity.md
 * §5): every field but `sign` as `key=value`, sorted by key in ASCII order,
 * joined with `&`, then `&token=` and the mini program's message-push Token.
 * Numbers as JSON writes them; an object (none is documented) as its JSON.
 */
export function intracitySignedString(
  fields: Readonly<Record<string, unknown>>,
  token: string,
): string {
  const pairs = Object.keys(fields)
    .filter((key) => key !== 'sign')
    .sort()
    .map((key) => `${key}=${valueText(fields[key])}`);
  return `${pairs.join('&')}&token=${token}`;
}

/** `lowercase(hex(md5(utf8(signed string))))`. */
export function intracityCallbackSign(
  fields: Readonly<Record<string, unknown>>,
  token: string,
): string {
  return createHash('md5')
    .update(intracitySignedString(fields, token), 'utf8')
    .digest('hex');
}

/** Whether `sign` is the one the fields and Token give, compared in constant time. */
export function isIntracityCallbackSignValid(
  fields: Readonly<Record<string, unknown>>,
  sign: string,
  token: string,
): boolean {
  const expected = Buffer.from(intracityCallbackSign(fields, token), 'utf8');
  const given = Buffer.from(sign.toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}
