import { parsePushXml, PushCipher } from '../../push';
import { type AddExpressPathMessage } from '../logistics/push/add-express-path-message';
import { serializePushBody } from './push-body-text';
import { resolveEmulatorPushOptions } from './emulator-push-options';
import { sealPush } from './push-envelope';

// §11.3 test vector (wechat-logistics-api.md).
const TOKEN = 'testtoken';
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx0123456789abcdef';
const RANDOM16 = Buffer.from('0123456789abcdef');
const TIMESTAMP = '1700000000';
const NONCE = '123456';
const VECTOR_PLAINTEXT =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oTestOpenId0001","CreateTime":1700000000,"MsgType":"event","Event":"add_express_path","DeliveryID":"TEST","WayBillId":"WB0001","OrderId":"ORD0001","Version":1,"Count":1,"Actions":[{"ActionTime":1700000000,"ActionType":100001,"ActionMsg":"picked up"}]}';
const VECTOR_ENCRYPT =
  'Q3stYC6hdFzMh9T8HCvyDOU4bhG+tpGcxAaSjb9ViygZifRLvKmRjDYQjIY5QqwWz1M3ahGdqC39biUThldy4uL+dg+BVUX7jSoFUDS1hYM6fQDkt1CbQKujHzeZ4K3/wozBT6O5wDm/M4Nxz4hfN/XwgGGxKw3erTcKHUXmst7XgGMMCHjxW7w/dcmORdXBmAzeWn67TwIoLJxXLRW6uejWTK82wsR/q79u7Ylxb3opIIrh85xW2BoQ7iVFqqr0EtsRReAkGKT7euXz4qhO/Yjc89Ozz5xo4cqMLJSgpiNdu0lx2CdvHl9UZAJ3dYHTlN5FziHJM10diuntfFxdSJ8fYnYdaXZ+ImcfoQMJubyjaojX/DQpGeU285PDIlmVB831HFVhEBNKRYRtKtiF7BOVvDubwC6GS7paI7Cc+Hbvk0YjC4sJ/U5gY/5tFCxSQmNqKIIu0Q487sCs2fN+eQ==';
const VECTOR_MSG_SIGNATURE = '135ad9dc2fc655e5d5edabf2a7c241b6205be3f4';
const VECTOR_URL_SIGNATURE = 'f23603a2121b10f1cc3648528cd8328baeaf225d';

const MESSAGE: AddExpressPathMessage = {
  ToUserName: 'gh_0123456789ab',
  FromUserName: 'oTestOpenId0001',
  CreateTime: 1700000000,
  MsgType: 'event',
  Event: 'add_express_path',
  DeliveryID: 'TEST',
  WayBillId: 'WB0001',
  OrderId: 'ORD0001',
  Version: 1,
  Count: 1,
  Actions: [
    { ActionTime: 1700000000, ActionType: 100001, ActionMsg: 'picked up' },
  ],
};

/** Seals with the vector's fixed random prefix, so the ciphertext is reproducible. */
class VectorCipher extends PushCipher {
  override encrypt(message: string): string {
    return super.encrypt(message, RANDOM16);
  }
}

const options = (
  mode: 'plain' | 'safe' | 'compatible',
  format: 'xml' | 'json',
) =>
  resolveEmulatorPushOptions(
    {
      url: 'http://127.0.0.1/push',
      token: TOKEN,
      encodingAesKey: KEY,
      mode,
      format,
    },
    APP_ID,
  );
const input = {
  timestamp: TIMESTAMP,
  nonce: NONCE,
  cipher: new VectorCipher(KEY, APP_ID),
};

describe('sealPush', () => {
  it('reproduces the §11.3 test vector in safe JSON mode', () => {
    const sealed = sealPush(MESSAGE, options('safe', 'json'), input);

    expect(serializePushBody(MESSAGE, 'json')).toBe(VECTOR_PLAINTEXT);
    expect(sealed).toEqual({
      query: {
        signature: VECTOR_URL_SIGNATURE,
        timestamp: TIMESTAMP,
        nonce: NONCE,
        openid: 'oTestOpenId0001',
        encrypt_type: 'aes',
        msg_signature: VECTOR_MSG_SIGNATURE,
      },
      body: `{"ToUserName":"gh_0123456789ab","Encrypt":"${VECTOR_ENCRYPT}"}`,
      contentType: 'application/json',
    });
  });

  it('wraps the same ciphertext in XML for safe XML mode', () => {
    const sealed = sealPush(MESSAGE, options('safe', 'xml'), {
      ...input,
      cipher: new PushCipher(KEY, APP_ID),
    });

    expect(sealed.contentType).toBe('text/xml');
    expect(sealed.body).toMatch(
      /^<xml><ToUserName><!\[CDATA\[gh_0123456789ab\]\]><\/ToUserName><Encrypt><!\[CDATA\[[A-Za-z0-9+/=]+\]\]><\/Encrypt><\/xml>$/,
    );
    const encrypt = parsePushXml(sealed.body)['Encrypt'] as string;
    // XML inside XML: the sealed message has the body's format.
    expect(new PushCipher(KEY, APP_ID).decrypt(encrypt)).toBe(
      serializePushBody(MESSAGE, 'xml'),
    );
  });

  it('puts the plaintext fields and Encrypt side by side in compatible mode', () => {
    const sealed = sealPush(MESSAGE, options('compatible', 'json'), input);

    expect(JSON.parse(sealed.body)).toEqual({
      ...MESSAGE,
      Encrypt: VECTOR_ENCRYPT,
    });
    expect(sealed.query['msg_signature']).toBe(VECTOR_MSG_SIGNATURE);
  });

  it('sends the bare event with only signature, timestamp, nonce and openid in plain mode', () => {
    const sealed = sealPush(MESSAGE, options('plain', 'json'), input);

    expect(sealed).toEqual({
      query: {
        signature: VECTOR_URL_SIGNATURE,
        timestamp: TIMESTAMP,
        nonce: NONCE,
        openid: 'oTestOpenId0001',
      },
      body: VECTOR_PLAINTEXT,
      contentType: 'application/json',
    });
  });
});

describe('serializePushBody (XML)', () => {
  it('splits "]]>" across CDATA sections so the text survives a round trip', () => {
    const tricky = 'a ]]> b <c> & d';
    const xml = serializePushBody(
      { Note: tricky, Actions: [{ ActionMsg: tricky, ActionType: 1 }] },
      'xml',
    );

    expect(xml).toBe(
      '<xml><Note><![CDATA[a ]]]]><![CDATA[> b <c> & d]]></Note>' +
        '<Actions><ActionMsg><![CDATA[a ]]]]><![CDATA[> b <c> & d]]></ActionMsg>' +
        '<ActionType>1</ActionType></Actions></xml>',
    );
    expect(parsePushXml(xml, { listFields: ['Actions'] })).toEqual({
      Note: tricky,
      Actions: [{ ActionMsg: tricky, ActionType: '1' }],
    });
  });

  it('writes one <Actions> element per node', () => {
    const xml = serializePushBody(
      {
        Count: 2,
        Actions: [
          { ActionTime: 1, ActionType: 100001, ActionMsg: 'x' },
          { ActionTime: 2, ActionType: 200001, ActionMsg: 'y' },
        ],
      },
      'xml',
    );

    expect(xml.match(/<Actions>/g)).toHaveLength(2);
  });
});
