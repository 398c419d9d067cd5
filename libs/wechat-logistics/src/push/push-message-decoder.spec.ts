import { createCipheriv } from 'node:crypto';
import { type PathUpdateEvent } from './path-update-event';
import { PushCipher } from './push-cipher';
import { type PushFormat } from './push-body';
import {
  type PushQuery,
  type PushRequest,
  PushMessageDecoder,
} from './push-message-decoder';
import { computeMsgSignature, computeSignature } from './push-signature';
import { WechatPushError, type WechatPushRejection } from './wechat-push.error';

// §11.3 test vector, copied from wechat-logistics-api.md.
const TOKEN = 'testtoken';
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx0123456789abcdef';
const RANDOM16 = Buffer.from('0123456789abcdef');
const TIMESTAMP = '1700000000';
const NONCE = '123456';
const VECTOR_PLAINTEXT =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oTestOpenId0001","CreateTime":1700000000,"MsgType":"event","Event":"add_express_path","DeliveryID":"TEST","WayBillId":"WB0001","OrderId":"ORD0001","Version":1,"Count":1,"Actions":[{"ActionTime":1700000000,"ActionType":100001,"ActionMsg":"picked up"}]}';
const VECTOR_MSG_SIGNATURE = '135ad9dc2fc655e5d5edabf2a7c241b6205be3f4';
const VECTOR_URL_SIGNATURE = 'f23603a2121b10f1cc3648528cd8328baeaf225d';

/** The push was signed 42 s before the decoder looks at it. */
const NOW_MS = (Number(TIMESTAMP) + 42) * 1000;
const now = () => NOW_MS;

const cipher = new PushCipher(KEY, APP_ID);
const plainDecoder = new PushMessageDecoder({ token: TOKEN, now });
const aesDecoder = new PushMessageDecoder({
  token: TOKEN,
  encodingAesKey: KEY,
  appId: APP_ID,
  now,
});

const ACTIONS = [
  { ActionTime: 1700000000, ActionType: 100001, ActionMsg: 'picked up' },
  {
    ActionTime: 1700003600,
    ActionType: 200001,
    ActionMsg: '到达 <深圳> & 转运',
  },
  { ActionTime: 1700007200, ActionType: 300001, ActionMsg: 'out for delivery' },
];

function eventObject(actionCount: number, event = 'add_express_path') {
  return {
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'oTestOpenId0001',
    CreateTime: 1700000000,
    MsgType: 'event',
    Event: event,
    DeliveryID: 'TEST',
    WayBillId: 'WB0001',
    OrderId: 'ORD0001',
    Version: actionCount,
    Count: actionCount,
    Actions: ACTIONS.slice(0, actionCount),
  };
}

function expectedEvent(actionCount: number): PathUpdateEvent {
  return {
    toUserName: 'gh_0123456789ab',
    fromUserName: 'oTestOpenId0001',
    createTime: 1700000000,
    msgType: 'event',
    event: 'add_express_path',
    deliveryId: 'TEST',
    waybillId: 'WB0001',
    orderId: 'ORD0001',
    version: actionCount,
    count: actionCount,
    actions: ACTIONS.slice(0, actionCount).map((action) => ({
      actionTime: action.ActionTime,
      actionType: action.ActionType,
      actionMsg: action.ActionMsg,
    })),
  };
}

