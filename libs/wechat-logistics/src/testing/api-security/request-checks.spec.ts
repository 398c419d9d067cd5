import { constants, randomBytes, sign } from 'node:crypto';
import { RID_SUFFIX } from '../emulator-http.spec-helper';
import { type WechatEmulator } from '../wechat-emulator';
import { PREVIOUS_PLATFORM_KEY } from './emulated-platform-keys';
import { sealEnvelope } from './gcm-envelope';
import { pssSign } from './pss-signature';
import {
  ACCOUNT_GETALL,
  APP_KEYS,
  CONSOLE_KEYS,
  postRaw,
  sealNow,
  securedCall,
  startSecuredEmulator,
  without,
} from './secured-call.spec-helper';
import { additionalData, canonicalUrl, signedMessage } from './secured-strings';

const RISK_RANK = '/wxa/getuserriskrank';
const RISK_PAYLOAD = { openid: 'o-user-1', scene: 0, client_ip: '127.0.0.1' };

describe('API security checks on secured requests, in plain JSON', () => {
  let wechat: WechatEmulator;
  let token: string;
  const appId = APP_KEYS.appId;

  beforeAll(async () => {
    ({ wechat, token } = await startSecuredEmulator());
    wechat.addApp({ appId: 'wx00000000000other', appSecret: 'other-secret' });
  });
  beforeEach(() => {
    wechat.apiSecurity.configure(CONSOLE_KEYS);
    wechat.apiSecurity.requireSecurityForSupported(false);
    wechat.apiSecurity.requireSerial(false);
    wechat.apiSecurity.timestampWindowSeconds = 300;
  });
  afterAll(() => wechat.stop());

  const send = (
    body: string,
    headers: Record<string, string>,
    path = ACCOUNT_GETALL,
  ) => postRaw(wechat, `${path}?access_token=${token}`, body, headers);

  const refusal = (errcode: number, errmsg: RegExp | string = RID_SUFFIX) => ({
    errcode,
    errmsg: expect.stringMatching(errmsg) as string,
  });

  /** A request sealed from `plaintext` exactly, signed properly: for the envelope checks. */
  function craft(options: {
    plaintext?: string;
    iv?: Buffer;
    aesKey?: string;
    timestamp?: number;
    body?: string;
  }) {
    const timestamp = options.timestamp ?? wechat.clock.nowSeconds();
    const plaintext =
      options.plaintext ??
      JSON.stringify({ _n: 'n0nce', _appid: appId, _timestamp: timestamp });
    const aad = additionalData(
      ACCOUNT_GETALL,
      appId,
      timestamp,
      APP_KEYS.aesSn,
    );
    const body =
      options.body ??
      JSON.stringify(
        sealEnvelope(
          options.aesKey ?? APP_KEYS.aesKey,
          options.iv ?? randomBytes(12),
          aad,
          plaintext,
        ),
      );
    const signature = pssSign(
      APP_KEYS.privateKeyPem,
      signedMessage(ACCOUNT_GETALL, appId, timestamp, body),
    );
    return send(body, {
      'Wechatmp-Appid': appId,
      'Wechatmp-TimeStamp': String(timestamp),
      'Wechatmp-Signature': signature,
    });
  }

  describe('which calls are secured', () => {
    it("a 'supported' path answers a plain POST in plain JSON, and a signed one sealed", async () => {
      const plain = await send('{}', { 'Content-Type': 'application/json' });
      expect(plain.json).toMatchObject({ errcode: 0, errmsg: 'ok', list: [] });
      expect(plain.headers.get('wechatmp-signature')).toBeNull();

      const signed = await securedCall(wechat, token, ACCOUNT_GETALL);
      expect(signed.reply).toMatchObject({
        kind: 'verified',
        result: { errcode: 0, list: [] },
      });
    });

    it('with the console switch on, a plain POST to a supported path gets 934011 with the documented errmsg', async () => {
      wechat.apiSecurity.requireSecurityForSupported(true);
      const plain = await send('{}', { 'Content-Type': 'application/json' });
      expect(plain.json).toEqual(
        refusal(
          934011,
          /^signature is needed, please refer document for help \[https:\/\/developers\.weixin\.qq\.com\/miniprogram\/dev\/OpenApiDoc\/getting_started\/api_signature\.html\] rid: [0-9a-f-]{26}$/,
        ),
      );
      const signed = await securedCall(wechat, token, ACCOUNT_GETALL);
      expect(signed.reply.kind).toBe('verified');
    });

    it('the switch is per app: another app without it still calls plainly', async () => {
      wechat.apiSecurity.requireSecurityForSupported(true);
      const other = wechat.app('wx00000000000other');
      const otherToken = other.tokens.issueClassic().accessToken;
      const reply = await postRaw(
        wechat,
        `${ACCOUNT_GETALL}?access_token=${otherToken}`,
        '{}',
        {},
      );
      expect(reply.json).toMatchObject({ errcode: 0 });
    });

    it('GET stays plain even with the switch on (only POST bodies are wrapped)', async () => {
      wechat.apiSecurity.requireSecurityForSupported(true);
      const response = await fetch(
        `${wechat.url}${ACCOUNT_GETALL}?access_token=${token}`,
      );
      expect(await response.json()).toMatchObject({ errcode: 0 });
    });

    it('the handler gets the decrypted body; its business error comes back sealed too', async () => {
      const ok = await securedCall(wechat, token, RISK_RANK, RISK_PAYLOAD);
      expect(ok.reply).toMatchObject({
        kind: 'verified',
        result: { errcode: 0, errmsg: 'getuserriskrank succ', risk_rank: 0 },
      });
      const bad = await securedCall(wechat, token, RISK_RANK, { scene: 0 });
      expect(bad.reply).toMatchObject({
        kind: 'verified',
        result: { errcode: 40097 },
      });
    });
  });

  describe('headers (the console switch on, so every POST must be secured)', () => {
    beforeEach(() => wechat.apiSecurity.requireSecurityForSupported(true));

    it.each([
      ['Wechatmp-Appid', 40233],
      ['Wechatmp-TimeStamp', 40231],
      ['Wechatmp-Signature', 40232],
    ])('without %s: %d', async (name, errcode) => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const reply = await send(sealed.body, without(sealed.headers, name));
      expect(reply.json).toEqual(refusal(errcode));
    });

    it('an envelope with no headers at all on a required call: 40233, not 934011', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const reply = await send(sealed.body, {});
      expect(reply.json).toEqual(refusal(40233));
    });

    it('Wechatmp-Serial is not demanded, unless requireSerial is on (40230)', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const accepted = await send(sealed.body, sealed.headers);
      expect(accepted.headers.get('wechatmp-signature')).not.toBeNull();

      wechat.apiSecurity.requireSerial(true);
      const refused = await send(sealed.body, sealed.headers);
      expect(refused.json).toEqual(refusal(40230));
      const withSerial = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-Serial': CONSOLE_KEYS.rsaSn,
      });
      expect(withSerial.headers.get('wechatmp-signature')).not.toBeNull();
    });
  });

  describe('app and keys', () => {
    it('an AppID no app has: 40236; another app than the token acts for: 40237', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const unknown = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-Appid': 'wx0000000000nobody',
      });
      expect(unknown.json).toEqual(refusal(40236));
      const other = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-Appid': 'wx00000000000other',
      });
      expect(other.json).toEqual(refusal(40237));
    });

    it('no symmetric key in the console: 40238; no public key: 40239', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      wechat.apiSecurity.configure({ appPublicKey: CONSOLE_KEYS.appPublicKey });
      expect((await send(sealed.body, sealed.headers)).json).toEqual(
        refusal(40238),
      );
      wechat.apiSecurity.configure({
        aesKey: CONSOLE_KEYS.aesKey,
        aesSn: CONSOLE_KEYS.aesSn,
      });
      expect((await send(sealed.body, sealed.headers)).json).toEqual(
        refusal(40239),
      );
    });
  });

  describe('timestamp window (emulator clock)', () => {
    it('accepts 300 s either way by default, refuses beyond with 40240; the window is configurable', async () => {
      // Each request is sent right after the clock is set to the start of
      // second T, so the emulator reads T (unless a request took over a second).
      const T = wechat.clock.nowSeconds() + 1;
      const at = async (offset: number) => {
        const request = craft({ timestamp: T + offset });
        wechat.clock.travelTo(T);
        return request;
      };
      for (const offset of [300, -299]) {
        const reply = await at(offset);
        expect(reply.headers.get('wechatmp-signature')).not.toBeNull();
      }
      for (const offset of [302, -301]) {
        expect((await at(offset)).json).toEqual(refusal(40240));
      }
      wechat.apiSecurity.timestampWindowSeconds = 1000;
      const wider = await at(-900);
      expect(wider.headers.get('wechatmp-signature')).not.toBeNull();
    });

    it('a timestamp that is not whole seconds: 40240', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const reply = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-TimeStamp': `${sealed.headers['Wechatmp-TimeStamp']}.5`,
      });
      expect(reply.json).toEqual(refusal(40240));
    });
  });

  describe('signature (40234 invalid signature)', () => {
    const invalid = /^invalid signature rid: /;

    it('a key other than the uploaded one', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const ts = sealed.headers['Wechatmp-TimeStamp'];
      const signature = pssSign(
        PREVIOUS_PLATFORM_KEY.privateKeyPem,
        signedMessage(ACCOUNT_GETALL, appId, ts, sealed.body),
      );
      const reply = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-Signature': signature,
      });
      expect(reply.json).toEqual(refusal(40234, invalid));
    });

    it('one body byte changed after signing (verified over the raw bytes)', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      // Same JSON value, different bytes: a re-serialising verifier would pass it.
      const spaced = sealed.body.replace('","data"', '", "data"');
      expect(JSON.parse(spaced)).toEqual(JSON.parse(sealed.body));
      const reply = await send(spaced, sealed.headers);
      expect(reply.json).toEqual(refusal(40234, invalid));
    });

    it('signed for the emulator URL instead of https://api.weixin.qq.com', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const ts = sealed.headers['Wechatmp-TimeStamp'];
      const local = `${wechat.url}${ACCOUNT_GETALL}\n${appId}\n${ts}\n${sealed.body}`;
      expect(canonicalUrl(ACCOUNT_GETALL)).not.toBe(
        `${wechat.url}${ACCOUNT_GETALL}`,
      );
      const signature = pssSign(APP_KEYS.privateKeyPem, Buffer.from(local));
      const reply = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-Signature': signature,
      });
      expect(reply.json).toEqual(refusal(40234, invalid));
    });

    it('RSA-PSS with the default (maximum) salt instead of 32', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const ts = sealed.headers['Wechatmp-TimeStamp'];
      const signature = sign(
        'sha256',
        signedMessage(ACCOUNT_GETALL, appId, ts, sealed.body),
        {
          key: APP_KEYS.privateKeyPem,
          padding: constants.RSA_PKCS1_PSS_PADDING,
        },
      ).toString('base64');
      const reply = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-Signature': signature,
      });
      expect(reply.json).toEqual(refusal(40234, invalid));
    });

    it('not base64', async () => {
      const sealed = sealNow(wechat, ACCOUNT_GETALL);
      const reply = await send(sealed.body, {
        ...sealed.headers,
        'Wechatmp-Signature': '%%%not-base64%%%',
      });
      expect(reply.json).toEqual(refusal(40234, invalid));
    });
  });

  describe('envelope (40235 invalid encrypt)', () => {
    it('a signed body that is not {iv, data, authtag}', async () => {
      const reply = await craft({ body: '{"openid":"o-user-1"}' });
      expect(reply.json).toEqual(refusal(40235));
    });

    it('an IV of 16 bytes', async () => {
      const reply = await craft({ iv: randomBytes(16) });
      expect(reply.json).toEqual(refusal(40235));
    });

    it('fields that are not base64', async () => {
      const reply = await craft({
        body: '{"iv":"fmW/zNxXlytUZBgj","data":"!!!!","authtag":"5qeM/2vZv+6KtScN94IpMg=="}',
      });
      expect(reply.json).toEqual(refusal(40235));
    });

    it('a GCM failure (another symmetric key)', async () => {
      const reply = await craft({ aesKey: randomBytes(32).toString('base64') });
      expect(reply.json).toEqual(refusal(40235));
    });

    it('plaintext that is not a JSON object', async () => {
      const reply = await craft({ plaintext: '[1,2]' });
      expect(reply.json).toEqual(refusal(40235));
    });

    it('_appid or _timestamp disagreeing with the headers, or _n missing', async () => {
      const ts = wechat.clock.nowSeconds();
      for (const plaintext of [
        { _n: 'n', _appid: 'wx00000000000other', _timestamp: ts },
        { _n: 'n', _appid: appId, _timestamp: ts - 1 },
        { _n: 'n', _appid: appId, _timestamp: String(ts) },
        { _appid: appId, _timestamp: ts },
      ]) {
        const reply = await craft({
          plaintext: JSON.stringify(plaintext),
          timestamp: ts,
        });
        expect(reply.json).toEqual(refusal(40235));
      }
      const fine = await craft({
        plaintext: JSON.stringify({ _n: 'n', _appid: appId, _timestamp: ts }),
        timestamp: ts,
      });
      expect(fine.headers.get('wechatmp-signature')).not.toBeNull();
    });
  });
});
