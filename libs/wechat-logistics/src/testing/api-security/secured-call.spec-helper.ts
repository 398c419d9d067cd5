// Shared by the emulator's API-security specs. Named `.spec-helper.ts`: the
// library build leaves it out and Jest does not run it.
import { classicToken, tokenValue } from '../emulator-http.spec-helper';
import { WechatEmulator } from '../wechat-emulator';
import {
  OFFICIAL_EXAMPLE_APP_ID,
  OFFICIAL_EXAMPLE_KEYS,
} from './official-example-keys';
import {
  sealRequest,
  type SealedRequest,
  securedRequest,
  type SecuredResponse,
} from './secured-request';

/** The official example app's keys as the developer holds them. */
export const APP_KEYS = {
  appId: OFFICIAL_EXAMPLE_KEYS.appId,
  aesKey: OFFICIAL_EXAMPLE_KEYS.aesKey,
  aesSn: OFFICIAL_EXAMPLE_KEYS.aesSn,
  privateKeyPem: OFFICIAL_EXAMPLE_KEYS.privateKeyPem,
};

/** The same keys as the console holds them (the public half only). */
export const CONSOLE_KEYS = {
  aesKey: OFFICIAL_EXAMPLE_KEYS.aesKey,
  aesSn: OFFICIAL_EXAMPLE_KEYS.aesSn,
  appPublicKey: OFFICIAL_EXAMPLE_KEYS.publicKeyPem,
  rsaSn: OFFICIAL_EXAMPLE_KEYS.rsaSn,
};

export const ACCOUNT_GETALL = '/cgi-bin/express/business/account/getall';

/** An emulator whose default app is the example app, keys configured, and a token for it. */
export async function startSecuredEmulator(): Promise<{
  wechat: WechatEmulator;
  token: string;
}> {
  const wechat = await WechatEmulator.start({ appId: OFFICIAL_EXAMPLE_APP_ID });
  wechat.apiSecurity.configure(CONSOLE_KEYS);
  const token = await tokenValue(classicToken(wechat));
  return { wechat, token };
}

/** The client trusting the emulator's current platform certificate. */
export function trustCurrent(wechat: WechatEmulator): Record<string, string> {
  const { sn, certificatePem } = wechat.apiSecurity.platform;
  return { [sn]: certificatePem };
}

/** A correctly sealed call, read with the current certificate trusted. */
export function securedCall(
  wechat: WechatEmulator,
  token: string,
  path: string,
  payload: Record<string, unknown> = {},
): Promise<SecuredResponse> {
  return securedRequest({
    baseUrl: wechat.url,
    path,
    query: { access_token: token },
    keys: APP_KEYS,
    payload,
    timestamp: wechat.clock.nowSeconds(),
    trusted: trustCurrent(wechat),
  });
}

/** A sealed request for `path` now, to be sent as is or spoiled by a spec. */
export function sealNow(
  wechat: WechatEmulator,
  path: string,
  payload: Record<string, unknown> = {},
): SealedRequest {
  return sealRequest({
    path,
    keys: APP_KEYS,
    payload,
    timestamp: wechat.clock.nowSeconds(),
  });
}

/** POSTs exactly `body` with exactly `headers`; the reply parsed as plain JSON. */
export async function postRaw(
  wechat: WechatEmulator,
  pathAndQuery: string,
  body: string,
  headers: Record<string, string>,
): Promise<{
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}> {
  const response = await fetch(`${wechat.url}${pathAndQuery}`, {
    method: 'POST',
    headers,
    body,
  });
  const text = await response.text();
  const json = JSON.parse(text) as Record<string, unknown>;
  return { status: response.status, headers: response.headers, text, json };
}

/** `headers` without the named ones. */
export function without(
  headers: Record<string, string>,
  ...names: string[]
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !names.includes(name)),
  );
}
