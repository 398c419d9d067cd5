import { type KeyObject } from 'node:crypto';
import { WechatTransportError } from '../errors/wechat-transport.error';
import { type LoadedApiSecurityKeys } from './loaded-api-security-keys';
import { verifyPss } from './rsa-pss';
import { openEnvelope, readEnvelope } from './sealed-envelope';
import { additionalData, signedString, urlPathOf } from './signed-strings';

/** A reply as the transport received it: status, the body text, the headers (names in lower case). */
export interface ReceivedReply {
  readonly status: number;
  readonly text: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** What a sealed request's reply is checked against. */
export interface ReplyExpectation {
  readonly api: string;
  readonly path: string;
  readonly appId: string;
  readonly keys: LoadedApiSecurityKeys;
  /** This server's clock, Unix seconds. */
  readonly nowSeconds: number;
  readonly timestampWindowSeconds: number;
}

/** A reply that passed every check: its JSON without `_n`/`_appid`/`_timestamp`, and its nonce (for the replay guard). */
export interface OpenedReply {
  readonly reply: Record<string, unknown>;
  /** Undefined for a plain refusal. */
  readonly nonce: string | undefined;
}

const SECURITY_FIELDS = ['_n', '_appid', '_timestamp'] as const;

/**
 * The platform key and signature to verify a reply with (api-security.md
 * §3.7): the one `Wechatmp-Serial` names, or the `-Deprecated` pair when
 * that is the certificate this app has (during a rotation WeChat sends
 * both); `undefined` when the app has neither.
 */
export function signerOf(
  headers: ReceivedReply['headers'],
  keys: LoadedApiSecurityKeys,
): { key: KeyObject; signature: string } | undefined {
  const current = headers['wechatmp-serial'];
  const currentKey = current && keys.platformKeys.get(current);
  if (currentKey)
    return { key: currentKey, signature: headers['wechatmp-signature'] ?? '' };
  const deprecated = headers['wechatmp-serial-deprecated'];
  const deprecatedKey = deprecated && keys.platformKeys.get(deprecated);
  if (deprecatedKey)
    return {
      key: deprecatedKey,
      signature: headers['wechatmp-signature-deprecated'] ?? '',
    };
  return undefined;
}

/** Whether the reply is signed at all (a refusal of the security layer comes back plain). */
export function isSigned(headers: ReceivedReply['headers']): boolean {
  return headers['wechatmp-signature'] !== undefined;
}

/**
 * Verifies, then decrypts, a reply to a sealed request (§3.7, §3.8), in
 * the order the guide gives: appid, timestamp window, the platform
 * certificate by serial, the RSA-PSS signature over
 * `urlpath\nappid\nrespTimestamp\nrawBody`, then AES-GCM with the reply's
 * own timestamp in the AAD, then `_appid`/`_timestamp` against the headers.
 * A plain reply with a non-zero errcode is WeChat refusing the request
 * (40234, 934011…): handed on as it is. Anything else that fails a check is
 * a `WechatTransportError` ('unverified-response') saying which check —
 * never a key, a signature or the body.
 */
export function openResponse(
  reply: ReceivedReply,
  expected: ReplyExpectation,
): OpenedReply {
  const refuse = (check: string) =>
    new WechatTransportError(
      'unverified-response',
      expected.api,
      `reply not believed: ${check}`,
      reply.status,
    );
  const { headers } = reply;
  if (!isSigned(headers)) return plainRefusal(reply.text, refuse);
  if (headers['wechatmp-appid'] !== expected.appId)
    throw refuse('Wechatmp-Appid is not this app');
  const timestampText = headers['wechatmp-timestamp'] ?? '';
  const timestamp = Number(timestampText);
  if (!/^\d{1,12}$/.test(timestampText))
    throw refuse('Wechatmp-TimeStamp is missing or not a number');
  if (
    Math.abs(expected.nowSeconds - timestamp) > expected.timestampWindowSeconds
  )
    throw refuse(
      `Wechatmp-TimeStamp is ${expected.nowSeconds - timestamp} s from this server's clock (window ±${expected.timestampWindowSeconds} s): stale or replayed`,
    );
  const signer = signerOf(headers, expected.keys);
  if (!signer)
    throw refuse(
      `signed with a platform certificate this app does not have (Wechatmp-Serial ${quotedSn(headers['wechatmp-serial'])}); add it to apiSecurity.platformCertificates`,
    );
  const urlPath = urlPathOf(expected.path);
  if (
    !verifyPss(
      signer.key,
      signedString(urlPath, expected.appId, timestamp, reply.text),
      signer.signature,
    )
  )
    throw refuse('the signature does not verify with the platform certificate');
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.text);
  } catch {
    parsed = undefined;
  }
  const envelope = readEnvelope(parsed);
  if (!envelope) throw refuse('the signed body is not {iv, data, authtag}');
  const plaintext = openEnvelope(
    expected.keys.aesKey,
    envelope,
    additionalData(urlPath, expected.appId, timestamp, expected.keys.aesSn),
  );
  if (plaintext === undefined)
    throw refuse('AES-GCM decryption failed (tag mismatch)');
  let opened: unknown;
  try {
    opened = JSON.parse(plaintext);
  } catch {
    throw refuse('the decrypted body is not JSON');
  }
  if (opened === null || typeof opened !== 'object' || Array.isArray(opened))
    throw refuse('the decrypted body is not a JSON object');
  const fields = opened as Record<string, unknown>;
  if (fields._appid !== expected.appId)
    throw refuse('the decrypted _appid differs from Wechatmp-Appid');
  if (fields._timestamp !== timestamp)
    throw refuse('the decrypted _timestamp differs from Wechatmp-TimeStamp');
  if (typeof fields._n !== 'string' || fields._n === '')
    throw refuse('the decrypted body has no _n');
  const nonce = fields._n;
  for (const name of SECURITY_FIELDS) delete fields[name];
  return { reply: fields, nonce };
}

/** An unsigned reply is believed only as a refusal (a non-zero errcode); a plain success was not WeChat's to send. */
function plainRefusal(
  text: string,
  refuse: (check: string) => WechatTransportError,
): OpenedReply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    typeof (parsed as { errcode?: unknown }).errcode === 'number' &&
    (parsed as { errcode: number }).errcode !== 0
  )
    return { reply: parsed as Record<string, unknown>, nonce: undefined };
  throw refuse(
    'unsigned reply to a signed request (no Wechatmp-Signature), and not a refusal',
  );
}

/** A serial from the reply, quoted only when it looks like one (it is WeChat's identifier, not a secret). */
function quotedSn(sn: string | undefined): string {
  return sn !== undefined && /^[A-Za-z0-9_-]{1,128}$/.test(sn)
    ? `"${sn}"`
    : 'missing or malformed';
}
