import { randomInt } from 'node:crypto';
import {
  type DecodedPush,
  type PushEnvelope,
  type PushMode,
} from './decoded-push';
import { type OpenedPush } from './opened-push';
import { PushFields } from './push-fields';
import { type PushReply, replyMessage } from './push-reply';
import { toPathUpdateEvent } from './path-update-event';
import {
  detectFormat,
  parseFields,
  type PushFormat,
  readBodyText,
} from './push-body';
import { PushCipher } from './push-cipher';
import {
  type PushMessageDecoderOptions,
  ResolvedPushMessageDecoderOptions,
  resolvePushDecoderOptions,
} from './push-decoder-options';
import { type PushQuery, type RawPushQuery, readPushQuery } from './push-query';
import {
  computeMsgSignature,
  computeSignature,
  signaturesMatch,
} from './push-signature';
import {
  type PushMisconfiguration,
  WechatPushError,
} from './wechat-push.error';

export { type PushQuery, type RawPushQuery } from './push-query';

export interface PushRequest {
  /**
   * The query as the framework parsed it (`@Query()`). Repeated, structured
   * or oversized signed parameters are refused as malformed (400).
   */
  query: RawPushQuery;
  /**
   * The raw body: verification needs the exact bytes WeChat sent, not a
   * re-serialised object. `undefined` (what `req.rawBody` is when the app was
   * not created with `rawBody: true` or has no parser for the content type) is
   * refused with an error that says how to set that up.
   */
  body: string | Buffer | undefined;
  /** Only its `charset` is read: anything but UTF-8 is refused. */
  contentType?: string;
}

/** Outer-body keys of a safe-mode push; anything else beside `Encrypt` means compatible mode. */
const SAFE_MODE_KEYS = new Set(['ToUserName', 'Encrypt']);

/**
 * Verifies and decodes WeChat's message pushes (§11) into typed events,
 * independent of any HTTP framework: the controller passes the query and the
 * raw body and maps a thrown WechatPushError through its `httpStatus`.
 *
 * Plain mode is authenticated by `signature`; safe and compatible mode by
 * `msg_signature`, which also covers the encrypted body — for XML and JSON
 * alike. Every request's timestamp must be within the tolerance window.
 * Deduplicating retries (WeChat re-sends up to 3 times) is the caller's job.
 */
export class PushMessageDecoder {
  private readonly options: ResolvedPushMessageDecoderOptions;
  private readonly cipher: PushCipher | undefined;

  /** Raw options are checked here; resolved ones (the module's) are taken as they are. */
  constructor(
    options: PushMessageDecoderOptions | ResolvedPushMessageDecoderOptions,
  ) {
    this.options =
      options instanceof ResolvedPushMessageDecoderOptions
        ? options
        : resolvePushDecoderOptions(options);
    const { encodingAesKey, appId } = this.options;
    this.cipher =
      encodingAesKey === undefined
        ? undefined
        : new PushCipher(encodingAesKey, appId ?? '');
  }

  /** Answers the console's URL check (GET): returns `echostr` verbatim once `signature` and `timestamp` pass. */
  verifyUrl(rawQuery: RawPushQuery): string {
    const query = readPushQuery(rawQuery);
    this.verifySignature(query);
    this.checkTimestamp(query.timestamp);
    const { echostr } = query;
    if (echostr === undefined) {
      throw new WechatPushError('malformed', 'echostr is missing');
    }
    return echostr;
  }

  /**
   * Verifies, decrypts when needed, and maps one push (POST) to a path update
   * or an ignored push: {@link open} followed by the logistics family's mapping.
   */
  decode(request: PushRequest): DecodedPush {
    const { fields, mode, format } = this.open(request);
    const mapped = toPathUpdateEvent(fields);
    return mapped.kind === 'path-update'
      ? { kind: 'path-update', event: mapped.event, mode, format }
      : { ...mapped, mode, format };
  }

  /**
   * Verifies and decrypts one push (POST) and names it, knowing no family:
   * the event's name (or the message's type) and its raw fields.
   */
  open(request: PushRequest): OpenedPush {
    const query = readPushQuery(request.query);
    const encrypted = this.isEncrypted(query);
    const text = readBodyText(
      request.body,
      this.options.maxBodyBytes,
      request.contentType,
    );
    const format = detectFormat(text);
    const { fields, mode } = encrypted
      ? this.openEncrypted(query, parseFields(text, format))
      : this.readPlain(query, text, format);
    const read = new PushFields(fields, 'push message');
    const msgType = read.string('MsgType');
    const name = msgType === 'event' ? read.string('Event') : msgType;
    return { mode, format, msgType, name, fields };
  }

  /**
   * A reply message (`update_waybill_status` requires one) in the push's
   * format. In safe mode it is sealed as WeChat's passive replies are:
   * `Encrypt`, `MsgSignature`, `TimeStamp`, `Nonce`, with
   * `MsgSignature = sha1(sort([token, TimeStamp, Nonce, Encrypt]))` (§11.2).
   */
  reply(
    envelope: PushEnvelope,
    fields: Record<string, string | number>,
  ): PushReply {
    const plain = replyMessage(fields, envelope.format);
    if (envelope.mode !== 'safe') return plain;
    const encrypt = this.requireCipher().encrypt(plain.body);
    const timeStamp = String(Math.floor(this.options.now() / 1000));
    const nonce = String(randomInt(1_000_000_000));
    return replyMessage(
      {
        Encrypt: encrypt,
        MsgSignature: computeMsgSignature(
          this.options.token,
          timeStamp,
          nonce,
          encrypt,
        ),
        TimeStamp: timeStamp,
        Nonce: nonce,
      },
      envelope.format,
    );
  }

