import {
  call,
  classicToken,
  errcodeWithToken,
  postJson,
  stableToken,
  tokenValue,
} from '../../emulator-http.spec-helper';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/stable_token (stable access token)', () => {
  let wechat: WechatEmulator;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
  });
  afterEach(() => wechat.stop());

  it('returns the same token while more than 300 s of life remain, with its remaining expires_in', async () => {
    const first = await stableToken(wechat);
    wechat.clock.advance(1000);
    const second = await stableToken(wechat);

    expect(first.body['expires_in']).toBe(7200);
    expect(second.body['access_token']).toBe(first.body['access_token']);
    expect(second.body['expires_in']).toBe(6200);
    expect(wechat.tokens.fetchCountFor('stable')).toBe(2);
  });

  it('issues a new token in the last 300 s while the old one lives to its own expiry', async () => {
    const old = await tokenValue(stableToken(wechat));
    wechat.clock.advance(6900);
    const renewed = await tokenValue(stableToken(wechat));

    expect(renewed).not.toBe(old);
    wechat.clock.advance(299);
    expect(await errcodeWithToken(wechat, old)).toBe(0);
    wechat.clock.advance(1);
    expect(await errcodeWithToken(wechat, old)).toBe(42001);
    expect(await errcodeWithToken(wechat, renewed)).toBe(0);
  });

  it('issues a new token after the old one expired', async () => {
    const old = await tokenValue(stableToken(wechat));
    wechat.clock.advance(7200);

    expect(await tokenValue(stableToken(wechat))).not.toBe(old);
  });

  it('force_refresh issues a new token and invalidates the previous one at once', async () => {
    const old = await tokenValue(stableToken(wechat));
    const forced = await tokenValue(
      stableToken(wechat, { force_refresh: true }),
    );

    expect(forced).not.toBe(old);
    expect(await errcodeWithToken(wechat, old)).toBe(40001);
    expect(await errcodeWithToken(wechat, forced)).toBe(0);
    expect(wechat.tokens.forceRefreshCount).toBe(1);
  });

  it('does not force-refresh twice within 30 s: it returns the current token', async () => {
    const forced = await tokenValue(
      stableToken(wechat, { force_refresh: true }),
    );
    wechat.clock.advance(29);
    expect(await tokenValue(stableToken(wechat, { force_refresh: true }))).toBe(
      forced,
    );
    expect(wechat.tokens.forceRefreshCount).toBe(1);

    wechat.clock.advance(1);
    expect(
      await tokenValue(stableToken(wechat, { force_refresh: true })),
    ).not.toBe(forced);
    expect(wechat.tokens.forceRefreshCount).toBe(2);
  });

  it('allows at most 20 force refreshes per 24 hours', async () => {
    for (let i = 0; i < 20; i += 1) {
      await stableToken(wechat, { force_refresh: true });
      wechat.clock.advance(30);
    }
    const current = await tokenValue(stableToken(wechat));
    expect(await tokenValue(stableToken(wechat, { force_refresh: true }))).toBe(
      current,
    );
    expect(wechat.tokens.forceRefreshCount).toBe(20);

    wechat.clock.advance(24 * 60 * 60);
    await stableToken(wechat, { force_refresh: true });
    expect(wechat.tokens.forceRefreshCount).toBe(21);
  });

  it('is not disturbed by new classic tokens', async () => {
    const stable = await tokenValue(stableToken(wechat));
    await classicToken(wechat);
    await classicToken(wechat);
    wechat.clock.advance(400);

    expect(await errcodeWithToken(wechat, stable)).toBe(0);
    expect(await tokenValue(stableToken(wechat))).toBe(stable);
  });

  it('a forced refresh does not disturb the classic token', async () => {
    const classic = await tokenValue(classicToken(wechat));
    const stable = await tokenValue(stableToken(wechat));
    const forced = await tokenValue(
      stableToken(wechat, { force_refresh: true }),
    );

    expect(await errcodeWithToken(wechat, classic)).toBe(0);
    expect(await errcodeWithToken(wechat, stable)).toBe(40001);
    expect(await errcodeWithToken(wechat, forced)).toBe(0);
    expect(wechat.tokens.fetchCountFor('classic')).toBe(1);
    expect(wechat.tokens.fetchCountFor('stable')).toBe(2);
  });

  it.each([
    [41002, 'appid is missing', { appid: undefined }],
    [41004, 'secret is missing', { secret: '' }],
    [40002, 'grant_type is wrong', { grant_type: 'authorization_code' }],
    [40013, 'the appid is unknown', { appid: 'wx1111111111111111' }],
    [40125, 'the secret is wrong', { secret: 'nope' }],
    [47001, 'force_refresh is not a boolean', { force_refresh: 'yes' }],
  ])('answers %d when %s', async (errcode, _case, fields) => {
    expect((await stableToken(wechat, fields)).body['errcode']).toBe(errcode);
  });

  it('answers 43002 to GET, 44002 to an empty body and 47001 to broken JSON', async () => {
    expect(
      (await call(wechat, 'GET', '/cgi-bin/stable_token')).body['errcode'],
    ).toBe(43002);
    expect(
      (await postJson(wechat, '/cgi-bin/stable_token', '')).body['errcode'],
    ).toBe(44002);
    expect(
      (await postJson(wechat, '/cgi-bin/stable_token', '{"appid":')).body[
        'errcode'
      ],
    ).toBe(47001);
  });
});
