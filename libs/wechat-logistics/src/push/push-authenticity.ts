import { type ResolvedPushMessageDecoderOptions } from './push-decoder-options';
import { type PushQuery } from './push-query';
import {
  computeMsgSignature,
  computeSignature,
  signaturesMatch,
} from './push-signature';
import {
  type PushMisconfiguration,
  WechatPushError,
} from './wechat-push.error';

/** What proving a push's origin and age needs from the decoder's options. */
export type AuthenticityOptions = Pick<
  ResolvedPushMessageDecoderOptions,
  'token' | 'now' | 'timestampToleranceSeconds'
>;

/** Plain mode and the URL check: `signature = sha1(sort([token, timestamp, nonce]))`. */
export function verifySignature(
  options: AuthenticityOptions,
  query: PushQuery,
): void {
  const { signature, timestamp, nonce } = query;
  if (
    signature === undefined ||
    timestamp === undefined ||
    nonce === undefined
  ) {
    throw new WechatPushError(
      'bad-signature',
      'signature, timestamp or nonce is missing',
    );
  }
  const expected = computeSignature(options.token, timestamp, nonce);
  if (!signaturesMatch(expected, signature.toLowerCase())) {
    throw new WechatPushError('bad-signature', 'signature does not match');
  }
}

/**
 * Safe and compatible mode: `msg_signature` also covers the encrypted body.
 * `diagnose` is asked only on a mismatch, for what the log should say.
 */
export function verifyMsgSignature(
  options: AuthenticityOptions,
  query: PushQuery,
  encrypt: string,
  diagnose: () => PushMisconfiguration | undefined,
): void {
  const { msg_signature: signature, timestamp, nonce } = query;
  if (
    signature === undefined ||
    timestamp === undefined ||
    nonce === undefined
  ) {
    throw new WechatPushError(
      'bad-signature',
      'msg_signature, timestamp or nonce is missing',
    );
  }
  const expected = computeMsgSignature(
    options.token,
    timestamp,
    nonce,
    encrypt,
  );
  if (!signaturesMatch(expected, signature.toLowerCase())) {
    throw new WechatPushError('bad-signature', 'msg_signature does not match', {
      misconfiguration: diagnose(),
    });
  }
}

/** Runs after the signature check, so a stale-timestamp error means a genuine but old (or skewed) request. */
export function checkTimestamp(
  options: AuthenticityOptions,
  timestamp: string | undefined,
): void {
  const seconds =
    timestamp !== undefined && /^\d{1,12}$/.test(timestamp)
      ? Number(timestamp)
      : NaN;
  if (Number.isNaN(seconds)) {
    throw new WechatPushError(
      'stale-timestamp',
      'timestamp is not Unix seconds',
    );
  }
  const nowSeconds = Math.floor(options.now() / 1000);
  if (Math.abs(nowSeconds - seconds) > options.timestampToleranceSeconds) {
    throw new WechatPushError(
      'stale-timestamp',
      `timestamp is ${nowSeconds - seconds}s away from now (tolerance ${options.timestampToleranceSeconds}s)`,
    );
  }
}
