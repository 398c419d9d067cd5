import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
} from 'node:crypto';
import { WechatTransportError } from '../errors/wechat-transport.error';
import { loadApiSecurityKeys } from './load-api-security-keys';
import { type LoadedApiSecurityKeys } from './loaded-api-security-keys';
import { EXAMPLE } from './official-example.spec-helper';
import { type ReceivedReply, openResponse } from './open-response';
import { signPss, verifyPss } from './rsa-pss';
import { requestPlaintext, sealRequest } from './seal-request';
import { openEnvelope, readEnvelope } from './sealed-envelope';
import { additionalData, signedString, urlPathOf } from './signed-strings';

/** The guide's official end-to-end example (api-security.md §8.1), byte for byte. */
describe('API security: the official example (§8.1)', () => {
  const keys = loadApiSecurityKeys(
    {
      aesKey: EXAMPLE.aesKey,
      aesSn: EXAMPLE.aesSn,
      privateKey: EXAMPLE.privateKey,
      rsaSn: EXAMPLE.rsaSn,
      platformCertificates: {
        [EXAMPLE.platformSn]: EXAMPLE.platformCertificate,
      },
    },
    'apiSecurity',
  );
  const appPublicKey = createPublicKey(createPrivateKey(EXAMPLE.privateKey));
  const { request, response } = EXAMPLE;
  const urlPath = urlPathOf(request.path);

  const sealed = () =>
    sealRequest(
      request.path,
      EXAMPLE.appId,
      keys,
      request.timestamp,
      requestPlaintext(
        request.fields,
        'access_token=ACCESS_TOKEN',
        EXAMPLE.appId,
        request.timestamp,
        request.nonce,
      ),
      Buffer.from(request.iv, 'base64'),
    );

  it('builds the exact plaintext: _n, _appid, _timestamp (a number) first, the token left out', () => {
    expect(
      requestPlaintext(
        request.fields,
        'access_token=ACCESS_TOKEN',
        EXAMPLE.appId,
        request.timestamp,
        request.nonce,
      ),
    ).toBe(request.plaintext);
  });

  it('encrypts to the official data and authtag, in a 324-byte body', () => {
    const { body } = sealed();
    expect(body).toBe(
      `{"iv":"${request.iv}","data":"${request.data}","authtag":"${request.authtag}"}`,
    );
    expect(Buffer.byteLength(body)).toBe(324);
  });

  it('sends the Wechatmp-* headers, with the asymmetric SN as Wechatmp-Serial, and a signature of the four-line string', () => {
    const { body, headers } = sealed();
    expect(Object.keys(headers).sort()).toEqual([
      'Wechatmp-Appid',
      'Wechatmp-Serial',
      'Wechatmp-Signature',
      'Wechatmp-TimeStamp',
    ]);
    expect(headers['Wechatmp-Appid']).toBe(EXAMPLE.appId);
    expect(headers['Wechatmp-TimeStamp']).toBe('1635927954');
    expect(headers['Wechatmp-Serial']).toBe(EXAMPLE.rsaSn);
    expect(
      verifyPss(
        appPublicKey,
        signedString(urlPath, EXAMPLE.appId, request.timestamp, body),
        headers['Wechatmp-Signature'],
      ),
    ).toBe(true);
  });

  it('the official request signature verifies over the signed string this library builds (no SN)', () => {
    const text = signedString(
      urlPath,
      EXAMPLE.appId,
      request.timestamp,
      sealed().body,
    );
    expect(text.split('\n')).toHaveLength(4);
    expect(verifyPss(appPublicKey, text, request.signature)).toBe(true);
  });

  it('the same signature fails when an SN is inserted into the signed string (the WxJava 4.8.0 bug)', () => {
    const { body } = sealed();
    const ts = request.timestamp;
    for (const withSn of [
      `${urlPath}\n${EXAMPLE.appId}\n${EXAMPLE.rsaSn}\n${ts}\n${body}`,
      `${urlPath}\n${EXAMPLE.appId}\n${ts}\n${EXAMPLE.rsaSn}\n${body}`,
    ])
      expect(verifyPss(appPublicKey, withSn, request.signature)).toBe(false);
  });

  const reply = (overrides: Partial<ReceivedReply> = {}): ReceivedReply => ({
    status: 200,
    text: response.body,
    headers: response.headers,
    ...overrides,
  });
  const open = (
    received: ReceivedReply,
    withKeys: LoadedApiSecurityKeys = keys,
    nowSeconds: number = response.timestamp,
  ) =>
    openResponse(received, {
      api: 'security.getUserRiskRank',
      path: request.path,
      appId: EXAMPLE.appId,
      keys: withKeys,
      nowSeconds,
      timestampWindowSeconds: 300,
    });
  const refusal = (fn: () => unknown): WechatTransportError => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(WechatTransportError);
      expect((error as WechatTransportError).failure).toBe(
        'unverified-response',
      );
      return error as WechatTransportError;
    }
    throw new Error('the reply was believed');
  };

  it('the official response verifies with the official certificate and decrypts to the exact plaintext', () => {
    expect(
      createHash('sha256')
        .update(
          signedString(
            urlPath,
            EXAMPLE.appId,
            response.timestamp,
            response.body,
          ),
        )
        .digest('hex'),
    ).toBe('f797cafd9e323df336fb427569fbe67e20d5bc96dd68a3f54d66b54e6e08bb27');
    expect(
      openEnvelope(
        keys.aesKey,
        readEnvelope(JSON.parse(response.body))!,
        additionalData(
          urlPath,
          EXAMPLE.appId,
          response.timestamp,
          EXAMPLE.aesSn,
        ),
      ),
    ).toBe(response.plaintext);
    expect(open(reply())).toEqual({
      reply: {
        errcode: 0,
        errmsg: 'getuserriskrank succ',
        risk_rank: 0,
        unoin_id: 2258658297,
      },
      nonce: 'ShYZpqdVgY+yQVAxNSWhYg',
    });
  });

  it('a tampered byte of the body fails the signature check', () => {
    const text = response.body.replace('"iv":"r2WD', '"iv":"r2WE');
    expect(refusal(() => open(reply({ text }))).message).toContain(
      'signature does not verify',
    );
  });

  it('a wrong certificate under the right SN fails the signature check', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const wrong = {
      ...keys,
      platformKeys: new Map([[EXAMPLE.platformSn, other.publicKey]]),
    };
    expect(refusal(() => open(reply(), wrong)).message).toContain(
      'signature does not verify',
    );
  });

  it('a serial the app has no certificate for is refused, naming the serial', () => {
    const none = {
      ...keys,
      platformKeys: new Map([
        ['someothersn', keys.platformKeys.get(EXAMPLE.platformSn)!],
      ]),
    };
    expect(refusal(() => open(reply(), none)).message).toContain(
      `Wechatmp-Serial "${EXAMPLE.platformSn}"`,
    );
  });

  it('during a rotation, the -Deprecated pair is used when that is the certificate the app has', () => {
    const headers = {
      ...response.headers,
      'wechatmp-serial': 'anewcertificatesn',
      'wechatmp-signature': 'AAAA',
      'wechatmp-serial-deprecated': EXAMPLE.platformSn,
      'wechatmp-signature-deprecated': response.headers['wechatmp-signature'],
    };
    expect(open(reply({ headers })).reply.errmsg).toBe('getuserriskrank succ');
  });

  it('a timestamp outside the window (a replayed old reply) is refused before anything else', () => {
    expect(
      refusal(() => open(reply(), keys, response.timestamp + 301)).message,
    ).toContain('stale or replayed');
    expect(open(reply(), keys, response.timestamp + 300).reply.errcode).toBe(0);
    expect(
      refusal(() => open(reply(), keys, response.timestamp - 301)).message,
    ).toContain('stale or replayed');
  });

  it('a reply for another app is refused', () => {
    const headers = {
      ...response.headers,
      'wechatmp-appid': 'wx0000000000000000',
    };
    expect(refusal(() => open(reply({ headers }))).message).toContain(
      'Wechatmp-Appid',
    );
  });

  it('the AAD carries the reply timestamp: another timestamp fails the GCM tag', () => {
    expect(
      openEnvelope(
        keys.aesKey,
        readEnvelope(JSON.parse(response.body))!,
        additionalData(
          urlPath,
          EXAMPLE.appId,
          request.timestamp,
          EXAMPLE.aesSn,
        ),
      ),
    ).toBeUndefined();
  });

  it('a reply signed correctly whose ciphertext does not decrypt is refused as a GCM failure', () => {
    // Sign a tampered body with the platform's key (here: the app example key as platform key).
    const platform = createPrivateKey(EXAMPLE.privateKey);
    const asPlatform = {
      ...keys,
      platformKeys: new Map([['p', appPublicKey]]),
    };
    const text = response.body.replace('z2BFD8Qc', 'z2BFD8Qd');
    const headers = {
      'wechatmp-appid': EXAMPLE.appId,
      'wechatmp-timestamp': String(response.timestamp),
      'wechatmp-serial': 'p',
      'wechatmp-signature': signPss(
        platform,
        signedString(urlPath, EXAMPLE.appId, response.timestamp, text),
      ),
    };
    expect(
      refusal(() => open(reply({ text, headers }), asPlatform)).message,
    ).toContain('AES-GCM decryption failed');
  });

  it('an unsigned reply is believed only as a refusal: {errcode≠0} passes on, a plain success is refused', () => {
    const refused = '{"errcode":40234,"errmsg":"invalid signature rid: 1-2-3"}';
    expect(open(reply({ text: refused, headers: {} })).reply).toEqual(
      JSON.parse(refused),
    );
    for (const text of ['{"errcode":0,"errmsg":"ok"}', '{"risk_rank":0}'])
      expect(
        refusal(() => open(reply({ text, headers: {} }))).message,
      ).toContain('unsigned reply');
  });

  it('no refusal quotes the body, a key or a signature', () => {
    const messages = [
      refusal(() =>
        open(reply({ text: response.body.replace('r2WD', 'r2WE') })),
      ),
      refusal(() => open(reply(), keys, 0)),
      refusal(() => open(reply({ text: '{"errcode":0}', headers: {} }))),
    ].map((e) => e.message);
    for (const message of messages)
      for (const secret of [
        'HExs66Ik3el',
        'r2WDQt56rEAmMuoR',
        response.headers['wechatmp-signature'].slice(0, 12),
        EXAMPLE.aesKey.slice(0, 12),
        'getuserriskrank succ',
      ])
        expect(message).not.toContain(secret);
  });
});
