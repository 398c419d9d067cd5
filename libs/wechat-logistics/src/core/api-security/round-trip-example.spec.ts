import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { loadApiSecurityKeys } from './load-api-security-keys';
import { EXAMPLE } from './official-example.spec-helper';
import { openResponse } from './open-response';
import { signPss } from './rsa-pss';
import { sealRequest } from './seal-request';
import { signedString, urlPathOf } from './signed-strings';

/** The reference's own intracity `createstore` round trip (api-security.md §8.2). */
describe('API security: the createstore round trip (§8.2)', () => {
  const path = '/cgi-bin/express/intracity/createstore';
  const urlPath = urlPathOf(path);
  const examplePrivate = createPrivateKey(EXAMPLE.privateKey);
  // The emulator's "platform" key in this vector is the guide's example app key.
  const keys = loadApiSecurityKeys(
    {
      aesKey: EXAMPLE.aesKey,
      aesSn: EXAMPLE.aesSn,
      privateKey: EXAMPLE.privateKey,
      platformCertificates: {
        emulated: createPublicKey(examplePrivate)
          .export({ type: 'spki', format: 'pem' })
          .toString(),
      },
    },
    'apiSecurity',
  );
  const sha256 = (text: string) =>
    createHash('sha256').update(text).digest('hex');

  it('seals the plaintext with IV 0..11 to the given data and authtag, signing exactly the 500-byte body', () => {
    const plaintext =
      '{"out_store_id":"store-001","store_name":"测试门店","order_pattern":1,"address_info":{"province":"广东省","city":"广州市","area":"海珠区","street":"","house":"新港中路397号","lat":23.09,"lng":113.32,"phone":"020-8080880"},"_n":"dGVzdG5vbmNlMDAwMQ","_appid":"wxba6223c06417af7b","_timestamp":1700000000}';
    expect(Buffer.byteLength(plaintext)).toBe(320);
    const sealed = sealRequest(
      path,
      EXAMPLE.appId,
      keys,
      1700000000,
      plaintext,
      Buffer.from([...Array(12).keys()]),
    );
    const envelope = JSON.parse(sealed.body) as Record<string, string>;
    expect(envelope.iv).toBe('AAECAwQFBgcICQoL');
    expect(envelope.data).toBe(
      '5Xjxvpp8JV3zFzbw+o6DJ2P6YF66YndvBALDfnsJmpPkOOGtZZvIv0h0TuFEFSc+VjwZsnO1XptUmQPkyjqMEU8Dnn19N+f3+nq/W8VSUQ4jBsx5rW9CnpwXA3eeCy9tvPGEEOkkGc8Uw8vxrgNymfZFRSWJOjBfSjKbG/bCgoGvba3/9owrg1ZdwqyoqLoAzrUCH87CDjOLw8uEyBjroxnUbBHPesJrHf5c5uh+JJmdB7vL2AVdbbUPJ7SL7QvsQ12DcPbaQJcjmVPbka/IL+8ok5lcBeeiMkqb73wKInjPQVTtVM+t/ZhYBHdQc/nyBldUWv1aK8N4FQ4MC47axU2eOplEnE7s6aTfUCe6pH70OsKo49JXMT1WX8t0vcjfKimSXrYn5kMaDlGFQZ+Puw/B3XNZkptHrnBG2+AC6jI=',
    );
    expect(envelope.authtag).toBe('FU8ypCk3zeMMxYm3J/qJVA==');
    expect(Buffer.byteLength(sealed.body)).toBe(500);
    expect(
      sha256(signedString(urlPath, EXAMPLE.appId, 1700000000, sealed.body)),
    ).toBe('aa5ed5a99f1335d708a8354432bda88c05109fdcbc4d7e690be04c05cac9b45c');
  });

  it("verifies and decrypts the emulator's reply (signed here with the example key as platform key) to the given plaintext", () => {
    const body =
      '{"iv":"DA0ODxAREhMUFRYX","data":"lz8xpVf2k3SB/T72fSGs66fLqhI0i37G92E4pNo7+smc2ZHLieA+BowGy3zTJLSGKGwoIdYLtShpvXculPrLnG7ug/GUDr3rNWjd8bAIwXSbJRFeUF2p3EqiYMWz7cOFoCWiP/+AsFXLq50nBhIbm8tenrhpQhd09oeBrJaHRu3RCLPWBZuLrNkT5W4N1IT/hUXpGZFqN+0riGCXKHmiuTqooWOu9FWG/XYtQOJsSHSgnIXve/leoTgSu4eVk0nnNxEbteF0wA==","authtag":"Sg3VY9Tbm1lJiYjDzt05Ew=="}';
    const signed = signedString(urlPath, EXAMPLE.appId, 1700000001, body);
    expect(sha256(signed)).toBe(
      '8b65a08a7fc7e1c99a366c75531f11bddbfa7930a1a29753ad0d4a8b9a20f6c8',
    );
    const opened = openResponse(
      {
        status: 200,
        text: body,
        headers: {
          'wechatmp-appid': EXAMPLE.appId,
          'wechatmp-timestamp': '1700000001',
          'wechatmp-serial': 'emulated',
          'wechatmp-signature': signPss(examplePrivate, signed),
        },
      },
      {
        api: 'intracity.createStore',
        path,
        appId: EXAMPLE.appId,
        keys,
        nowSeconds: 1700000000,
        timestampWindowSeconds: 300,
      },
    );
    expect(opened).toEqual({
      reply: {
        errcode: 0,
        errmsg: 'ok',
        wx_store_id: '4000000000000000001',
        appid: EXAMPLE.appId,
        out_store_id: 'store-001',
      },
      nonce: 'cmVzcG9uc2Vub25jZQ',
    });
  });
});
