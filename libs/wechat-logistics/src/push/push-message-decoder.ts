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
import {
  checkTimestamp,
  verifyMsgSignature,
  verifySignature,
} from './push-authenticity';
import { PushCipher } from './push-cipher';
import {
  type PushMessageDecoderOptions,
  ResolvedPushMessageDecoderOptions,
  resolvePushDecoderOptions,
} from './push-decoder-options';
import { type PushQuery, type RawPushQuery, readPushQuery } from './push-query';
import { type PushRequest } from './push-request';
import { decryptSigned, wrongTokenProof } from './push-settings-diagnosis';
import { computeMsgSignature } from './push-signature';
import { WechatPushError } from './wechat-push.error';

export { type PushQuery, type RawPushQuery } from './push-query';
export { type PushRequest } from './push-request';

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
    verifySignature(this.options, query);
    checkTimestamp(this.options, query.timestamp);
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
    verifySignature(this.options, query);
    checkTimestamp(this.options, query.timestamp);
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
    verifyMsgSignature(this.options, query, encrypt, () =>
      wrongTokenProof(this.options, this.requireCipher(), encrypt),
    );
    checkTimestamp(this.options, query.timestamp);
    const inner = decryptSigned(this.requireCipher(), encrypt);
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
}
