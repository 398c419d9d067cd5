import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';

/** `apiBaseUrl`: an absolute http(s) URL without query, fragment or credentials, kept without trailing slashes. */
export function resolveBaseUrl(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string')
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      'must be a string',
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      `must be an absolute http(s) URL (got "${value}")`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      `must use http or https (got "${url.protocol}")`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new InvalidWechatLogisticsOptionsError(
      'apiBaseUrl',
      'must not carry a query, fragment or credentials',
    );
  }
  return url.href.replace(/\/+$/, '');
}
