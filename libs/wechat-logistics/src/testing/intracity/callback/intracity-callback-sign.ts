import { createHash } from 'node:crypto';

/**
 * The status callback's `sign` (intracity.md §5): every field but `sign` as
 * `key=value`, keys in ASCII order, joined with `&`, then `&token=<Token>`;
 * lower-case hex MD5 of the UTF-8 string.
 */
export function intracityCallbackSign(
  fields: Readonly<Record<string, string | number>>,
  token: string,
): string {
  const signed = Object.keys(fields)
    .filter((key) => key !== 'sign')
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('&');
  return createHash('md5')
    .update(`${signed}&token=${token}`, 'utf8')
    .digest('hex');
}
