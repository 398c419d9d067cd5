import { WechatApiError } from '../errors';
import { TokenBreaker } from './token-breaker';

const wrongSecret = () =>
  new WechatApiError({
    errcode: 40125,
    errmsg: 'invalid appsecret rid: 1',
    api: 'auth.getStableAccessToken',
  });

describe('TokenBreaker', () => {
  let now = 0;
  const clock = () => now;

  it('fails fast with the remembered error for the cool-down after an error no retry can heal', () => {
    const breaker = new TokenBreaker(30_000, clock);
    breaker.record(wrongSecret());
    expect(() => breaker.assertClosed()).toThrow(WechatApiError);
    now += 29_999;
    expect(() => breaker.assertClosed()).toThrow(WechatApiError);
    now += 1;
    expect(() => breaker.assertClosed()).not.toThrow();
  });

  it('stays closed after errors a retry can heal', () => {
    const breaker = new TokenBreaker(30_000, clock);
    expect(
      breaker.record(
        new WechatApiError({ errcode: -1, errmsg: 'busy', api: 'auth.x' }),
      ),
    ).toBeUndefined();
    expect(() => breaker.assertClosed()).not.toThrow();
  });

  it('hands other instances a wrong secret to adopt, but never an IP that is not whitelisted', () => {
    const breaker = new TokenBreaker(30_000, clock);
    const shared = breaker.record(wrongSecret());
    expect(shared).toEqual({
      errcode: 40125,
      errmsg: 'invalid appsecret rid: 1',
      api: 'auth.getStableAccessToken',
      until: now + 30_000,
    });
    const other = new TokenBreaker(30_000, clock);
    other.adopt(JSON.parse(JSON.stringify(shared)));
    expect(() => other.assertClosed()).toThrow(
      expect.objectContaining({ errcode: 40125 }) as Error,
    );
    expect(
      new TokenBreaker(30_000, clock).record(
        new WechatApiError({ errcode: 40164, errmsg: 'ip', api: 'auth.x' }),
      ),
    ).toBeUndefined();
  });

  it('ignores a shared failure that is malformed or over', () => {
    const breaker = new TokenBreaker(30_000, clock);
    breaker.adopt({ errcode: 40125, errmsg: '', api: 'auth.x', until: now });
    breaker.adopt({ errcode: 'x' });
    breaker.adopt(undefined);
    breaker.adopt({
      errcode: 45009,
      errmsg: '',
      api: 'auth.x',
      until: now + 1,
    });
    expect(() => breaker.assertClosed()).not.toThrow();
  });
});
