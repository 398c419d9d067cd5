import { randomBytes } from 'node:crypto';
import {
  asEnvelope,
  GCM_IV_BYTES,
  openEnvelope,
  sealEnvelope,
} from './gcm-envelope';
import { pssSign, pssVerify } from './pss-signature';
import { additionalData, signedMessage } from './secured-strings';

/**
 * The client's side of WeChat's API security for raw-HTTP tests: sign and
 * encrypt a request, verify and decrypt a reply. Written for the emulator's
 * tests (and users' tests of their own code against the emulator), apart
 * from the library's implementation, so the two agree only through the wire.
 */
export interface SecuredRequestKeys {
  readonly appId: string;
  /** base64 of the 32-byte AES-256-GCM key. */
  readonly aesKey: string;
  readonly aesSn: string;
  /** The app's RSA private key, PEM (PKCS#1 or PKCS#8). */
  readonly privateKeyPem: string;
  /** Sent as `Wechatmp-Serial` when given (WeChat does not need it). */
  readonly rsaSn?: string;
}

export interface SealRequestOptions {
  /** e.g. `/cgi-bin/express/intracity/createstore` (no query string). */
  readonly path: string;
  readonly keys: SecuredRequestKeys;
  /** The API's own JSON body (plus any query parameters but access_token). */
  readonly payload: Readonly<Record<string, unknown>>;
  /** Unix seconds: the emulator's clock (`wechat.clock.nowSeconds()`) unless a test says otherwise. */
  readonly timestamp: number;
  /** Fixed for vectors; random otherwise. */
  readonly iv?: Buffer;
  readonly nonce?: string;
}

/** A request ready to POST: the exact body text and the `Wechatmp-*` headers. */
export interface SealedRequest {
  readonly body: string;
  readonly headers: Record<string, string>;
  /** The JSON that was encrypted (for assertions on what was sent). */
  readonly plaintext: string;
}

export function sealRequest(options: SealRequestOptions): SealedRequest {
  const { path, keys, timestamp } = options;
  const nonce =
    options.nonce ?? randomBytes(16).toString('base64').replace(/=+$/, '');
  const plaintext = JSON.stringify({
    _n: nonce,
    _appid: keys.appId,
    _timestamp: timestamp,
    ...options.payload,
  });
  const iv = options.iv ?? randomBytes(GCM_IV_BYTES);
  const aad = additionalData(path, keys.appId, timestamp, keys.aesSn);
  const body = JSON.stringify(sealEnvelope(keys.aesKey, iv, aad, plaintext));
  const signature = pssSign(
    keys.privateKeyPem,
    signedMessage(path, keys.appId, timestamp, body),
  );
  const headers: Record<string, string> = {
    'Content-Type': 'application/json;charset=utf-8',
    'Wechatmp-Appid': keys.appId,
    'Wechatmp-TimeStamp': String(timestamp),
    'Wechatmp-Signature': signature,
    ...(keys.rsaSn !== undefined && { 'Wechatmp-Serial': keys.rsaSn }),
  };
  return { body, headers, plaintext };
}

/** How a reply read: believed (verified and decrypted), plain (unsigned), or refused and why. */
export type SecuredReplyReading =
  | {
      readonly kind: 'verified';
      /** The API's answer, `_n`/`_appid`/`_timestamp` removed. */
      readonly result: Record<string, unknown>;
      /** `Wechatmp-TimeStamp` of the reply (check freshness against your own clock). */
      readonly timestamp: number;
      /** The serial whose signature was checked (`-Deprecated` when only the old certificate is trusted). */
      readonly serial: string;
    }
  /** No `Wechatmp-Signature`: a security-layer refusal, or an unsigned answer where a signed one was due. */
  | { readonly kind: 'plain'; readonly result: unknown }
  | {
      readonly kind: 'refused';
      readonly reason:
        | 'unknown-serial'
        | 'bad-signature'
        | 'undecryptable'
        | 'appid-mismatch'
        | 'timestamp-mismatch';
    };

