import { type EmulatedPlatformKey } from './emulated-platform-keys';
import { sealEnvelope } from './gcm-envelope';
import { pssSign } from './pss-signature';
import { additionalData, signedMessage } from './secured-strings';

/** Everything one sealed reply depends on; the random parts are inputs so a spec can pin them. */
export interface ReplySealInput {
  readonly path: string;
  readonly appId: string;
  readonly aesKey: string;
  readonly aesSn: string;
  /** The reply's own timestamp (not the request's). */
  readonly timestamp: number;
  readonly iv: Buffer;
  /** `_n`. */
  readonly nonce: string;
  /** What the handler answered, success or business error. */
  readonly result: Readonly<Record<string, unknown>>;
  /** Tamper drills only: `_appid` / `_timestamp` inside that disagree with the headers. */
  readonly innerAppId?: string;
  readonly innerTimestamp?: number;
}

/** A reply as it goes on the wire: exact body text and the `Wechatmp-*` headers. */
export interface SealedReply {
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timestamp: number;
}

/**
 * The encrypted reply body (S1): `{_n, _appid, _timestamp, …result}` with
 * the reply's timestamp, AES-256-GCM under the app's key with AAD
 * `urlpath|appid|respTs|aesSn`, as the `{"iv","data","authtag"}` JSON.
 */
export function sealReplyBody(input: ReplySealInput): string {
  // WeChat puts the three fields first (its official example reply).
  const plaintext = JSON.stringify({
    _n: input.nonce,
    _appid: input.innerAppId ?? input.appId,
    _timestamp: input.innerTimestamp ?? input.timestamp,
    ...withoutSecurityFields(input.result),
  });
  const aad = additionalData(
    input.path,
    input.appId,
    input.timestamp,
    input.aesSn,
  );
  return JSON.stringify(sealEnvelope(input.aesKey, input.iv, aad, plaintext));
}

function withoutSecurityFields(
  result: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const { _n, _appid, _timestamp, ...rest } = result;
  void [_n, _appid, _timestamp];
  return rest;
}

/**
 * The reply headers (S2): the body signed over `urlpath\nappid\nrespTs\nbody`
 * with the platform key, and during a rotation also with the expiring one.
 */
export function signReply(
  path: string,
  appId: string,
  timestamp: number,
  text: string,
  platform: EmulatedPlatformKey,
  deprecated?: EmulatedPlatformKey,
): Record<string, string> {
  const message = signedMessage(path, appId, timestamp, text);
  return {
    'Wechatmp-Appid': appId,
    'Wechatmp-TimeStamp': String(timestamp),
    'Wechatmp-Serial': platform.sn,
    'Wechatmp-Signature': pssSign(platform.privateKeyPem, message),
    ...(deprecated && {
      'Wechatmp-Serial-Deprecated': deprecated.sn,
      'Wechatmp-Signature-Deprecated': pssSign(
        deprecated.privateKeyPem,
        message,
      ),
    }),
  };
}
