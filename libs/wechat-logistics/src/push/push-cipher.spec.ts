import { createCipheriv, createDecipheriv } from 'node:crypto';
import { InvalidWechatLogisticsOptionsError } from '../core/options/invalid-options.error';
import { PushCipher } from './push-cipher';
import { WechatPushError } from './wechat-push.error';

// §11.3 test vector, copied from wechat-logistics-api.md.
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx0123456789abcdef';
const RANDOM16 = Buffer.from('0123456789abcdef');
const PLAINTEXT =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oTestOpenId0001","CreateTime":1700000000,"MsgType":"event","Event":"add_express_path","DeliveryID":"TEST","WayBillId":"WB0001","OrderId":"ORD0001","Version":1,"Count":1,"Actions":[{"ActionTime":1700000000,"ActionType":100001,"ActionMsg":"picked up"}]}';
const ENCRYPT =
  'Q3stYC6hdFzMh9T8HCvyDOU4bhG+tpGcxAaSjb9ViygZifRLvKmRjDYQjIY5QqwWz1M3ahGdqC39biUThldy4uL+dg+BVUX7jSoFUDS1hYM6fQDkt1CbQKujHzeZ4K3/wozBT6O5wDm/M4Nxz4hfN/XwgGGxKw3erTcKHUXmst7XgGMMCHjxW7w/dcmORdXBmAzeWn67TwIoLJxXLRW6uejWTK82wsR/q79u7Ylxb3opIIrh85xW2BoQ7iVFqqr0EtsRReAkGKT7euXz4qhO/Yjc89Ozz5xo4cqMLJSgpiNdu0lx2CdvHl9UZAJ3dYHTlN5FziHJM10diuntfFxdSJ8fYnYdaXZ+ImcfoQMJubyjaojX/DQpGeU285PDIlmVB831HFVhEBNKRYRtKtiF7BOVvDubwC6GS7paI7Cc+Hbvk0YjC4sJ/U5gY/5tFCxSQmNqKIIu0Q487sCs2fN+eQ==';

const AES_KEY = Buffer.from(`${KEY}=`, 'base64');

/** AES-256-CBC without any padding: lets a test choose every plaintext byte, padding included. */
function sealRaw(plain: Buffer): string {
  const cipher = createCipheriv(
    'aes-256-cbc',
    AES_KEY,
    AES_KEY.subarray(0, 16),
  );
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString(
    'base64',
  );
}

function openRaw(encrypt: string): Buffer {
  const decipher = createDecipheriv(
    'aes-256-cbc',
    AES_KEY,
    AES_KEY.subarray(0, 16),
  );
  decipher.setAutoPadding(false);
  return Buffer.concat([
    decipher.update(Buffer.from(encrypt, 'base64')),
    decipher.final(),
  ]);
}

/** `random16 ‖ len ‖ msg ‖ appid`, then `padding` appended as given. */
function layout(
  message: Buffer,
  padding: Buffer,
  options: { length?: number; appId?: string } = {},
): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(options.length ?? message.length);
  return Buffer.concat([
    RANDOM16,
    length,
    message,
    Buffer.from(options.appId ?? APP_ID),
    padding,
  ]);
}

function rejection(action: () => unknown): WechatPushError {
  try {
    action();
  } catch (error: unknown) {
    if (error instanceof WechatPushError) return error;
    throw error;
  }
  throw new Error('expected a WechatPushError');
}

