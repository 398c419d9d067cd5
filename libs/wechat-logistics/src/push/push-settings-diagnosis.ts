import { type AuthenticityOptions } from './push-authenticity';
import { detectFormat, parseFields } from './push-body';
import { type PushCipher } from './push-cipher';
import {
  type PushMisconfiguration,
  WechatPushError,
} from './wechat-push.error';

/**
 * A wrong `msg_signature` is a forgery, or our Token is not the console's.
 * Only WeChat (and whoever holds our EncodingAESKey) can seal a message
 * that opens with our key for our AppID: when it does, and it was created
 * within the timestamp window (a captured push replayed later with an
 * altered query is not), the Token is what is wrong. The sender gets the
 * same 401 either way; only the log differs.
 */
export function wrongTokenProof(
  options: AuthenticityOptions,
  cipher: PushCipher,
  encrypt: string,
): PushMisconfiguration | undefined {
  let createdAt: number;
  try {
    const inner = cipher.decrypt(encrypt);
    const fields = parseFields(inner, detectFormat(inner));
    createdAt = Number(fields['CreateTime']);
  } catch {
    return undefined;
  }
  const ageSeconds = Math.abs(options.now() / 1000 - createdAt);
  if (
    !Number.isFinite(ageSeconds) ||
    ageSeconds > options.timestampToleranceSeconds
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
export function decryptSigned(cipher: PushCipher, encrypt: string): string {
  try {
    return cipher.decrypt(encrypt);
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
