import { createHash, createPublicKey, constants, verify } from 'node:crypto';
import {
  CURRENT_PLATFORM_KEY,
  PREVIOUS_PLATFORM_KEY,
} from './emulated-platform-keys';
import { openEnvelope, asEnvelope } from './gcm-envelope';
import {
  OFFICIAL_EXAMPLE_APP_ID,
  OFFICIAL_EXAMPLE_KEYS,
} from './official-example-keys';
import { sealReplyBody, signReply } from './reply-sealer';
import { additionalData, signedMessage } from './secured-strings';

const { aesKey, aesSn } = OFFICIAL_EXAMPLE_KEYS;
const appId = OFFICIAL_EXAMPLE_APP_ID;
const RISK_RANK = '/wxa/getuserriskrank';
const CREATESTORE = '/cgi-bin/express/intracity/createstore';

const pssVerify = (pem: string, message: Buffer, signature: string) =>
  verify(
    'sha256',
    message,
    {
      key: createPublicKey(pem),
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 32,
    },
    Buffer.from(signature, 'base64'),
  );

describe('sealing a secured reply (S1, S2)', () => {
  it("reproduces WeChat's official example reply byte for byte from its IV, nonce and timestamp (§8.1)", () => {
    const text = sealReplyBody({
      path: RISK_RANK,
      appId,
      aesKey,
      aesSn,
      timestamp: 1635927956,
      iv: Buffer.from('r2WDQt56rEAmMuoR', 'base64'),
      nonce: 'ShYZpqdVgY+yQVAxNSWhYg',
      result: {
        errcode: 0,
        errmsg: 'getuserriskrank succ',
        risk_rank: 0,
        unoin_id: 2258658297,
      },
    });
    expect(text).toBe(
      '{"iv":"r2WDQt56rEAmMuoR","data":"HExs66Ik3el+iM4IpeQ7SMEN934FRLFYOd3EmeaIrpP4EPTHckoco6O+PaoRZRa3lqaPRZT7r52f7LUok6gLxc6cdR8C4vpIIfh4xfLC4L7FNy9GbuMK1hcoi8b7gkWJcwZMkuCFNEDmqn3T49oWzAQOrY4LZnnnykv6oUJotdAsnKvmoJkLK7hRh7M2B1d2UnTnRuoIyarXc5Iojwoghx4BOvnV","authtag":"z2BFD8QctKXTuBlhICGOjQ=="}',
    );
    // The official reply's signed string, as the emulator builds it for its own replies.
    const digest = createHash('sha256')
      .update(signedMessage(RISK_RANK, appId, 1635927956, text))
      .digest('hex');
    expect(digest).toBe(
      'f797cafd9e323df336fb427569fbe67e20d5bc96dd68a3f54d66b54e6e08bb27',
    );
  });

  it("agrees with the reference's createstore reply (§8.2) on AAD and signed string, and seals the same answer for the same inputs", () => {
    // The reference generated its reply with the underscore fields last; WeChat's
    // own example puts them first, as the emulator does, so the bytes differ:
    // both decrypt to the same answer under the same AAD.
    const reference =
      '{"iv":"DA0ODxAREhMUFRYX","data":"lz8xpVf2k3SB/T72fSGs66fLqhI0i37G92E4pNo7+smc2ZHLieA+BowGy3zTJLSGKGwoIdYLtShpvXculPrLnG7ug/GUDr3rNWjd8bAIwXSbJRFeUF2p3EqiYMWz7cOFoCWiP/+AsFXLq50nBhIbm8tenrhpQhd09oeBrJaHRu3RCLPWBZuLrNkT5W4N1IT/hUXpGZFqN+0riGCXKHmiuTqooWOu9FWG/XYtQOJsSHSgnIXve/leoTgSu4eVk0nnNxEbteF0wA==","authtag":"Sg3VY9Tbm1lJiYjDzt05Ew=="}';
    const aad = additionalData(CREATESTORE, appId, 1700000001, aesSn);
    const referencePlain = openEnvelope(
      aesKey,
      aad,
      asEnvelope(JSON.parse(reference))!,
    );
    expect(
      createHash('sha256')
        .update(signedMessage(CREATESTORE, appId, 1700000001, reference))
        .digest('hex'),
    ).toBe('8b65a08a7fc7e1c99a366c75531f11bddbfa7930a1a29753ad0d4a8b9a20f6c8');

    const ours = sealReplyBody({
      path: CREATESTORE,
      appId,
      aesKey,
      aesSn,
      timestamp: 1700000001,
      iv: Buffer.from('DA0ODxAREhMUFRYX', 'base64'),
      nonce: 'cmVzcG9uc2Vub25jZQ',
      result: {
        errcode: 0,
        errmsg: 'ok',
        wx_store_id: '4000000000000000001',
        appid: appId,
        out_store_id: 'store-001',
      },
    });
    const oursPlain = openEnvelope(aesKey, aad, asEnvelope(JSON.parse(ours))!);
    expect(JSON.parse(oursPlain!)).toEqual(JSON.parse(referencePlain!));
    expect(oursPlain!.startsWith('{"_n":"cmVzcG9uc2Vub25jZQ","_appid"')).toBe(
      true,
    );
  });

  it('signs urlpath\\nappid\\nrespTs\\nbody with the platform key, and during a rotation also with the expiring one', () => {
    const text =
      '{"iv":"AAAAAAAAAAAAAAAA","data":"","authtag":"AAAAAAAAAAAAAAAAAAAAAA=="}';
    const message = signedMessage(CREATESTORE, appId, 1700000001, text);
    const plain = signReply(
      CREATESTORE,
      appId,
      1700000001,
      text,
      CURRENT_PLATFORM_KEY,
    );
    expect(plain).toEqual({
      'Wechatmp-Appid': appId,
      'Wechatmp-TimeStamp': '1700000001',
      'Wechatmp-Serial': CURRENT_PLATFORM_KEY.sn,
      'Wechatmp-Signature': expect.any(String) as string,
    });
    expect(
      pssVerify(
        CURRENT_PLATFORM_KEY.certificatePem,
        message,
        plain['Wechatmp-Signature'],
      ),
    ).toBe(true);

    const rotating = signReply(
      CREATESTORE,
      appId,
      1700000001,
      text,
      CURRENT_PLATFORM_KEY,
      PREVIOUS_PLATFORM_KEY,
    );
    expect(rotating['Wechatmp-Serial-Deprecated']).toBe(
      PREVIOUS_PLATFORM_KEY.sn,
    );
    expect(
      pssVerify(
        PREVIOUS_PLATFORM_KEY.certificatePem,
        message,
        rotating['Wechatmp-Signature-Deprecated'],
      ),
    ).toBe(true);
    expect(
      pssVerify(
        CURRENT_PLATFORM_KEY.certificatePem,
        message,
        rotating['Wechatmp-Signature-Deprecated'],
      ),
    ).toBe(false);
  });
});
