import { type WechatEmulator } from '../wechat-emulator';
import { WechatEmulator as Emulator } from '../wechat-emulator';
import {
  RID_SUFFIX,
  classicToken,
  postJson,
  tokenValue,
} from '../emulator-http.spec-helper';
import { RETURNS_PATHS } from './returns.routes';

const PAY_ID = '4200000000202311150000000001';
const OTHER_APP = { appId: 'wx3333333333returns', appSecret: 'other-secret' };

function addBody(overrides: Record<string, unknown> = {}) {
  return {
    shop_order_id: 'RET-1',
    biz_addr: {
      name: '张三',
      mobile: '13800138000',
      province: '广东省',
      city: '广州市',
      area: '海珠区',
      address: 'TIT创意园1栋',
    },
    openid: 'oUser1',
    order_path: 'pages/return/detail?id=RET-1',
    goods_list: [{ name: '咖啡豆', url: 'https://example.com/a.png' }],
    order_price: 1990,
    wx_pay_id: PAY_ID,
    ...overrides,
  };
}

describe('the returns emulator (退货组件 / 无忧退货)', () => {
  let wechat: WechatEmulator;
  let token: string;
  const post = (path: string, body: unknown) =>
    postJson(wechat, `${path}?access_token=${token}`, body).then((r) => r.body);
  const add = async (overrides: Record<string, unknown> = {}) =>
    (await post(RETURNS_PATHS.addReturnId, addBody(overrides)))[
      'return_id'
    ] as string;

  beforeAll(async () => {
    wechat = await Emulator.start({ apps: [OTHER_APP] });
    token = await tokenValue(classicToken(wechat));
  });
  afterAll(() => wechat.stop());
  beforeEach(() => {
    wechat.returns.reset();
    wechat.app(OTHER_APP.appId).returns.reset();
    wechat.returns.insure(PAY_ID);
  });

  describe('add', () => {
    it('issues a fresh 19-digit id as a JSON string, errmsg "OK"', async () => {
      const reply = await post(RETURNS_PATHS.addReturnId, addBody());
      expect(reply).toEqual({
        errcode: 0,
        errmsg: 'OK',
        return_id: expect.stringMatching(/^[1-9]\d{18}$/),
      });
      const other = await add({ shop_order_id: 'RET-2' });
      expect(other).not.toBe(reply['return_id']);
    });

    it.each([
      ['no shop_order_id', { shop_order_id: undefined }],
      ['no biz_addr', { biz_addr: undefined }],
      ['an empty biz_addr', { biz_addr: {} }],
      ['neither order id nor wx_pay_id', { shop_order_id: '', wx_pay_id: '' }],
    ])('answers 40097 with %s', async (_what, overrides) => {
      const reply = await post(RETURNS_PATHS.addReturnId, addBody(overrides));
      expect(reply['errcode']).toBe(40097);
      expect(reply['errmsg']).toMatch(RID_SUFFIX);
    });

    it('answers 9300569 when only wx_pay_id is missing', async () => {
      const reply = await post(
        RETURNS_PATHS.addReturnId,
        addBody({ wx_pay_id: undefined }),
      );
      expect(reply['errcode']).toBe(9300569);
    });

    it('answers 9300570 for a pay id not insured with 无忧退货', async () => {
      const reply = await post(
        RETURNS_PATHS.addReturnId,
        addBody({ wx_pay_id: '4200000000202311150000000002' }),
      );
      expect(reply['errcode']).toBe(9300570);
    });

    it('answers 9300522 for a shop order id that already has a return id in the same app, current or legacy', async () => {
      await add();
      const again = await post(RETURNS_PATHS.addReturnId, addBody());
      expect(again['errcode']).toBe(9300522);
      const legacy = await post(
        RETURNS_PATHS.legacyAddReturnId,
        addBody({ wx_pay_id: undefined }),
      );
      expect(legacy['errcode']).toBe(9300522);
      const second = await tokenValue(
        classicToken(wechat, {
          appid: OTHER_APP.appId,
          secret: OTHER_APP.appSecret,
        }),
      );
      wechat.app(OTHER_APP.appId).returns.insure(PAY_ID);
      const otherApp = await postJson(
        wechat,
        `${RETURNS_PATHS.addReturnId}?access_token=${second}`,
        addBody(),
      );
      expect(otherApp.body['return_id']).toMatch(/^\d{19}$/);
    });

    it('legacy add needs no wx_pay_id and no insurance', async () => {
      const reply = await post(
        RETURNS_PATHS.legacyAddReturnId,
        addBody({ wx_pay_id: undefined }),
      );
      expect(reply['return_id']).toMatch(/^\d{19}$/);
      expect(
        (
          await post(
            RETURNS_PATHS.legacyAddReturnId,
            addBody({ shop_order_id: '', wx_pay_id: undefined }),
          )
        )['errcode'],
      ).toBe(40097);
    });
  });

  describe('get and unbind through the lifecycle', () => {
    it('status 0 with an empty waybill until the buyer chooses', async () => {
      const id = await add();
      expect(await post(RETURNS_PATHS.getReturnId, { return_id: id })).toEqual({
        errcode: 0,
        errmsg: 'OK',
        status: 0,
        waybill_id: '',
      });
    });

    it('a booked pick-up is status 1 with a JD waybill awaiting pick-up, and cannot be unbound', async () => {
      const id = await add();
      wechat.returns.bookPickup(id);
      expect(await post(RETURNS_PATHS.getReturnId, { return_id: id })).toEqual({
        errcode: 0,
        errmsg: 'OK',
        status: 1,
        waybill_id: expect.stringMatching(/^JD\d{13}$/),
        order_status: 0,
        delivery_id: 'JDL',
        delivery_name: '京东快递',
      });
      expect(
        (await post(RETURNS_PATHS.unbindReturnId, { return_id: id }))[
          'errcode'
        ],
      ).toBe(40097);
    });

    it('unbind is refused until a self-ship waybill is filed, then the id is gone', async () => {
      const id = await add();
      expect(
        (await post(RETURNS_PATHS.unbindReturnId, { return_id: id }))[
          'errcode'
        ],
      ).toBe(40097);
      wechat.returns.fileSelfShipWaybill(id, {
        waybillId: 'SF1234567890',
        deliveryId: 'SF',
        deliveryName: '顺丰速运',
      });
      expect(await post(RETURNS_PATHS.getReturnId, { return_id: id })).toEqual(
        expect.objectContaining({
          status: 2,
          waybill_id: 'SF1234567890',
          order_status: 1,
          delivery_id: 'SF',
        }),
      );
      expect(
        await post(RETURNS_PATHS.unbindReturnId, { return_id: id }),
      ).toEqual({ errcode: 0, errmsg: 'OK' });
      expect(
        (await post(RETURNS_PATHS.getReturnId, { return_id: id }))['errcode'],
      ).toBe(931023);
      expect(
        (await post(RETURNS_PATHS.unbindReturnId, { return_id: id }))[
          'errcode'
        ],
      ).toBe(931023);
    });

    it('a typed unknown waybill makes get answer 931023, even after a corrected one', async () => {
      const id = await add();
      const waybill = { deliveryId: 'SF', deliveryName: '顺丰速运' };
      wechat.returns.fileSelfShipWaybill(id, {
        ...waybill,
        waybillId: 'NOPE',
        known: false,
      });
      const get = () => post(RETURNS_PATHS.getReturnId, { return_id: id });
      expect((await get())['errcode']).toBe(931023);
      wechat.returns.fileSelfShipWaybill(id, { ...waybill, waybillId: 'SF1' });
      expect((await get())['errcode']).toBe(931023);
    });

    it('advances order_status along the waybill, refusing impossible moves', async () => {
      const id = await add();
      wechat.returns.bookPickup(id);
      for (const next of [1, 2, 3, 4]) wechat.returns.advance(id, next);
      expect(
        (await post(RETURNS_PATHS.getReturnId, { return_id: id }))[
          'order_status'
        ],
      ).toBe(4);
      expect(() => wechat.returns.advance(id, 7)).toThrow(/cannot go from/);
      const other = await add({ shop_order_id: 'RET-2' });
      wechat.returns.bookPickup(other);
      wechat.returns.advance(other, 7);
      expect(() => wechat.returns.advance(other, 1)).toThrow(/cannot go/);
    });

    it('sends status as a string in string-status mode', async () => {
      const id = await add();
      wechat.returns.fileSelfShipWaybill(id, {
        waybillId: 'SF1',
        deliveryId: 'SF',
        deliveryName: '顺丰速运',
      });
      wechat.returns.sendStatusAsString();
      expect(
        (await post(RETURNS_PATHS.getReturnId, { return_id: id }))['status'],
      ).toBe('2');
    });

    it('answers 40097 for a missing return id and 931023 for one never issued', async () => {
      expect((await post(RETURNS_PATHS.getReturnId, {}))['errcode']).toBe(
        40097,
      );
      expect(
        (
          await post(RETURNS_PATHS.legacyGetReturnId, {
            return_id: '1000000000000000000',
          })
        )['errcode'],
      ).toBe(931023);
    });

    it('legacy get and unbind follow the same lifecycle', async () => {
      const id = (
        await post(
          RETURNS_PATHS.legacyAddReturnId,
          addBody({ wx_pay_id: undefined }),
        )
      )['return_id'] as string;
      wechat.returns.fileSelfShipWaybill(id, {
        waybillId: 'YT1',
        deliveryId: 'YTO',
        deliveryName: '圆通速递',
      });
      expect(
        (await post(RETURNS_PATHS.legacyGetReturnId, { return_id: id }))[
          'status'
        ],
      ).toBe(2);
      expect(
        (await post(RETURNS_PATHS.legacyUnbindReturnId, { return_id: id }))[
          'errcode'
        ],
      ).toBe(0);
    });
  });

  it('open_return takes only an authorizer token (933004), once (933003)', async () => {
    expect((await post(RETURNS_PATHS.applyReturnPlugin, {}))['errcode']).toBe(
      933004,
    );
    const authorizer = wechat.tokens.issueAuthorizer();
    const apply = () =>
      postJson(
        wechat,
        `${RETURNS_PATHS.applyReturnPlugin}?access_token=${authorizer}`,
        {},
      ).then((r) => r.body['errcode']);
    expect(await apply()).toBe(0);
    expect(await apply()).toBe(933003);
    expect(wechat.plugins.applied('return')).toBe(true);
    wechat.plugins.reset();
  });
});
