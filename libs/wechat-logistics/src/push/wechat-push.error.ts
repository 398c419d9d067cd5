/**
 * Why a push from WeChat was refused:
 * - `bad-signature`: `signature` / `msg_signature` missing or wrong (not from WeChat, or a wrong token);
 * - `appid-mismatch`: the decrypted message was sealed for another AppID;
 * - `stale-timestamp`: the signed timestamp is outside the tolerance window (a replay, or clock skew);
 * - `malformed`: the body, the Base64, the padding or a field cannot be read;
 * - `too-large`: the body exceeds `maxBodyBytes`;
 * - `unsupported`: a mode or encoding this server is not configured for;
 * - `unconfirmed`: a 同城配送 status callback without a sign that queryOrder does not confirm;
 * - `in-progress` and `unavailable` (503) are not refusals of the push but "later, please".
 */
export type WechatPushRejection =
  | 'bad-signature'
  | 'appid-mismatch'
  | 'stale-timestamp'
  | 'malformed'
  | 'too-large'
  | 'unsupported'
  | 'unconfirmed'
  /** Another instance is handling this very event right now: WeChat should re-send it later. */
  | 'in-progress'
  /** Durable delivery's queue did not take the event: WeChat should re-send it later. */
  | 'unavailable';

const STATUS_BY_REASON: Record<WechatPushRejection, number> = {
  'bad-signature': 401,
  'appid-mismatch': 401,
  'stale-timestamp': 401,
  malformed: 400,
  'too-large': 413,
  // WeChat sent something this deployment is not set up for (encrypted push
  // without a key, a non-UTF-8 charset): the media is what is unsupported.
  unsupported: 415,
  // Not believed: WeChat's own state says otherwise (or it has no such order).
  unconfirmed: 401,
  // Not a refusal of the push: a later re-send finds it handled (answered success) or free.
  'in-progress': 503,
  unavailable: 503,
};

/**
 * The app's own configuration, not the sender, made a push fail: what to tell
 * the operator (a WARN line naming the cause and the fix), never the body or a secret.
 */
export interface PushMisconfiguration {
  /** A stable name for the cause: one WARN line per cause per app per minute. */
  readonly cause:
    | 'no-raw-body'
    | 'wrong-token'
    | 'wrong-aes-key'
    | 'foreign-app-id'
    | 'no-push-settings';
  /** What to change, in a sentence. */
  readonly fix: string;
}

/**
 * A push (or URL verification) from WeChat was refused. Transport-agnostic: the
 * controller maps it to HTTP through `httpStatus`. The message says which check
 * failed and never carries the token, the AES key or the body.
 */
export class WechatPushError extends Error {
  override readonly name = 'WechatPushError';

  /** Set when the refusal is the app's configuration's fault rather than the sender's. */
  readonly misconfiguration: PushMisconfiguration | undefined;

  constructor(
    readonly reason: WechatPushRejection,
    detail: string,
    options?: { cause?: unknown; misconfiguration?: PushMisconfiguration },
  ) {
    super(
      `WeChat push refused (${reason}): ${detail}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.misconfiguration = options?.misconfiguration;
  }

  /** 401 for authentication failures, 400 malformed, 413 too large, 415 unsupported, 503 in progress or unavailable. */
  get httpStatus(): number {
    return STATUS_BY_REASON[this.reason];
  }
}
