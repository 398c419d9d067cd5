import {
  call,
  classicToken,
  errcodeWithToken,
  postJson,
  RID_SUFFIX,
  stableToken,
  tokenValue,
} from '../emulator-http.spec-helper';
import { WechatEmulator } from '../wechat-emulator';

const CANCEL = '/cgi-bin/express/business/order/cancel';

describe('access token checks on business endpoints', () => {
  let wechat: WechatEmulator;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
  });
  afterEach(() => wechat.stop());

  it('answers 41001 when access_token is missing or empty', async () => {
    const missing = await postJson(wechat, CANCEL, {});
    const empty = await postJson(wechat, `${CANCEL}?access_token=`, {});

    expect(missing.status).toBe(200);
    expect(missing.body['errcode']).toBe(41001);
    expect(missing.body['errmsg']).toMatch(/^access_token missing rid: /);
    expect(missing.body['errmsg']).toMatch(RID_SUFFIX);
    expect(empty.body['errcode']).toBe(41001);
  });

  it('answers 40014 to a malformed token and 40001 to a well-formed unknown one', async () => {
    expect(await errcodeWithToken(wechat, 'not a token!')).toBe(40014);
    expect(await errcodeWithToken(wechat, 'short')).toBe(40014);
    expect(await errcodeWithToken(wechat, 'A'.repeat(128))).toBe(40001);
  });

  it('checks the token before the body', async () => {
    const { body } = await call(
      wechat,
      'POST',
      `${CANCEL}?access_token=${'A'.repeat(128)}`,
      '',
    );

    expect(body['errcode']).toBe(40001);
  });

  it('accepts both classic and stable tokens', async () => {
    expect(
      await errcodeWithToken(wechat, await tokenValue(classicToken(wechat))),
    ).toBe(0);
    expect(
      await errcodeWithToken(wechat, await tokenValue(stableToken(wechat))),
    ).toBe(0);
  });

  it('answers 42001 to an expired token', async () => {
    const token = await tokenValue(stableToken(wechat));
    wechat.clock.advance(7200);

    expect(await errcodeWithToken(wechat, token)).toBe(42001);
  });

  it('revoke() and revokeAll() make tokens answer 40001', async () => {
    const a = await tokenValue(classicToken(wechat));
    const b = await tokenValue(stableToken(wechat));

    expect(wechat.tokens.revoke(a)).toBe(true);
    expect(wechat.tokens.revoke('unknown')).toBe(false);
    expect(await errcodeWithToken(wechat, a)).toBe(40001);
    expect(wechat.tokens.isValid(b)).toBe(true);

    wechat.tokens.revokeAll();
    expect(wechat.tokens.isValid(b)).toBe(false);
    expect(await errcodeWithToken(wechat, b)).toBe(40001);
  });

  it('issues a fresh stable token after revokeAll()', async () => {
    const before = await tokenValue(stableToken(wechat));
    wechat.tokens.revokeAll();
    const after = await tokenValue(stableToken(wechat));

    expect(after).not.toBe(before);
    expect(wechat.tokens.isValid(after)).toBe(true);
  });

  it('forgets every token on reset()', async () => {
    const token = await tokenValue(classicToken(wechat));
    wechat.reset();

    expect(await errcodeWithToken(wechat, token)).toBe(40001);
    expect(wechat.tokens.fetchCount).toBe(0);
  });
});
