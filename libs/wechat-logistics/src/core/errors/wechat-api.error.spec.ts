import { WechatApiError } from './wechat-api.error';

describe('WechatApiError', () => {
  it.each([
    [
      'invalid credential, access_token is invalid or not latest rid: 654df33c-64386a2f-29857782',
      '654df33c-64386a2f-29857782',
    ],
    ['invalid credential, hints: [ req_id: AbC123 ]', 'AbC123'],
    ['system error', undefined],
  ])('parses the request id out of %p', (errmsg, rid) => {
    expect(
      new WechatApiError({
        errcode: 40001,
        errmsg,
        api: 'logistics.cancelOrder',
      }).rid,
    ).toBe(rid);
  });

  it('is a plain Error that keeps the carrier fields', () => {
    const error = new WechatApiError({
      errcode: 9300501,
      errmsg: 'delivery logic fail',
      api: 'logistics.cancelOrder',
      deliveryResultcode: 30004,
      deliveryResultmsg: '不支持取消',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('WechatApiError');
    expect(error).toMatchObject({
      deliveryResultcode: 30004,
      deliveryResultmsg: '不支持取消',
      fromTokenEndpoint: false,
    });
    expect(error.entry?.httpStatus).toBe(502);
  });
});
