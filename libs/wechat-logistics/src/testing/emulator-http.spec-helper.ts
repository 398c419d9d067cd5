// Shared helpers for the emulator's specs. Named `-spec.ts` on purpose: the
// library build excludes "**/*spec.ts", while Jest only runs "*.spec.ts" files.
import { type WechatEmulator } from './wechat-emulator';

export interface WireReply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The JSON body, or `{}` when the body is not a JSON object. */
  readonly body: Record<string, unknown>;
}

/** `xxxxxxxx-xxxxxxxx-xxxxxxxx` at the end of every error errmsg. */
export const RID_SUFFIX = / rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/;

export async function call(
  emulator: WechatEmulator,
  method: 'GET' | 'POST',
  pathAndQuery: string,
  body?: unknown,
): Promise<WireReply> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const response = await fetch(`${emulator.url}${pathAndQuery}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: parseObject(text),
  };
}

export const postJson = (
  emulator: WechatEmulator,
  pathAndQuery: string,
  body: unknown,
) => call(emulator, 'POST', pathAndQuery, body);

/** `/cgi-bin/token` with the emulator's own credentials unless overridden. */
export function classicToken(
  emulator: WechatEmulator,
  params: Record<string, string | undefined> = {},
): Promise<WireReply> {
  const query = new URLSearchParams();
  const merged = {
    grant_type: 'client_credential',
    appid: emulator.appId,
    secret: emulator.appSecret,
    ...params,
  };
  Object.entries(merged).forEach(
    ([k, v]) => v !== undefined && query.set(k, v),
  );
  return call(emulator, 'GET', `/cgi-bin/token?${query.toString()}`);
}

/** `/cgi-bin/stable_token` with the emulator's own credentials unless overridden. */
export function stableToken(
  emulator: WechatEmulator,
  fields: Record<string, unknown> = {},
): Promise<WireReply> {
  return postJson(emulator, '/cgi-bin/stable_token', {
    grant_type: 'client_credential',
    appid: emulator.appId,
    secret: emulator.appSecret,
    ...fields,
  });
}

export async function tokenValue(reply: Promise<WireReply>): Promise<string> {
  const { body } = await reply;
  if (typeof body['access_token'] !== 'string') {
    throw new Error(`no access_token in ${JSON.stringify(body)}`);
  }
  return body['access_token'];
}

/** A business call (cancelOrder) with `token`; its errcode tells whether the token works. */
export async function errcodeWithToken(
  emulator: WechatEmulator,
  token: string,
): Promise<unknown> {
  const reply = await postJson(
    emulator,
    `/cgi-bin/express/business/order/cancel?access_token=${encodeURIComponent(token)}`,
    { order_id: 'probe', delivery_id: 'TEST', waybill_id: 'probe' },
  );
  // 930563 (no such order) means the token itself was accepted.
  return reply.body['errcode'] === 930563 ? 0 : reply.body['errcode'];
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Calls business endpoints with one stable token, answering the parsed body. */
export interface BusinessApi {
  post(path: string, body: unknown): Promise<Record<string, unknown>>;
  get(path: string): Promise<Record<string, unknown>>;
}

/** The credentials of one app of an emulator (the emulator itself stands for its default app). */
export interface AppCredentials {
  readonly appId: string;
  readonly appSecret: string;
}

/** Business calls with a stable token of `app` (the default app unless given). */
export async function businessApi(
  emulator: WechatEmulator,
  app: AppCredentials = emulator,
): Promise<BusinessApi> {
  const token = await tokenValue(
    stableToken(emulator, { appid: app.appId, secret: app.appSecret }),
  );
  const withToken = (path: string) => `${path}?access_token=${token}`;
  return {
    post: async (path, body) =>
      (await postJson(emulator, withToken(path), body)).body,
    get: async (path) => (await call(emulator, 'GET', withToken(path))).body,
  };
}