  private readPlain(
    query: PushQuery,
    text: string,
    format: PushFormat,
  ): { fields: Record<string, unknown>; mode: PushMode } {
    this.verifySignature(query);
    this.checkTimestamp(query.timestamp);
    return { fields: parseFields(text, format), mode: 'plain' };
  }

  /** Safe and compatible mode: trust only what `msg_signature` covers, i.e. the decrypted copy. */
  private openEncrypted(
    query: PushQuery,
    outer: Record<string, unknown>,
  ): { fields: Record<string, unknown>; mode: PushMode } {
    const encrypt = outer['Encrypt'];
    if (typeof encrypt !== 'string' || encrypt === '') {
      throw new WechatPushError(
        'malformed',
        'encrypt_type=aes but the body has no Encrypt field',
      );
    }
    this.verifyMsgSignature(query, encrypt);
    this.checkTimestamp(query.timestamp);
    const inner = this.decryptSigned(encrypt);
    const what = 'decrypted message';
    return {
      fields: parseFields(inner, detectFormat(inner, what), what),
      mode: Object.keys(outer).some((key) => !SAFE_MODE_KEYS.has(key))
        ? 'compatible'
        : 'safe',
    };
  }

  /** `encrypt_type=aes` → safe or compatible; absent or `raw` → plain. */
  private isEncrypted(query: PushQuery): boolean {
    const type = query.encrypt_type;
    if (type === undefined || type === '' || type === 'raw') {
      if (this.options.requireEncryption) {
        throw new WechatPushError(
          'unsupported',
          'plain-mode push refused: encryption is required (encodingAesKey is configured)',
        );
      }
      return false;
    }
    if (type !== 'aes') {
      throw new WechatPushError(
        'unsupported',
        `encrypt_type "${type.slice(0, 16)}" (expected aes or raw)`,
      );
    }
    this.requireCipher();
    return true;
  }

  private requireCipher(): PushCipher {
    if (!this.cipher) {
      throw new WechatPushError(
        'unsupported',
        'encrypted push, but no encodingAesKey is configured',
      );
    }
    return this.cipher;
  }

  private verifySignature(query: PushQuery): void {
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
    const expected = computeSignature(this.options.token, timestamp, nonce);
    if (!signaturesMatch(expected, signature.toLowerCase())) {
      throw new WechatPushError('bad-signature', 'signature does not match');
    }
  }

  private verifyMsgSignature(query: PushQuery, encrypt: string): void {
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
      this.options.token,
      timestamp,
      nonce,
      encrypt,
    );
    if (!signaturesMatch(expected, signature.toLowerCase())) {
      throw new WechatPushError(
        'bad-signature',
        'msg_signature does not match',
        { misconfiguration: this.wrongTokenProof(encrypt) },
      );
    }
  }

  /**
   * A wrong `msg_signature` is a forgery, or our Token is not the console's.
   * Only WeChat (and whoever holds our EncodingAESKey) can seal a message
   * that opens with our key for our AppID: when it does, and it was created
   * within the timestamp window (a captured push replayed later with an
   * altered query is not), the Token is what is wrong. The sender gets the
   * same 401 either way; only the log differs.
   */
  private wrongTokenProof(encrypt: string): PushMisconfiguration | undefined {
    let createdAt: number;
    try {
      const inner = this.requireCipher().decrypt(encrypt);
      const fields = parseFields(inner, detectFormat(inner));
      createdAt = Number(fields['CreateTime']);
    } catch {
      return undefined;
    }
    const ageSeconds = Math.abs(this.options.now() / 1000 - createdAt);
    if (
      !Number.isFinite(ageSeconds) ||
      ageSeconds > this.options.timestampToleranceSeconds
    )
      return undefined;
    return {
      cause: 'wrong-token',
      fix: "msg_signature does not match although the message opens with our EncodingAESKey: set pushToken to the Token of the mini program console's message push settings",
    };
  }

  /**
   * Opens an `Encrypt` whose `msg_signature` held: WeChat sealed it, so a
   * failure here is our key or AppID, not the sender's doing.
   */
  private decryptSigned(encrypt: string): string {
    try {
      return this.requireCipher().decrypt(encrypt);
    } catch (error: unknown) {
      if (!(error instanceof WechatPushError)) throw error;
      throw new WechatPushError(
        error.reason,
        error.message.replace(/^WeChat push refused \([^)]*\): /, ''),
        {
          cause: error.cause,
          misconfiguration:
            error.reason === 'appid-mismatch'
              ? {
                  cause: 'foreign-app-id',
                  fix: "a correctly signed push was sealed for another AppID: this URL is set in another mini program's console, or appId belongs to another app",
                }
              : {
                  cause: 'wrong-aes-key',
                  fix: "a correctly signed push does not decrypt: set encodingAesKey to the EncodingAESKey of the mini program console's message push settings",
                },
        },
      );
    }
  }

  /** Runs after the signature check, so a stale-timestamp error means a genuine but old (or skewed) request. */
  private checkTimestamp(timestamp: string | undefined): void {
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
    const nowSeconds = Math.floor(this.options.now() / 1000);
    if (
      Math.abs(nowSeconds - seconds) > this.options.timestampToleranceSeconds
    ) {
      throw new WechatPushError(
        'stale-timestamp',
        `timestamp is ${nowSeconds - seconds}s away from now (tolerance ${this.options.timestampToleranceSeconds}s)`,
      );
    }
  }
}
