import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { InvalidWechatLogisticsOptionsError } from '../core/options/invalid-options.error';
import { WechatPushError } from './wechat-push.error';

const ENCODING_AES_KEY = /^[A-Za-z0-9]{43}$/;
/** Standard alphabet with `=` padding only, as WeChat emits; Node's own decoder silently skips junk. */
const STRICT_BASE64 =
  /^(?=.)(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** WeChat pads to 32-byte blocks, not AES's 16: pad values 17..32 are legal (§11.3). */
const PAD_BLOCK = 32;
const RANDOM_BYTES = 16;
const LENGTH_BYTES = 4;
const HEADER_BYTES = RANDOM_BYTES + LENGTH_BYTES;
const AES_BLOCK = 16;

/**
 * WeChat's message-push AES scheme (safe and compatible modes, §11.3):
 * AES-256-CBC, IV = first 16 key bytes, PKCS#7 to 32-byte blocks, plaintext
 * `random16 ‖ msgLen (uint32 BE) ‖ msg ‖ appid`, Base64 outside.
 * `decrypt` is for the receiving server; `encrypt` for the emulator's pushes.
 */
export class PushCipher {
  private readonly key: Buffer;
  private readonly iv: Buffer;
  private readonly appId: Buffer;

  constructor(encodingAesKey: string, appId: string) {
    this.key = decodeEncodingAesKey(encodingAesKey);
    this.iv = this.key.subarray(0, AES_BLOCK);
    if (typeof appId !== 'string' || appId.trim() === '') {
      throw new InvalidWechatLogisticsOptionsError(
        'appId',
        'is required to encrypt or decrypt pushes (the mini program AppID)',
      );
    }
    this.appId = Buffer.from(appId, 'utf8');
  }

  /**
   * Seals `message` for our AppID and returns the Base64 `Encrypt` value.
   * @param random16 the 16 random leading bytes; injectable only to reproduce test vectors.
   */
  encrypt(
    message: string,
    random16: Buffer = randomBytes(RANDOM_BYTES),
  ): string {
    if (random16.length !== RANDOM_BYTES) {
      throw new RangeError(
        `PushCipher.encrypt: random16 must be ${RANDOM_BYTES} bytes, got ${random16.length}`,
      );
    }
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32BE(body.length);
    const plain = Buffer.concat([random16, length, body, this.appId]);
    const pad = PAD_BLOCK - (plain.length % PAD_BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([
      cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
      cipher.final(),
    ]).toString('base64');
  }

  /**
   * Opens an `Encrypt` value and returns the inner message (XML or JSON text).
   * Throws `malformed` for bad Base64, length, padding or UTF-8 and
   * `appid-mismatch` when the message was sealed for another mini program.
   */
  decrypt(encrypted: string): string {
    if (typeof encrypted !== 'string' || !STRICT_BASE64.test(encrypted)) {
      throw malformed('Encrypt is not valid Base64');
    }
    const sealed = Buffer.from(encrypted, 'base64');
    if (sealed.length % AES_BLOCK !== 0) {
      throw malformed(
        `ciphertext is ${sealed.length} bytes, not a multiple of ${AES_BLOCK}`,
      );
    }
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
    decipher.setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(sealed), decipher.final()]);
    // The signature was checked before we get here, so these distinct errors
    // are no padding oracle for anyone without the token.
    const plain = stripPadding(padded);
    if (plain.length < HEADER_BYTES) {
      throw malformed('plaintext is shorter than its 20-byte header');
    }
    const messageLength = plain.readUInt32BE(RANDOM_BYTES);
    if (messageLength > plain.length - HEADER_BYTES) {
      throw malformed('message length field exceeds the plaintext');
    }
    const messageEnd = HEADER_BYTES + messageLength;
    if (!plain.subarray(messageEnd).equals(this.appId)) {
      throw new WechatPushError(
        'appid-mismatch',
        'the message was encrypted for another AppID',
      );
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(
        plain.subarray(HEADER_BYTES, messageEnd),
      );
    } catch (error: unknown) {
      throw malformed('message is not valid UTF-8', error);
    }
  }
}

function decodeEncodingAesKey(encodingAesKey: string): Buffer {
  if (
    typeof encodingAesKey !== 'string' ||
    !ENCODING_AES_KEY.test(encodingAesKey)
  ) {
    throw new InvalidWechatLogisticsOptionsError(
      'encodingAesKey',
      'must be exactly 43 letters or digits (the EncodingAESKey from the mini program console)',
    );
  }
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) {
    throw new InvalidWechatLogisticsOptionsError(
      'encodingAesKey',
      `must decode to 32 bytes (got ${key.length})`,
    );
  }
  return key;
}

function stripPadding(padded: Buffer): Buffer {
  const pad = padded.length > 0 ? padded[padded.length - 1] : 0;
  if (pad < 1 || pad > PAD_BLOCK || pad > padded.length) {
    throw malformed(`padding byte ${pad} is outside 1..${PAD_BLOCK}`);
  }
  for (let i = padded.length - pad; i < padded.length; i++) {
    if (padded[i] !== pad) throw malformed('padding bytes are inconsistent');
  }
  return padded.subarray(0, padded.length - pad);
}

function malformed(detail: string, cause?: unknown): WechatPushError {
  return new WechatPushError('malformed', detail, { cause });
}
