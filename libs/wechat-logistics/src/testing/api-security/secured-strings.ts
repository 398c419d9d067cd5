/**
 * The two strings both sides of WeChat's API security build from one call
 * (api-security.md §3.2, §3.4, §3.7). The URL is always WeChat's canonical
 * one, whatever host the emulator listens on: the client signs
 * `https://api.weixin.qq.com<path>`, never its configured base URL.
 */
export const WECHAT_API_ORIGIN = 'https://api.weixin.qq.com';

/** `https://api.weixin.qq.com<path>`: no query string (the access_token stays out). */
export function canonicalUrl(path: string): string {
  return `${WECHAT_API_ORIGIN}${path}`;
}

/** GCM additional data: `urlpath|appid|timestamp|symmetricSN`. */
export function additionalData(
  path: string,
  appId: string,
  timestamp: number,
  aesSn: string,
): Buffer {
  return Buffer.from(
    `${canonicalUrl(path)}|${appId}|${timestamp}|${aesSn}`,
    'utf8',
  );
}

/**
 * The signed string: `urlpath\nappid\ntimestamp\n` then the body's exact
 * bytes, with no key SN in it (the four-line form WeChat verifies; the SN
 * form of WxJava 4.8.0 gets 40234) and no trailing newline.
 */
export function signedMessage(
  path: string,
  appId: string,
  timestamp: number | string,
  body: Buffer | string,
): Buffer {
  const head = Buffer.from(
    `${canonicalUrl(path)}\n${appId}\n${timestamp}\n`,
    'utf8',
  );
  return Buffer.concat([
    head,
    typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  ]);
}
