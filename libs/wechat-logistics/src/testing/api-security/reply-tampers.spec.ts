import { classicToken, tokenValue } from '../emulator-http.spec-helper';
import { type WechatEmulator } from '../wechat-emulator';
import { STALE_REPLY_AGE_SECONDS } from './reply-tampers';
import {
  ACCOUNT_GETALL,
  APP_KEYS,
  securedCall,
  startSecuredEmulator,
} from './secured-call.spec-helper';
import { openReply } from './secured-request';

describe('secured replies: tamper switches and the rotation drill', () => {
  let wechat: WechatEmulator;
  let token: string;

  beforeAll(async () => ({ wechat } = await startSecuredEmulator()));
  // reset() also forgets tokens: each test fetches its own.
  beforeEach(async () => {
    token = await tokenValue(classicToken(wechat));
  });
  afterEach(() => {
    wechat.reset();
    wechat.apiSecurity.rotateDrill(false);
  });
  afterAll(() => wechat.stop());

  const call = () => securedCall(wechat, token, ACCOUNT_GETALL);

  it('a genuine reply carries the four headers and verifies with the platform certificate', async () => {
    const { headers, reply } = await call();
    expect(headers.get('wechatmp-appid')).toBe(APP_KEYS.appId);
    expect(headers.get('wechatmp-serial')).toBe(wechat.apiSecurity.platform.sn);
    expect(Number(headers.get('wechatmp-timestamp'))).toBe(
      wechat.clock.nowSeconds(),
    );
    expect(headers.get('wechatmp-serial-deprecated')).toBeNull();
    expect(reply).toMatchObject({ kind: 'verified', result: { errcode: 0 } });
  });

  it.each([
    ['body', 'bad-signature'],
    ['signature', 'bad-signature'],
    ['serial', 'unknown-serial'],
    ['mismatched-appid', 'appid-mismatch'],
    ['mismatched-timestamp', 'timestamp-mismatch'],
  ] as const)(
    "tamperNextReply('%s') spoils exactly one reply (%s)",
    async (tamper, reason) => {
      wechat.apiSecurity.tamperNextReply(tamper);
      expect((await call()).reply).toEqual({ kind: 'refused', reason });
      expect((await call()).reply.kind).toBe('verified');
    },
  );

  it("tamperNextReply('unsigned') answers once in plain JSON without Wechatmp-* headers", async () => {
    wechat.apiSecurity.tamperNextReply('unsigned');
    const spoiled = await call();
    expect(spoiled.reply).toMatchObject({
      kind: 'plain',
      result: { errcode: 0 },
    });
    expect(spoiled.headers.get('wechatmp-serial')).toBeNull();
    expect((await call()).reply.kind).toBe('verified');
  });

  it("tamperNextReply('timestamp') signs genuinely, but with a timestamp an hour old", async () => {
    wechat.apiSecurity.tamperNextReply('timestamp');
    const before = wechat.clock.nowSeconds();
    const spoiled = await call();
    const next = await call();
    const after = wechat.clock.nowSeconds();
    for (const [response, age] of [
      [spoiled, STALE_REPLY_AGE_SECONDS],
      [next, 0],
    ] as const) {
      expect(response.reply.kind).toBe('verified');
      const { timestamp } = response.reply as { timestamp: number };
      expect(timestamp).toBeGreaterThanOrEqual(before - age);
      expect(timestamp).toBeLessThanOrEqual(after - age);
    }
  });

  it("tamperNextReply('replay') sends back the previous genuine reply to that path, byte for byte with its old timestamp", async () => {
    wechat.apiSecurity.tamperNextReply('replay');
    // Nothing to replay yet: the first reply is genuine and the tamper waits.
    const first = await call();
    expect(wechat.apiSecurity.pendingTampers).toEqual(['replay']);
    wechat.clock.advance(30);
    const replayed = await call();
    expect(replayed.text).toBe(first.text);
    expect(replayed.headers.get('wechatmp-timestamp')).toBe(
      first.headers.get('wechatmp-timestamp'),
    );
    expect(replayed.headers.get('wechatmp-signature')).toBe(
      first.headers.get('wechatmp-signature'),
    );
    // It verifies (it is genuine): only freshness or a nonce memory can catch it.
    expect(replayed.reply).toMatchObject({ kind: 'verified' });
    const fresh = await call();
    expect(fresh.text).not.toBe(first.text);
    expect(wechat.apiSecurity.pendingTampers).toEqual([]);
  });

  it('a replay sends the last genuine reply, never a tampered one', async () => {
    const genuine = await call();
    wechat.apiSecurity.tamperNextReply('body');
    const tampered = await call();
    wechat.apiSecurity.tamperNextReply('replay');
    const replayed = await call();
    expect(tampered.text).not.toBe(genuine.text);
    expect(replayed.text).toBe(genuine.text);
  });

  it('tampers queue up, one reply each, and reset() drops them', async () => {
    wechat.apiSecurity.tamperNextReply('body');
    wechat.apiSecurity.tamperNextReply('serial');
    expect((await call()).reply).toEqual({
      kind: 'refused',
      reason: 'bad-signature',
    });
    expect((await call()).reply).toEqual({
      kind: 'refused',
      reason: 'unknown-serial',
    });
    wechat.apiSecurity.tamperNextReply('body');
    wechat.reset();
    token = await tokenValue(classicToken(wechat));
    expect((await call()).reply.kind).toBe('verified');
    expect(() =>
      wechat.apiSecurity.tamperNextReply('nonsense' as 'body'),
    ).toThrow(/tamperNextReply expects one of body, signature/);
  });

  it('rotation drill: the -Deprecated pair is signed by the expiring certificate, so a client trusting only it still verifies', async () => {
    const { platform, deprecatedPlatform } = wechat.apiSecurity;
    const onlyOld = {
      [deprecatedPlatform.sn]: deprecatedPlatform.certificatePem,
    };
    const read = (response: Awaited<ReturnType<typeof call>>) =>
      openReply({
        path: ACCOUNT_GETALL,
        keys: APP_KEYS,
        trusted: onlyOld,
        headers: response.headers,
        text: response.text,
      });

    expect(read(await call())).toEqual({
      kind: 'refused',
      reason: 'unknown-serial',
    });

    wechat.apiSecurity.rotateDrill(true);
    const during = await call();
    expect(during.headers.get('wechatmp-serial')).toBe(platform.sn);
    expect(during.headers.get('wechatmp-serial-deprecated')).toBe(
      deprecatedPlatform.sn,
    );
    expect(during.reply).toMatchObject({
      kind: 'verified',
      serial: platform.sn,
    });
    expect(read(during)).toMatchObject({
      kind: 'verified',
      serial: deprecatedPlatform.sn,
    });
  });
});
