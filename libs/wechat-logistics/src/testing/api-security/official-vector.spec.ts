import { classicToken, tokenValue } from '../emulator-http.spec-helper';
import { WechatEmulator } from '../wechat-emulator';
import { OFFICIAL_EXAMPLE_KEYS } from './official-example-keys';
import { pssSign } from './pss-signature';
import {
  CONSOLE_KEYS,
  postRaw,
  trustCurrent,
} from './secured-call.spec-helper';
import { openReply } from './secured-request';
import { canonicalUrl } from './secured-strings';

// WeChat's official API-security example (api-security.md §8.1), sent byte for byte.
const PATH = '/wxa/getuserriskrank';
const TIMESTAMP = 1635927954;
const BODY =
  '{"iv":"fmW/zNxXlytUZBgj","data":"0IDVdrPtSPF/Oe2CTXCV2vVNPbVJdJlP2WaTMQnoYLh5iCrrSNfQFh25EnStDMf0hLlVNBCZQtf9NaV0m4aRA4AAYIO7oR/Ge+4yY4EmZp5EVPB42xjScgMx5X3D4VdLCfynXIUKUtZHZvk1zmLVE3RauzJgiM1BB1CPmwcENo3MTJ0z8Vfkf5tMv54kOXobDLlV5rfqKdAX7gM/rP82DgZdt9vvZX44ipdbHIjJvw83ZXAFtvftdVw2Qd8=","authtag":"5qeM/2vZv+6KtScN94IpMg=="}';
const SIGNATURE =
  'wcSSWHZunjz9VKl9q+If9deiyECXDAELfAJNZ4+5T+NhFr8zfhkwdQtlgQ7nN5xs99R57La9UjBTRBGge2KYyshWtw7HIMPAqWNsnpHvx0b2f7s6Bt7OpfOQLlIfNgepgTVmUwrqW8/7A12szj7tCe/bRFilwnaX6N0w4duHlfL7ic7IIZXouvy9dLRAa5GtEk1eD/LPWRiKh0SvJ3znPY/pSiQW9zSkXVdj9UGGM8qcKLzPGJ7gSmt3ZOPkFapk9wqFmhJwQj//xN5+hUlr2UiNPMNSHve5Y2ADLsNHqk5t7RfAZ8nW9/8lzhVt4t+toy1FeehxCGIC8qgmjIl1hg==';
const { appId, aesKey, aesSn, rsaSn, privateKeyPem } = OFFICIAL_EXAMPLE_KEYS;

const headers = (signature: string) => ({
  'Content-Type': 'application/json;charset=utf-8',
  'Wechatmp-Appid': appId,
  'Wechatmp-TimeStamp': String(TIMESTAMP),
  'Wechatmp-Signature': signature,
});

describe("the emulator and WeChat's official API-security example (§8.1)", () => {
  let wechat: WechatEmulator;
  let token: string;

  beforeAll(async () => {
    wechat = await WechatEmulator.start({ appId });
    wechat.apiSecurity.configure(CONSOLE_KEYS);
    // The example was signed on 2021-11-03; the emulator's clock goes there.
    wechat.clock.travelTo(TIMESTAMP);
    token = await tokenValue(classicToken(wechat));
  });
  afterAll(() => wechat.stop());

  it('accepts the official request as sent, and answers it sealed and signed for the same app', async () => {
    const reply = await postRaw(
      wechat,
      `${PATH}?access_token=${token}`,
      BODY,
      headers(SIGNATURE),
    );
    const reading = openReply({
      path: PATH,
      keys: { appId, aesKey, aesSn },
      trusted: trustCurrent(wechat),
      headers: reply.headers,
      text: reply.text,
    });
    expect(reading).toEqual({
      kind: 'verified',
      result: {
        errcode: 0,
        errmsg: 'getuserriskrank succ',
        risk_rank: 0,
        unoin_id: expect.any(Number) as number,
      },
      timestamp: expect.any(Number) as number,
      serial: wechat.apiSecurity.platform.sn,
    });
  });

  it('refuses the same request signed over the five-line string with the key SN (WxJava 4.8.0) with 40234', async () => {
    for (const withSn of [
      `${canonicalUrl(PATH)}\n${appId}\n${rsaSn}\n${TIMESTAMP}\n${BODY}`,
      `${canonicalUrl(PATH)}\n${appId}\n${TIMESTAMP}\n${rsaSn}\n${BODY}`,
    ]) {
      const signature = pssSign(privateKeyPem, Buffer.from(withSn, 'utf8'));
      const reply = await postRaw(
        wechat,
        `${PATH}?access_token=${token}`,
        BODY,
        headers(signature),
      );
      expect(reply.json).toEqual({
        errcode: 40234,
        errmsg: expect.stringMatching(/^invalid signature rid: /) as string,
      });
      expect(reply.headers.get('wechatmp-signature')).toBeNull();
    }
  });
});
