import { readPushQuery } from './push-query';
import { WechatPushError } from './wechat-push.error';

function refusal(query: Record<string, unknown>): WechatPushError {
  try {
    readPushQuery(query);
  } catch (error) {
    if (error instanceof WechatPushError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('readPushQuery', () => {
  it('keeps the signed parameters as single strings and leaves the others out', () => {
    expect(
      readPushQuery({
        signature: 'ab',
        timestamp: '1',
        nonce: '2',
        openid: ['o1', 'o2'],
        extra: { a: 1 },
      }),
    ).toEqual({ signature: 'ab', timestamp: '1', nonce: '2' });
    expect(readPushQuery(undefined)).toEqual({});
  });

  it.each([
    [
      'repeated (an array, as both platforms parse a?x=1&x=2)',
      { signature: ['a', 'b'] },
      /signature is repeated/,
    ],
    [
      'structured (an object, as qs parses x[a]=1)',
      { msg_signature: { a: '1' } },
      /msg_signature is not a single value/,
    ],
    ['oversized', { echostr: 'e'.repeat(513) }, /echostr is longer than 512/],
  ])(
    'refuses a %s parameter as malformed (400), without quoting it',
    (_, query, message) => {
      const error = refusal(query);
      expect(error.reason).toBe('malformed');
      expect(error.httpStatus).toBe(400);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('eee');
    },
  );

  it('reads only own properties: an inherited signature is absent', () => {
    const query = Object.create({ signature: 'inherited' }) as Record<
      string,
      unknown
    >;
    expect(readPushQuery(query)).toEqual({});
  });
});
