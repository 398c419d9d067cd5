/**
 * WeChat's canonical origin: `urlpath` in the AAD and in both signed strings
 * is always this plus the path, whatever `apiBaseUrl` the requests go to (an
 * emulator, a proxy): WeChat and the emulator build it the same way.
 */
export const CANONICAL_API_ORIGIN = 'https://api.weixin.qq.com';

/** `urlpath`: the full URL with scheme and host, without the query (api-security.md §3.2). */
export function urlPathOf(path: string): string {
  const query = path.indexOf('?');
  return CANONICAL_API_ORIGIN + (query === -1 ? path : path.slice(0, query));
}

/** The AAD of request and reply: `urlpath|appid|timestamp|aesSn` (§3.2; the reply's uses its own timestamp). */
export function additionalData(
  urlPath: string,
  appId: string,
  timestamp: number,
  aesSn: string,
): string {
  return `${urlPath}|${appId}|${timestamp}|${aesSn}`;
}

/**
 * The string both sides sign: `urlpath\nappid\ntimestamp\nbody`, the body
 * exactly as sent. No key SN anywhere in it: WxJava 4.8.0 inserted one and
 * every signed call failed with 40234 (§3.4); the official example pins
 * this four-line form.
 */
export function signedString(
  urlPath: string,
  appId: string,
  timestamp: number,
  body: string,
): string {
  return `${urlPath}\n${appId}\n${timestamp}\n${body}`;
}
