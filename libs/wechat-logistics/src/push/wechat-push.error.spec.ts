import { WechatPushError, type WechatPushRejection } from './wechat-push.error';

describe('WechatPushError', () => {
  it.each<[WechatPushRejection, number]>([
    ['bad-signature', 401],
    ['appid-mismatch', 401],
    ['stale-timestamp', 401],
    ['malformed', 400],
    ['too-large', 413],
    ['unsupported', 415],
  ])('maps %s to HTTP %i', (reason, status) => {
    const error = new WechatPushError(reason, 'detail');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('WechatPushError');
    expect(error.reason).toBe(reason);
    expect(error.httpStatus).toBe(status);
    expect(error.message).toBe(`WeChat push refused (${reason}): detail`);
  });
});
