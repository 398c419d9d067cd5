import { type IncomingHttpHeaders } from 'node:http';
import { isJsonObject } from '../http/json-values';
import { parseJsonOrUndefined } from '../http/request-log';
import { type WechatReply } from '../http/wechat-reply';
import { type AppApiSecurity } from './app-api-security';
import { asEnvelope, openEnvelope } from './gcm-envelope';
import { pssVerify } from './pss-signature';
import { additionalData, signedMessage } from './secured-strings';
import { type SecuredExchange } from './secured-reply-writer';
import { type SecurityErrcode, securityRefusal } from './security-refusals';

/** Where a route stands on API security (`EndpointDefinition.apiSecurity` on the client side). */
export type RouteSecurity = 'required' | 'supported';

/** The parts of a request and of the emulator the checks read. */
export interface SecuredRequestInput {
  readonly mode: RouteSecurity;
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBytes: Buffer;
  /** The app the access token (or Cloud Hosting) says the call acts for. */
  readonly caller: {
    readonly appId: string;
    readonly apiSecurity: AppApiSecurity;
  };
  /** Whether the emulator serves an app with this AppID. */
  readonly isKnownApp: (appId: string) => boolean;
  readonly nowSeconds: number;
  readonly windowSeconds: number;
  readonly serialDemanded: boolean;
}

export type OpenedRequest =
  /** Not a secured call: the router parses the body as usual. */
  | { readonly kind: 'plain' }
  | { readonly kind: 'refused'; readonly reply: WechatReply }
  | {
      readonly kind: 'secured';
      /** The decrypted JSON without `_n`, `_appid`, `_timestamp`. */
      readonly body: Record<string, unknown>;
      readonly exchange: SecuredExchange;
    };

const refuse = (errcode: SecurityErrcode): OpenedRequest => ({
  kind: 'refused',
  reply: securityRefusal(errcode),
});

/**
 * WeChat's side of a request to an API that takes API security, checks in
 * this order (the order is our inference; each errcode is WeChat's): is it a
 * secured call at all (934011 where one is required), the headers
 * (40233, 40231, 40232, 40230 when demanded), the AppID (40236 unknown,
 * 40237 not the token's), the app's keys (40238, 40239), the timestamp
 * window (40240), the signature over the raw body bytes (40234), then the
 * envelope and its plaintext (40235).
 */
export function openSecuredRequest(input: SecuredRequestInput): OpenedRequest {
  // Only POST bodies are wrapped (no source says how a GET would be).
  if (input.method !== 'POST') return { kind: 'plain' };
  const appIdHeader = header(input.headers, 'wechatmp-appid');
  const timestampHeader = header(input.headers, 'wechatmp-timestamp');
  const signature = header(input.headers, 'wechatmp-signature');
  const required =
    input.mode === 'required' ||
    input.caller.apiSecurity.securityRequiredForSupported;
  if (!required && signature === undefined) return { kind: 'plain' };

  const envelope = asEnvelope(
    parseJsonOrUndefined(input.rawBytes.toString('utf8')),
  );
  const anyHeader = [appIdHeader, timestampHeader, signature].some(
    (value) => value !== undefined,
  );
  if (!anyHeader && !envelope) return refuse(934011);
  if (appIdHeader === undefined) return refuse(40233);
  if (timestampHeader === undefined) return refuse(40231);
  if (signature === undefined) return refuse(40232);
  if (input.serialDemanded && !header(input.headers, 'wechatmp-serial')) {
    return refuse(40230);
  }

  if (!input.isKnownApp(appIdHeader)) return refuse(40236);
  if (appIdHeader !== input.caller.appId) return refuse(40237);
  const { aesKey, aesSn, appPublicKey } = input.caller.apiSecurity.keys;
  if (aesKey === undefined || aesSn === undefined) return refuse(40238);
  if (appPublicKey === undefined) return refuse(40239);

  const timestamp = /^\d{1,12}$/.test(timestampHeader)
    ? Number(timestampHeader)
    : undefined;
  if (
    timestamp === undefined ||
    Math.abs(input.nowSeconds - timestamp) > input.windowSeconds
  ) {
    return refuse(40240);
  }

  const { path, rawBytes } = input;
  const message = signedMessage(path, appIdHeader, timestampHeader, rawBytes);
  if (!pssVerify(appPublicKey, message, signature)) return refuse(40234);

  if (!envelope) return refuse(40235);
  const aad = additionalData(path, appIdHeader, timestamp, aesSn);
  const plaintext = openEnvelope(aesKey, aad, envelope);
  const plain =
    plaintext === undefined ? undefined : parseJsonOrUndefined(plaintext);
  if (!isJsonObject(plain)) return refuse(40235);
  const {
    _n: nonce,
    _appid: innerAppId,
    _timestamp: innerTimestamp,
    ...body
  } = plain;
  if (
    typeof nonce !== 'string' ||
    nonce === '' ||
    innerAppId !== appIdHeader ||
    innerTimestamp !== timestamp
  ) {
    return refuse(40235);
  }
  return {
    kind: 'secured',
    body,
    exchange: { path, appId: appIdHeader, aesKey, aesSn },
  };
}

/** One header's value; Node lower-cases names, and a repeated header counts as its first value. */
function header(
  headers: IncomingHttpHeaders,
  name: string,
): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}