/** WeChat's XML style: strings in CDATA, numbers bare, one <Actions> per node. */
function toXml(fields: Record<string, unknown>): string {
  const element = (name: string, value: unknown): string => {
    if (Array.isArray(value))
      return value.map((v) => element(name, v)).join('');
    if (typeof value === 'object' && value !== null) {
      return `<${name}>${Object.entries(value)
        .map(([k, v]) => element(k, v))
        .join('')}</${name}>`;
    }
    return typeof value === 'number'
      ? `<${name}>${value}</${name}>`
      : `<${name}><![CDATA[${String(value)}]]></${name}>`;
  };
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => element(k, v))
    .join('')}</xml>`;
}

function serialise(
  fields: Record<string, unknown>,
  format: PushFormat,
): string {
  return format === 'xml' ? toXml(fields) : JSON.stringify(fields);
}

function signedQuery(
  extra: PushQuery = {},
): Record<string, string | undefined> {
  return {
    signature: computeSignature(TOKEN, TIMESTAMP, NONCE),
    timestamp: TIMESTAMP,
    nonce: NONCE,
    openid: 'oTestOpenId0001',
    ...extra,
  };
}

function plainPush(body: string | Buffer, extra: PushQuery = {}): PushRequest {
  return { query: signedQuery(extra), body };
}

/** An encrypted push whose msg_signature covers the given Encrypt value. */
function encryptedPush(
  encrypt: string,
  outer: Record<string, unknown>,
  format: PushFormat,
  extra: PushQuery = {},
): PushRequest {
  return {
    query: signedQuery({
      encrypt_type: 'aes',
      msg_signature: computeMsgSignature(TOKEN, TIMESTAMP, NONCE, encrypt),
      ...extra,
    }),
    body: serialise({ ...outer, Encrypt: encrypt }, format),
  };
}

function safePush(
  inner: string,
  format: PushFormat,
  extra: PushQuery = {},
): PushRequest {
  return encryptedPush(
    cipher.encrypt(inner),
    { ToUserName: 'gh_0123456789ab' },
    format,
    extra,
  );
}

/** AES without padding, so a test controls every plaintext byte. */
function sealRaw(plain: Buffer): string {
  const key = Buffer.from(`${KEY}=`, 'base64');
  const aes = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  aes.setAutoPadding(false);
  return Buffer.concat([aes.update(plain), aes.final()]).toString('base64');
}

function expectRefusal(
  action: () => unknown,
  reason: WechatPushRejection,
  status: number,
): WechatPushError {
  let caught: unknown;
  try {
    action();
  } catch (error: unknown) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WechatPushError);
  const error = caught as WechatPushError;
  expect(error.reason).toBe(reason);
  expect(error.httpStatus).toBe(status);
  expect(error.message).not.toContain(TOKEN);
  expect(error.message).not.toContain(KEY);
  return error;
}

describe('PushMessageDecoder', () => {
  describe('URL verification', () => {
    it('returns echostr verbatim for the official example (§11.1)', () => {
      const decoder = new PushMessageDecoder({
        token: 'AAAAA',
        now: () => 1714036504_000,
      });
      expect(
        decoder.verifyUrl({
          signature: 'f464b24fc39322e44b38aa78f5edd27bd1441696',
          timestamp: '1714036504',
          nonce: '1514711492',
          echostr: 'Echo 123 +/=',
        }),
      ).toBe('Echo 123 +/=');
    });

    it('accepts the URL signature of the §11.3 vector', () => {
      expect(
        aesDecoder.verifyUrl({
          signature: VECTOR_URL_SIGNATURE,
          timestamp: TIMESTAMP,
          nonce: NONCE,
          echostr: '7086210406939485913',
        }),
      ).toBe('7086210406939485913');
    });

    it('refuses a wrong or missing signature', () => {
      const query = { ...signedQuery(), echostr: 'x' };
      expectRefusal(
        () => plainDecoder.verifyUrl({ ...query, signature: 'f'.repeat(40) }),
        'bad-signature',
        401,
      );
      expectRefusal(
        () => plainDecoder.verifyUrl({ ...query, signature: undefined }),
        'bad-signature',
        401,
      );
      expectRefusal(
        () => plainDecoder.verifyUrl({ ...query, nonce: '654321' }),
        'bad-signature',
        401,
      );
    });

    it('refuses a stale timestamp and a missing echostr', () => {
      const stale = new PushMessageDecoder({
        token: TOKEN,
        now: () => NOW_MS + 3600_000,
      });
      expectRefusal(
        () => stale.verifyUrl({ ...signedQuery(), echostr: 'x' }),
        'stale-timestamp',
        401,
      );
      expectRefusal(
        () => plainDecoder.verifyUrl(signedQuery()),
        'malformed',
        400,
      );
    });
  });

  describe('accepted pushes', () => {
    it('decodes the §11.3 vector in safe mode, JSON', () => {
      const encrypt = cipher.encrypt(VECTOR_PLAINTEXT, RANDOM16);
      const decoded = aesDecoder.decode({
        query: {
          signature: VECTOR_URL_SIGNATURE,
          timestamp: TIMESTAMP,
          nonce: NONCE,
          openid: 'oTestOpenId0001',
          encrypt_type: 'aes',
          msg_signature: VECTOR_MSG_SIGNATURE,
        },
        body: JSON.stringify({
          ToUserName: 'gh_0123456789ab',
          Encrypt: encrypt,
        }),
        contentType: 'application/json; charset=utf-8',
      });
      expect(decoded).toEqual({
        kind: 'path-update',
        mode: 'safe',
        format: 'json',
        event: expectedEvent(1),
      });
    });

    const cases: [string, PushFormat, () => PushRequest][] = (
      ['xml', 'json'] as const
    ).flatMap((format) => {
      const text = serialise(eventObject(3), format);
      return [
        ['plain', format, () => plainPush(text)],
        [
          'compatible',
          format,
          () => encryptedPush(cipher.encrypt(text), eventObject(3), format),
        ],
        ['safe', format, () => safePush(text, format)],
      ] as [string, PushFormat, () => PushRequest][];
    });

    it.each(cases)(
      'decodes %s mode, %s, to the same typed event',
      (mode, format, request) => {
        const decoder = mode === 'plain' ? plainDecoder : aesDecoder;
        expect(decoder.decode(request())).toEqual({
          kind: 'path-update',
          mode,
          format,
          event: expectedEvent(3),
        });
      },
    );

    it.each(['xml', 'json'] as const)(
      'reads a single node as a one-element list (%s)',
      (format) => {
        const decoded = plainDecoder.decode(
          plainPush(serialise(eventObject(1), format)),
        );
        expect(decoded.kind === 'path-update' && decoded.event.actions).toEqual(
          expectedEvent(1).actions,
        );
      },
    );

    it('reads three <Actions> as three nodes, in order', () => {
      const decoded = plainDecoder.decode(plainPush(toXml(eventObject(3))));
      expect(
        decoded.kind === 'path-update' && decoded.event.actions,
      ).toHaveLength(3);
      expect(decoded).toEqual(
        expect.objectContaining({ event: expectedEvent(3) }),
      );
    });

    it('uses the decrypted copy in compatible mode, not the plaintext beside it', () => {
      const forged = { ...eventObject(3), WayBillId: 'FORGED' };
      const decoded = aesDecoder.decode(
        encryptedPush(cipher.encrypt(toXml(eventObject(3))), forged, 'xml'),
      );
      expect(decoded.kind === 'path-update' && decoded.event.waybillId).toBe(
        'WB0001',
      );
      expect(decoded.mode).toBe('compatible');
    });

    it('reads a JSON message inside an XML envelope by its first character', () => {
      const decoded = aesDecoder.decode(
        safePush(JSON.stringify(eventObject(2)), 'xml'),
      );
      expect(decoded).toEqual({
        kind: 'path-update',
        mode: 'safe',
        format: 'xml',
        event: expectedEvent(2),
      });
    });

    it('reads a Buffer body with a BOM and leading whitespace', () => {
      const body = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(`\n  ${toXml(eventObject(1))}`),
      ]);
      expect(
        plainDecoder.decode({ ...plainPush(body), contentType: 'text/xml' })
          .kind,
      ).toBe('path-update');
    });

    it('accepts encrypt_type=raw as plain mode', () => {
      const decoded = plainDecoder.decode(
        plainPush(JSON.stringify(eventObject(1)), { encrypt_type: 'raw' }),
      );
      expect(decoded.mode).toBe('plain');
    });

    it('accepts a timestamp exactly at the edge of the window, either way', () => {
      for (const offset of [-300, 300]) {
        const decoder = new PushMessageDecoder({
          token: TOKEN,
          now: () => (Number(TIMESTAMP) + offset) * 1000,
        });
        expect(
          decoder.decode(plainPush(JSON.stringify(eventObject(1)))).kind,
        ).toBe('path-update');
      }
    });

    it.each(['xml', 'json'] as const)(
      'acknowledges and ignores another event type (%s)',
      (format) => {
        expect(
          aesDecoder.decode(
            safePush(serialise(eventObject(1, 'add_waybill'), format), format),
          ),
        ).toEqual({
          kind: 'ignored',
          msgType: 'event',
          event: 'add_waybill',
          mode: 'safe',
          format,
        });
      },
    );

    it('acknowledges and ignores a non-event message', () => {
      expect(
        plainDecoder.decode(
          plainPush(
            toXml({ MsgType: 'text', Content: 'hi', ToUserName: 'gh_x' }),
          ),
        ),
      ).toEqual({
        kind: 'ignored',
        msgType: 'text',
        event: undefined,
        mode: 'plain',
        format: 'xml',
      });
    });
  });

  describe('refused pushes', () => {
    it('without a raw body (no parser ran for its content type) as unsupported, saying what the app needs', () => {
      const decoder = new PushMessageDecoder({ token: 'token' });
      const refusal = expectRefusal(
        () =>
          decoder.decode({
            query: {},
            body: undefined,
            contentType: 'text/xml',
          }),
        'unsupported',
        415,
      );
      expect(refusal.message).toMatch(
        /no raw body for content-type "text\/xml".*rawBody: true.*useBodyParser/,
      );
    });

    it('a parsed body instead of the raw one as a programming error that says to pass req.rawBody', () => {
      const decoder = new PushMessageDecoder({ token: 'token' });
      for (const body of [null, { xml: {} }])
        expect(() =>
          decoder.decode({ query: {}, body: body as unknown as Buffer }),
        ).toThrow(/body must be the raw request body .*pass req.rawBody/);
    });

    const json = JSON.stringify(eventObject(1));

    it('refuses a plain push with a wrong or missing signature', () => {
      expectRefusal(
        () =>
          plainDecoder.decode(plainPush(json, { signature: '0'.repeat(40) })),
        'bad-signature',
        401,
      );
      expectRefusal(
        () => plainDecoder.decode(plainPush(json, { signature: undefined })),
        'bad-signature',
        401,
      );
    });

    it.each(['xml', 'json'] as const)(
      'refuses a safe-mode push (%s) with a wrong msg_signature',
      (format) => {
        expectRefusal(
          () =>
            aesDecoder.decode(
              safePush(json, format, { msg_signature: '0'.repeat(40) }),
            ),
          'bad-signature',
          401,
        );
      },
    );

    it('refuses a compatible-mode push with a wrong msg_signature', () => {
      expectRefusal(
        () =>
          aesDecoder.decode(
            encryptedPush(cipher.encrypt(json), eventObject(1), 'json', {
              msg_signature: computeMsgSignature(TOKEN, TIMESTAMP, NONCE, 'x'),
            }),
          ),
        'bad-signature',
        401,
      );
    });

    it('refuses an encrypted push signed only with `signature`', () => {
      expectRefusal(
        () =>
          aesDecoder.decode(
            safePush(json, 'json', { msg_signature: undefined }),
          ),
        'bad-signature',
        401,
      );
    });

    it('refuses a push sealed for another AppID', () => {
      const other = new PushCipher(KEY, 'wxffffffffffffffff');
      expectRefusal(
        () =>
          aesDecoder.decode(
            encryptedPush(
              other.encrypt(json),
              { ToUserName: 'gh_0123456789ab' },
              'xml',
            ),
          ),
        'appid-mismatch',
        401,
      );
    });

    it.each([
      ['301 s old', -301],
      ['an hour in the future', 3600],
    ])('refuses a timestamp %s', (_case, offsetSeconds) => {
      const decoder = new PushMessageDecoder({
        token: TOKEN,
        encodingAesKey: KEY,
        appId: APP_ID,
        now: () => (Number(TIMESTAMP) - offsetSeconds) * 1000,
      });
      expectRefusal(
        () => decoder.decode(safePush(json, 'json')),
        'stale-timestamp',
        401,
      );
    });

    it('refuses a timestamp that is not a number', () => {
      const timestamp = 'yesterday';
      expectRefusal(
        () =>
          plainDecoder.decode({
            query: {
              signature: computeSignature(TOKEN, timestamp, NONCE),
              timestamp,
              nonce: NONCE,
            },
            body: json,
          }),
        'stale-timestamp',
        401,
      );
    });

    it.each([
      ['unbalanced XML', '<xml><MsgType>event</Event></xml>'],
      [
        'a DOCTYPE',
        '<!DOCTYPE xml [<!ENTITY e "x">]><xml><MsgType>&e;</MsgType></xml>',
      ],
      ['truncated JSON', json.slice(0, -1)],
      ['a JSON array', '[{"MsgType":"event"}]'],
      ['neither XML nor JSON', 'MsgType=event'],
      ['an empty body', ''],
      [
        'a missing field',
        JSON.stringify({ ...eventObject(1), WayBillId: undefined }),
      ],
    ])('refuses %s as malformed', (_case, body) => {
      expectRefusal(
        () => plainDecoder.decode(plainPush(body)),
        'malformed',
        400,
      );
    });

    it('refuses a body that is not UTF-8', () => {
      expectRefusal(
        () => plainDecoder.decode(plainPush(Buffer.from([0x7b, 0xff, 0x7d]))),
        'malformed',
        400,
      );
    });

    it('refuses an encrypted push without Encrypt', () => {
      expectRefusal(
        () =>
          aesDecoder.decode({
            query: signedQuery({ encrypt_type: 'aes', msg_signature: 'x' }),
            body: '<xml><ToUserName>gh_x</ToUserName></xml>',
          }),
        'malformed',
        400,
      );
    });

    it.each(['not base64!', 'YWJj', 'QUJDRA=='])(
      'refuses a signed Encrypt of %p as malformed',
      (encrypt) => {
        expectRefusal(
          () =>
            aesDecoder.decode(
              encryptedPush(encrypt, { ToUserName: 'gh_x' }, 'xml'),
            ),
          'malformed',
          400,
        );
      },
    );

    it.each([
      ['0', 0, 0],
      ['33', 33, 33],
      ['inconsistent', 32, 31],
    ])('refuses a pad byte of %s as malformed', (_case, last, rest) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(2);
      const body = Buffer.concat([
        RANDOM16,
        length,
        Buffer.from('{}'),
        Buffer.from(APP_ID),
      ]);
      const padding = Buffer.alloc(64 - body.length, rest);
      padding[padding.length - 1] = last;
      const encrypt = sealRaw(Buffer.concat([body, padding]));
      const error = expectRefusal(
        () =>
          aesDecoder.decode(
            encryptedPush(encrypt, { ToUserName: 'gh_x' }, 'json'),
          ),
        'malformed',
        400,
      );
      expect(error.message).toContain('padding');
    });

    it('refuses a body over the limit before reading it', () => {
      const decoder = new PushMessageDecoder({
        token: TOKEN,
        now,
        maxBodyBytes: 100,
      });
      expectRefusal(
        () => decoder.decode(plainPush(Buffer.alloc(101, 0x20))),
        'too-large',
        413,
      );
      expectRefusal(
        () => decoder.decode(plainPush('é'.repeat(51))),
        'too-large',
        413,
      );
      expectRefusal(
        () => plainDecoder.decode(plainPush(`${json}${' '.repeat(65_536)}`)),
        'too-large',
        413,
      );
    });

    it('refuses a plain push once a key is configured (downgrade)', () => {
      expectRefusal(
        () => aesDecoder.decode(plainPush(json)),
        'unsupported',
        415,
      );
    });

    it('accepts plain pushes beside encrypted ones when told to', () => {
      const lenient = new PushMessageDecoder({
        token: TOKEN,
        encodingAesKey: KEY,
        appId: APP_ID,
        requireEncryption: false,
        now,
      });
      expect(lenient.decode(plainPush(json)).mode).toBe('plain');
      expect(lenient.decode(safePush(json, 'json')).mode).toBe('safe');
    });

    it('refuses an encrypted push without a configured key, and unknown encrypt types', () => {
      expectRefusal(
        () => plainDecoder.decode(safePush(json, 'json')),
        'unsupported',
        415,
      );
      expectRefusal(
        () =>
          aesDecoder.decode(safePush(json, 'json', { encrypt_type: 'sm4' })),
        'unsupported',
        415,
      );
    });

    it('refuses a charset other than UTF-8', () => {
      expectRefusal(
        () =>
          plainDecoder.decode({
            ...plainPush(json),
            contentType: 'application/json; charset=gbk',
          }),
        'unsupported',
        415,
      );
    });
  });

  describe('options', () => {
    it.each<[string, object, RegExp]>([
      ['no token', {}, /"token"/],
      [
        'a bad key',
        { token: TOKEN, encodingAesKey: 'short', appId: APP_ID },
        /"encodingAesKey"/,
      ],
      ['a key without appId', { token: TOKEN, encodingAesKey: KEY }, /"appId"/],
      [
        'requireEncryption without a key',
        { token: TOKEN, requireEncryption: true },
        /"encodingAesKey"/,
      ],
      [
        'a negative tolerance',
        { token: TOKEN, timestampToleranceSeconds: -1 },
        /"timestampToleranceSeconds"/,
      ],
      [
        'a zero body limit',
        { token: TOKEN, maxBodyBytes: 0 },
        /"maxBodyBytes"/,
      ],
    ])(
      'fails at construction with %s, naming the option',
      (_case, options, name) => {
        expect(
          () =>
            new PushMessageDecoder(
              options as ConstructorParameters<typeof PushMessageDecoder>[0],
            ),
        ).toThrow(name);
      },
    );
  });
});
