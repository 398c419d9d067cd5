import {
  postJson,
  RID_SUFFIX,
  stableToken,
  tokenValue,
} from '../../emulator-http.spec-helper';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/express/business/order/cancel', () => {
  let wechat: WechatEmulator;
  let cancel: (body: unknown) => Promise<Record<string, unknown>>;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    const token = await tokenValue(stableToken(wechat));
    cancel = async (body) =>
      (
        await postJson(
          wechat,
          `/cgi-bin/express/business/order/cancel?access_token=${token}`,
          body,
        )
      ).body;
    wechat.orders.seed({
      orderId: 'o-1',
      deliveryId: 'TEST',
      waybillId: 'wb-1',
      openid: 'oUser',
    });
  });
  afterEach(() => wechat.stop());

  const valid = {
    order_id: 'o-1',
    delivery_id: 'TEST',
    waybill_id: 'wb-1',
    openid: 'oUser',
  };

  it('cancels an active order without a track and answers WeChat’s success body', async () => {
    expect(await cancel(valid)).toEqual({
      errcode: 0,
      errmsg: 'ok',
      delivery_resultcode: 0,
      delivery_resultmsg: '',
    });
    expect(wechat.orders.get('o-1')?.status).toBe('cancelled');
  });

  it('does not need openid', async () => {
    const withoutOpenid = { ...valid, openid: undefined };
    expect((await cancel(withoutOpenid))['errcode']).toBe(0);
  });

  it.each([
    ['order_id is missing', { order_id: undefined }],
    ['waybill_id is empty', { waybill_id: '' }],
    ['delivery_id is not a string', { delivery_id: 42 }],
    ['openid is not a string', { openid: 123 }],
  ])('answers 930561 when %s', async (_case, change) => {
    const body = await cancel({ ...valid, ...change });

    expect(body['errcode']).toBe(930561);
    expect(body['errmsg']).toMatch(/^args error rid: /);
    expect(body['errmsg']).toMatch(RID_SUFFIX);
  });

  it('answers 9300503 to an unknown carrier', async () => {
    expect((await cancel({ ...valid, delivery_id: 'NOPE' }))['errcode']).toBe(
      9300503,
    );
  });

  it('answers 930563 to an unknown order, or a known order under another carrier', async () => {
    expect((await cancel({ ...valid, order_id: 'o-404' }))['errcode']).toBe(
      930563,
    );
    expect((await cancel({ ...valid, delivery_id: 'SF' }))['errcode']).toBe(
      930563,
    );
  });

  it('answers 40199 when the waybill id does not match the order', async () => {
    expect(
      (await cancel({ ...valid, waybill_id: 'wb-other' }))['errcode'],
    ).toBe(40199);
    expect(wechat.orders.get('o-1')?.status).toBe('active');
  });

  it('answers 9300524 to a second cancel', async () => {
    await cancel(valid);
    expect((await cancel(valid))['errcode']).toBe(9300524);
  });

  it('answers 9300524 to an order seeded as cancelled', async () => {
    wechat.orders.seed({
      orderId: 'o-2',
      deliveryId: 'SF',
      waybillId: 'wb-2',
      status: 'cancelled',
    });
    const body = { order_id: 'o-2', delivery_id: 'SF', waybill_id: 'wb-2' };

    expect((await cancel(body))['errcode']).toBe(9300524);
  });

  it('answers 9300506 once the order has any track node', async () => {
    wechat.orders.addTrack('o-1', {
      actionTime: 1700000000,
      actionType: 100001,
      actionMsg: '揽件成功',
    });

    expect((await cancel(valid))['errcode']).toBe(9300506);
    expect(wechat.orders.get('o-1')?.status).toBe('active');
  });

  it('answers 9300501 with the carrier’s own code and message when the carrier refuses', async () => {
    wechat.orders.seed({
      orderId: 'o-3',
      deliveryId: 'YTO',
      waybillId: 'wb-3',
      cancelRefusal: { resultcode: 30004, resultmsg: '快递公司不支持取消' },
    });

    const body = await cancel({
      order_id: 'o-3',
      delivery_id: 'YTO',
      waybill_id: 'wb-3',
    });

    expect(body).toMatchObject({
      errcode: 9300501,
      delivery_resultcode: 30004,
      delivery_resultmsg: '快递公司不支持取消',
    });
    expect(body['errmsg']).toMatch(RID_SUFFIX);
    expect(wechat.orders.get('o-3')?.status).toBe('active');
  });

  it('answers 44002 to an empty body and 47001 to JSON that is not an object', async () => {
    expect((await cancel(''))['errcode']).toBe(44002);
    expect((await cancel('{"order_id":'))['errcode']).toBe(47001);
    expect((await cancel('[1,2]'))['errcode']).toBe(47001);
  });
});