export interface OpenReplyOptions {
  readonly path: string;
  readonly keys: Pick<SecuredRequestKeys, 'appId' | 'aesKey' | 'aesSn'>;
  /** Platform certificates (or public keys) the client trusts, by console SN. */
  readonly trusted: Readonly<Record<string, string>>;
  readonly headers: Headers;
  readonly text: string;
}

/** C1–C4: pick the signature by serial, verify the raw text, decrypt, check and strip. */
export function openReply(options: OpenReplyOptions): SecuredReplyReading {
  const { path, keys, trusted, headers, text } = options;
  const signature = headers.get('wechatmp-signature');
  if (signature === null) return { kind: 'plain', result: parseOrText(text) };
  const pairs: [string | null, string | null][] = [
    [headers.get('wechatmp-serial'), signature],
    [
      headers.get('wechatmp-serial-deprecated'),
      headers.get('wechatmp-signature-deprecated'),
    ],
  ];
  const pair = pairs.find(
    ([serial, value]) => serial !== null && value !== null && serial in trusted,
  );
  if (!pair) return { kind: 'refused', reason: 'unknown-serial' };
  const [serial, chosen] = pair as [string, string];
  const timestampText = headers.get('wechatmp-timestamp') ?? '';
  const appId = headers.get('wechatmp-appid') ?? '';
  const message = signedMessage(path, appId, timestampText, text);
  if (appId !== keys.appId || !pssVerify(trusted[serial], message, chosen)) {
    return { kind: 'refused', reason: 'bad-signature' };
  }
  const timestamp = Number(timestampText);
  const envelope = asEnvelope(parseOrText(text));
  const aad = additionalData(path, keys.appId, timestamp, keys.aesSn);
  const plaintext = envelope && openEnvelope(keys.aesKey, aad, envelope);
  const plain = plaintext === undefined ? undefined : parseOrText(plaintext);
  if (typeof plain !== 'object' || plain === null) {
    return { kind: 'refused', reason: 'undecryptable' };
  }
  const { _n, _appid, _timestamp, ...result } = plain as Record<
    string,
    unknown
  >;
  if (_appid !== keys.appId)
    return { kind: 'refused', reason: 'appid-mismatch' };
  if (_timestamp !== timestamp) {
    return { kind: 'refused', reason: 'timestamp-mismatch' };
  }
  void _n;
  return { kind: 'verified', result, timestamp, serial };
}

export interface SecuredRequestOptions extends Omit<
  SealRequestOptions,
  'timestamp'
> {
  /** The emulator's `url`. */
  readonly baseUrl: string;
  /** Query parameters, `access_token` among them; they are not encrypted. */
  readonly query?: Readonly<Record<string, string>>;
  /** @default the wall clock; pass `wechat.clock.nowSeconds()` when the emulator clock moved. */
  readonly timestamp?: number;
  readonly trusted: Readonly<Record<string, string>>;
}

export interface SecuredResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly sent: SealedRequest;
  readonly reply: SecuredReplyReading;
}

/**
 * Seals `payload`, POSTs it to `baseUrl + path`, and reads the reply:
 *
 *   const { reply } = await securedRequest({
 *     baseUrl: wechat.url, path, query: { access_token }, keys,
 *     payload: { … }, timestamp: wechat.clock.nowSeconds(),
 *     trusted: { [wechat.apiSecurity.platform.sn]: wechat.apiSecurity.platform.certificatePem },
 *   });
 */
export async function securedRequest(
  options: SecuredRequestOptions,
): Promise<SecuredResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const sent = sealRequest({ ...options, timestamp });
  const query = new URLSearchParams(options.query ?? {}).toString();
  const url = `${options.baseUrl}${options.path}${query ? `?${query}` : ''}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: sent.headers,
    body: sent.body,
  });
  const text = await response.text();
  const { path, keys, trusted } = options;
  const reply = openReply({
    path,
    keys,
    trusted,
    headers: response.headers,
    text,
  });
  return {
    status: response.status,
    headers: response.headers,
    text,
    sent,
    reply,
  };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
