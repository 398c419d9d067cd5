import { computeMsgSignature, type PushCipher } from '../../push';
import { detectFormat, parseFields } from '../../push/push-body';

/** What the emulator made of one reply body. */
export interface PushReplyReading {
  /** Whether WeChat would count the push as delivered (no retry follows). */
  readonly accepted: boolean;
  /**
   * The reply message's fields (opened first when sealed), as parsed: numbers
   * are strings in XML. Absent for `success`, an empty body or an unreadable one.
   */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Why it was refused, or how it was accepted when it was not the reply message. */
  readonly note?: string;
}

/** What opening a sealed reply needs: this app's push Token and cipher. */
export interface ReplyKeys {
  readonly token: string;
  readonly cipher: PushCipher | undefined;
}

/** How an event's replies are judged: `success`/empty only (most events), or a reply message. */
export type PushReplyKind = 'success' | 'reply-message';

/** `success` or nothing (surrounding whitespace tolerated): every event's plain acknowledgement. */
export function isPlainAcknowledgement(body: string): boolean {
  const text = body.trim();
  return text === '' || text === 'success';
}

/**
 * Reads the reply an event that requires a reply message got
 * (`update_waybill_status`, local-delivery.md §5.4): a JSON or XML message
 * with `resultcode` 0, plain or sealed like a passive reply in safe mode
 * (`Encrypt`, `MsgSignature`, `TimeStamp`, `Nonce`). What WeChat does with
 * `success`, an empty body or `resultcode ≠ 0` is undocumented; the emulator
 * (inference) accepts the first two with a note and treats a non-zero
 * resultcode like an unreadable reply: not delivered, so it is retried.
 */
export function readReplyMessage(
  body: string,
  keys: ReplyKeys,
): PushReplyReading {
  if (isPlainAcknowledgement(body)) {
    return {
      accepted: true,
      note: `no reply message: ${body.trim() === '' ? 'an empty body' : 'success'}`,
    };
  }
  let fields: Record<string, unknown>;
  try {
    fields = open(parseAny(body), keys);
  } catch (error: unknown) {
    const why = error instanceof Error ? error.message : String(error);
    return { accepted: false, note: `unreadable reply: ${why}` };
  }
  const resultcode = Number(fields['resultcode']);
  if (fields['resultcode'] === undefined || !Number.isInteger(resultcode)) {
    return { accepted: false, fields, note: 'the reply has no resultcode' };
  }
  if (resultcode !== 0) {
    return { accepted: false, fields, note: `resultcode ${resultcode}` };
  }
  return { accepted: true, fields };
}

function parseAny(text: string): Record<string, unknown> {
  return parseFields(text, detectFormat(text, 'reply'), 'reply');
}

/** A sealed reply opened (its MsgSignature checked), or the plain one as is. */
function open(
  outer: Record<string, unknown>,
  { token, cipher }: ReplyKeys,
): Record<string, unknown> {
  const encrypt = outer['Encrypt'];
  if (typeof encrypt !== 'string') return outer;
  if (!cipher) throw new Error('an encrypted reply to a plain-mode push');
  const expected = computeMsgSignature(
    token,
    text(outer['TimeStamp']),
    text(outer['Nonce']),
    encrypt,
  );
  if (outer['MsgSignature'] !== expected) {
    throw new Error('MsgSignature does not match the Token');
  }
  return parseAny(cipher.decrypt(encrypt));
}

/** A scalar field as text (XML gives strings, JSON may give numbers); '' otherwise. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : '';
}