describe('PushCipher', () => {
  const cipher = new PushCipher(KEY, APP_ID);

  it('reproduces the §11.3 Encrypt value exactly', () => {
    expect(cipher.encrypt(PLAINTEXT, RANDOM16)).toBe(ENCRYPT);
  });

  it('decrypts the §11.3 Encrypt value to its plaintext', () => {
    expect(cipher.decrypt(ENCRYPT)).toBe(PLAINTEXT);
  });

  it('round-trips non-ASCII text with random leading bytes', () => {
    const message = '<xml><ActionMsg><![CDATA[已揽件 ✓]]></ActionMsg></xml>';
    const first = cipher.encrypt(message);
    expect(cipher.encrypt(message)).not.toBe(first);
    expect(cipher.decrypt(first)).toBe(message);
  });

  // 20 header bytes + 18 AppID bytes: a message of n bytes pads with 32 - ((38 + n) % 32).
  it.each(Array.from({ length: 32 }, (_, i) => i))(
    'pads a %i-byte message to 32-byte blocks and strips it again',
    (length) => {
      const message = 'x'.repeat(length);
      const encrypt = cipher.encrypt(message, RANDOM16);
      const padded = openRaw(encrypt);
      const pad = 32 - ((38 + length) % 32);
      expect(padded.length % 32).toBe(0);
      expect(padded[padded.length - 1]).toBe(pad);
      expect(cipher.decrypt(encrypt)).toBe(message);
    },
  );

  it('decrypts messages whose padding is longer than an AES block (17..32)', () => {
    const pads = [9, 0, 26].map((length) => {
      const encrypt = cipher.encrypt('y'.repeat(length), RANDOM16);
      expect(cipher.decrypt(encrypt)).toBe('y'.repeat(length));
      return openRaw(encrypt).at(-1);
    });
    expect(pads).toEqual([17, 26, 32]);
  });

  it('accepts padding to 16-byte blocks from other implementations', () => {
    const message = Buffer.from('hi');
    const unpadded = layout(message, Buffer.alloc(0));
    const pad = 16 - (unpadded.length % 16);
    expect(
      cipher.decrypt(
        sealRaw(Buffer.concat([unpadded, Buffer.alloc(pad, pad)])),
      ),
    ).toBe('hi');
  });

  it.each([
    ['an empty string', ''],
    ['a truncated quantum', 'abc'],
    ['a character outside the alphabet', 'ab!d'],
    ['the URL-safe alphabet', 'ab-_'],
    ['embedded whitespace', `${ENCRYPT.slice(0, 8)} ${ENCRYPT.slice(8)}`],
    ['misplaced padding', 'ab=d'],
    ['a trailing newline', `${ENCRYPT}\n`],
  ])('refuses Base64 with %s as malformed', (_case, encrypt) => {
    const error = rejection(() => cipher.decrypt(encrypt));
    expect(error.reason).toBe('malformed');
    expect(error.message).toContain('Base64');
  });

  it('refuses a ciphertext that is not whole AES blocks', () => {
    const error = rejection(() =>
      cipher.decrypt(Buffer.alloc(20).toString('base64')),
    );
    expect(error.reason).toBe('malformed');
    expect(error.message).toContain('multiple of 16');
  });

  it.each([
    [
      '0',
      (body: Buffer) =>
        Buffer.concat([body, Buffer.alloc(32 - (body.length % 32))]),
    ],
    [
      '33',
      (body: Buffer) =>
        Buffer.concat([body, Buffer.alloc(32 - (body.length % 32), 33)]),
    ],
    [
      'inconsistent',
      (body: Buffer) => {
        const pad = 32 - (body.length % 32);
        const padding = Buffer.alloc(pad, pad);
        padding[0] = pad - 1;
        return Buffer.concat([body, padding]);
      },
    ],
  ])('refuses padding bytes that are %s as malformed', (_case, pad) => {
    const error = rejection(() =>
      cipher.decrypt(
        sealRaw(pad(layout(Buffer.from('hello'), Buffer.alloc(0)))),
      ),
    );
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(/padding/);
  });

  it('refuses a length field that runs past the plaintext', () => {
    const body = layout(Buffer.from('hello'), Buffer.alloc(0), {
      length: 1000,
    });
    const pad = 32 - (body.length % 32);
    const error = rejection(() =>
      cipher.decrypt(sealRaw(Buffer.concat([body, Buffer.alloc(pad, pad)]))),
    );
    expect(error.reason).toBe('malformed');
    expect(error.message).toContain('length');
  });

  it('refuses a plaintext shorter than its header', () => {
    const error = rejection(() =>
      cipher.decrypt(sealRaw(Buffer.concat([RANDOM16, Buffer.alloc(16, 16)]))),
    );
    expect(error.reason).toBe('malformed');
  });

  it('refuses a message that is not UTF-8', () => {
    const body = layout(Buffer.from([0xff, 0xfe]), Buffer.alloc(0));
    const pad = 32 - (body.length % 32);
    const error = rejection(() =>
      cipher.decrypt(sealRaw(Buffer.concat([body, Buffer.alloc(pad, pad)]))),
    );
    expect(error.reason).toBe('malformed');
  });

  it('refuses a message sealed for another AppID as unauthorised', () => {
    const other = new PushCipher(KEY, 'wxffffffffffffffff');
    const error = rejection(() => cipher.decrypt(other.encrypt(PLAINTEXT)));
    expect(error.reason).toBe('appid-mismatch');
    expect(error.httpStatus).toBe(401);
  });

  it('refuses random16 of the wrong size', () => {
    expect(() => cipher.encrypt('x', Buffer.alloc(15))).toThrow(RangeError);
  });

  it.each([
    ['42 characters', KEY.slice(1)],
    ['44 characters', `${KEY}H`],
    ['a non-alphanumeric character', `${KEY.slice(1)}+`],
    ['an empty value', ''],
  ])('refuses an EncodingAESKey of %s, naming the option', (_case, key) => {
    const action = () => new PushCipher(key, APP_ID);
    expect(action).toThrow(InvalidWechatLogisticsOptionsError);
    expect(action).toThrow(/encodingAesKey/);
    if (key) expect(action).not.toThrow(key);
  });

  it('refuses a missing AppID, naming the option', () => {
    expect(() => new PushCipher(KEY, '')).toThrow(/"appId"/);
  });
});
