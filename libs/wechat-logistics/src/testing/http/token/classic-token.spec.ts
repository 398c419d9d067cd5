import { ACCESS_TOKEN_FORMAT } from '../../state/access-token';
import {
  classicToken,
  call,
  errcodeWithToken,
  RID_SUFFIX,
  tokenValue,
} from '../../emulator-http.spec-helper';
import { WechatEmulator } from '../../wechat-emulator';

describe('GET /cgi-bin/token (classic access token)', () => {
  let wechat: WechatEmulator;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
  });
  afterEach(() => wechat.stop());

  it('answers a long opaque token and expires_in 7200, with no errcode', async () => {
    const { status, body } = await classicToken(wechat);

    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in']);
    expect(body['expires_in']).toBe(7200);
    expect(body['access_token']).toMatch(ACCESS_TOKEN_FORMAT);
    expect((body['access_token'] as string).length).toBeGreaterThanOrEqual(100);
  });

  it('issues a new token on every call', async () => {
    const first = await tokenValue(classicToken(wechat));
    const second = await tokenValue(classicToken(wechat));

    expect(second).not.toBe(first);
    expect(wechat.tokens.fetchCount).toBe(2);
    expect(wechat.tokens.fetchCountFor('classic')).toBe(2);
  });

  it('keeps the previous token working for 300 s after a new one, then answers 40001', async () => {
    const old = await tokenValue(classicToken(wechat));
    const fresh = await tokenValue(classicToken(wechat));

    wechat.clock.advance(299);
    expect(await errcodeWithToken(wechat, old)).toBe(0);

    wechat.clock.advance(1);
    expect(await errcodeWithToken(wechat, old)).toBe(40001);
    expect(await errcodeWithToken(wechat, fresh)).toBe(0);
  });

  it('answers 42001 once the token is older than expires_in', async () => {
    const token = await tokenValue(classicToken(wechat));

    wechat.clock.advance(7199);
    expect(await errcodeWithToken(wechat, token)).toBe(0);
    wechat.clock.advance(1);
    expect(await errcodeWithToken(wechat, token)).toBe(42001);
  });

  it('uses the configured lifetime for expires_in', async () => {
    await wechat.stop();
    wechat = await WechatEmulator.start({ tokenExpiresInSeconds: 600 });
    expect((await classicToken(wechat)).body['expires_in']).toBe(600);

    wechat.tokens.setExpiresInSeconds(120);
    expect((await classicToken(wechat)).body['expires_in']).toBe(120);
  });

  it.each([
    [41002, 'appid is missing', { appid: undefined }],
    [41004, 'secret is missing', { secret: undefined }],
    [40002, 'grant_type is wrong', { grant_type: 'password' }],
    [40002, 'grant_type is missing', { grant_type: undefined }],
    [40013, 'the appid is unknown', { appid: 'wx1111111111111111' }],
    [40125, 'the secret is wrong', { secret: 'not-the-secret' }],
  ])('answers %d when %s', async (errcode, _case, params) => {
    const { status, body } = await classicToken(wechat, params);

    expect(status).toBe(200);
    expect(body['errcode']).toBe(errcode);
    expect(body['errmsg']).toMatch(RID_SUFFIX);
    expect(wechat.tokens.fetchCount).toBe(0);
  });

  it('answers 43001 to POST, since only GET is documented', async () => {
    const query = `grant_type=client_credential&appid=${wechat.appId}&secret=${wechat.appSecret}`;
    const { body } = await call(wechat, 'POST', `/cgi-bin/token?${query}`, '');

    expect(body['errcode']).toBe(43001);
  });
});
