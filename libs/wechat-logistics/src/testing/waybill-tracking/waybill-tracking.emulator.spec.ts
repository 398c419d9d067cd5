import { ActionType } from '../../logistics/enums/action-type.enum';
import {
  RID_SUFFIX,
  classicToken,
  postJson,
  tokenValue,
  type WireReply,
} from '../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../http/emulator-routes';
import { WechatEmulator } from '../wechat-emulator';

const P = WECHAT_PATHS;
const BUYER = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const OTHER_BUYER = 'oUpF8uOtherBuyer000000000001';
const SANDBOX_WAYBILL = 'TESTWAYBILL0001';
const GOODS = {
  detail_list: [
    { goods_name: '保温杯', goods_img_url: 'https://img.example.com/cup.jpg' },
  ],
};

describe('物流服务 in the emulator (waybill-tracking-and-returns.md §7.2)', () => {
  let wechat: WechatEmulator;
  let token: string;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    token = await tokenValue(classicToken(wechat));
  });
  afterAll(() => wechat.stop());
  beforeEach(() => {
    wechat.orders.clear();
    wechat.tracking.reset();
    wechat.plugins.reset();
    wechat.orders.seed({
      orderId: 'order-1',
      deliveryId: 'TEST',
      waybillId: SANDBOX_WAYBILL,
      openid: BUYER,
    });
  });

  const post = (path: string, body: Record<string, unknown>, as = token) =>
    postJson(wechat, `${path}?access_token=${as}`, body);
  const register = (
    path: string,
    changes: Record<string, unknown> = {},
  ): Promise<WireReply> =>
    post(path, {
      openid: BUYER,
      receiver_phone: '13800138000',
      waybill_id: SANDBOX_WAYBILL,
      goods_info: GOODS,
      ...changes,
    });
  const tokenOf = async (reply: Promise<WireReply>) => {
    const { body } = await reply;
    expect(body).toMatchObject({ errcode: 0, errmsg: 'ok' });
    return body['waybill_token'] as string;
  };
  const moveTrack = (actionType: number, actionMsg = '快件动态') =>
    post(P.testUpdateOrder, {
      biz_id: 'test_biz_id',
      order_id: 'order-1',
      delivery_id: 'TEST',
      waybill_id: SANDBOX_WAYBILL,
      action_time: wechat.clock.nowSeconds(),
      action_type: actionType,
      action_msg: actionMsg,
    });
  const statusOf = async (path: string, waybillToken: string) =>
    (await post(path, { waybill_token: waybillToken })).body;
  const errcodeOf = async (reply: Promise<WireReply>) =>
    (await reply).body['errcode'];

  describe('registration and tokens', () => {
    it('issues 64-character base64url tokens, a different one per component, and answers the waybill by id', async () => {
      const trace = await tokenOf(register(P.traceWaybill));
      const follow = await tokenOf(register(P.followWaybill));

      expect(trace).toMatch(/^[A-Za-z0-9_-]{64}$/);
      expect(follow).toMatch(/^[A-Za-z0-9_-]{64}$/);
      expect(follow).not.toBe(trace);
      expect(await statusOf(P.queryTrace, trace)).toEqual({
        errcode: 0,
        errmsg: 'ok',
        waybill_info: { status: 0, waybill_id: SANDBOX_WAYBILL },
        shop_info: { goods_info: GOODS },
      });
    });

    it("refuses the other component's token with 9300507, unless switched to accept it", async () => {
      const trace = await tokenOf(register(P.traceWaybill));
      const follow = await tokenOf(register(P.followWaybill));

      const crossed = await statusOf(P.queryFollowTrace, trace);
      expect(crossed['errcode']).toBe(9300507);
      expect(crossed['errmsg']).toMatch(
        /^invalid token, can't decryption or decryption result is different from the plaintext rid: /,
      );
      expect((await statusOf(P.queryTrace, follow))['errcode']).toBe(9300507);
      expect((await statusOf(P.queryTrace, 'never-issued'))['errcode']).toBe(
        9300507,
      );

      wechat.tracking.configure({ acceptOtherComponentTokens: true });
      expect((await statusOf(P.queryFollowTrace, trace))['errcode']).toBe(0);
    });

    it('answers a waybill registered again with a new token that still shows the first goods', async () => {
      const first = await tokenOf(register(P.traceWaybill));
      const second = await tokenOf(
        register(P.traceWaybill, {
          goods_info: {
            detail_list: [
              {
                goods_name: '雨伞',
                goods_img_url: 'https://img.example.com/u.jpg',
              },
            ],
          },
        }),
      );

      expect(second).not.toBe(first);
      expect((await statusOf(P.queryTrace, second))['shop_info']).toEqual({
        goods_info: GOODS,
      });
      expect((await statusOf(P.queryTrace, first))['errcode']).toBe(0);
      expect(wechat.tracking.list()).toEqual([
        expect.objectContaining({
          component: 'query',
          tokens: [first, second],
        }),
      ]);
    });

    it('shows delivery_info once the carrier is known, with its name from the list', async () => {
      const trace = await tokenOf(
        register(P.traceWaybill, { delivery_id: 'YD' }),
      );
      expect((await statusOf(P.queryTrace, trace))['delivery_info']).toEqual({
        delivery_id: 'YD',
        delivery_name: '韵达速递',
      });
    });
  });

  describe('status, driven by the logistics assistant’s testUpdateOrder on the same waybill', () => {
    it.each([
      [[ActionType.PickedUp], 1],
      [[ActionType.PickedUp, ActionType.CourierAssigned], 1],
      [[ActionType.PickedUp, ActionType.InTransit], 2],
      [[ActionType.InTransit, ActionType.OutForDelivery], 3],
      [[ActionType.OutForDelivery, ActionType.Delivered], 4],
      [[ActionType.InTransit, ActionType.DeliveryFailed], 5],
      [[ActionType.PickupFailed], 5],
      [[ActionType.InTransit, ActionType.Held], 5],
    ])('action types %j read as status %i', async (actions, status) => {
      const trace = await tokenOf(register(P.traceWaybill));
      for (const action of actions)
        expect(await errcodeOf(moveTrack(action))).toBe(0);
      expect((await statusOf(P.queryTrace, trace))['waybill_info']).toEqual({
        status,
        waybill_id: SANDBOX_WAYBILL,
      });
    });

    it('reads a signing by a locker or station as 代签收 (6)', async () => {
      const trace = await tokenOf(register(P.traceWaybill));
      await moveTrack(ActionType.Delivered, '您的快件已由快递柜代签收');
      expect(wechat.tracking.status(SANDBOX_WAYBILL)).toBe(6);
      expect(
        (await statusOf(P.queryTrace, trace))['waybill_info'] as object,
      ).toMatchObject({ status: 6 });
    });

    it('starts a waybill registered late at the status its track already reached', async () => {
      await moveTrack(ActionType.PickedUp);
      await moveTrack(ActionType.InTransit);
      const follow = await tokenOf(register(P.followWaybill));
      expect(
        (await statusOf(P.queryFollowTrace, follow))['waybill_info'],
      ).toEqual({ status: 2, waybill_id: SANDBOX_WAYBILL });
    });
  });

  describe('buyer notifications of the message component', () => {
    it('are sent on transitions into 1, 3 and 4 after following, not for 运输中, and not for the query component', async () => {
      await tokenOf(register(P.traceWaybill));
      await moveTrack(ActionType.PickedUp); // before following: nobody told
      await tokenOf(register(P.followWaybill));
      await moveTrack(ActionType.InTransit);
      await moveTrack(ActionType.OutForDelivery);
      await moveTrack(ActionType.Delivered);

      expect(wechat.tracking.notifications()).toEqual([
        expect.objectContaining({
          openid: BUYER,
          waybillId: SANDBOX_WAYBILL,
          status: 3,
        }),
        expect.objectContaining({
          openid: BUYER,
          waybillId: SANDBOX_WAYBILL,
          status: 4,
        }),
      ]);
    });

    it('are sent for a seeded real waybill moved with advance(), including 代签收 (6)', async () => {
      wechat.tracking.seedWaybill({
        waybillId: 'YT2212345678901',
        deliveryId: 'YTO',
      });
      await tokenOf(
        register(P.followWaybill, { waybill_id: 'YT2212345678901' }),
      );
      wechat.tracking.advance('YT2212345678901', 1);
      wechat.tracking.advance('YT2212345678901', 2);
      wechat.tracking.advance('YT2212345678901', 6);

      expect(wechat.tracking.notifications().map((n) => n.status)).toEqual([
        1, 6,
      ]);
      expect(() => wechat.tracking.advance(SANDBOX_WAYBILL, 1)).toThrow(
        /moves with testUpdateOrder/,
      );
    });
  });

  describe('waybills WeChat does not know', () => {
    it('answers 931023 for a waybill in no order book and not seeded, or 9300559 when switched', async () => {
      const reply = await register(P.traceWaybill, { waybill_id: 'NOPE123' });
      expect(reply.body['errcode']).toBe(931023);
      expect(reply.body['errmsg']).toMatch(
        /^waybill not exist detail: \[运单不存在\]/,
      );
      expect(reply.body['errmsg']).toMatch(RID_SUFFIX);

      wechat.tracking.configure({ notFoundErrcode: 9300559 });
      expect(
        await errcodeOf(register(P.followWaybill, { waybill_id: 'NOPE123' })),
      ).toBe(9300559);
    });

    it('answers not found for a cancelled order’s waybill', async () => {
      wechat.orders.markCancelled('order-1');
      expect(await errcodeOf(register(P.traceWaybill))).toBe(931023);
    });

    it('refuses sandbox (TEST) waybills like WeChat when refuseSandboxWaybills is on, and takes real ones', async () => {
      wechat.tracking.configure({ refuseSandboxWaybills: true });
      wechat.tracking.seedWaybill({
        waybillId: 'SF1234567890123',
        deliveryId: 'SF',
      });

      expect(await errcodeOf(register(P.traceWaybill))).toBe(931023);
      expect(
        await errcodeOf(
          register(P.traceWaybill, {
            waybill_id: 'SF1234567890123',
            delivery_id: 'TEST',
          }),
        ),
      ).toBe(931023);
      expect(
        await errcodeOf(
          register(P.traceWaybill, { waybill_id: 'SF1234567890123' }),
        ),
      ).toBe(0);
    });
  });

  describe('goods', () => {
    it('answers -1 with its detail for more than 10 goods, and 9300561 for an image URL that is not ASCII http(s)', async () => {
      const eleven = { detail_list: Array(11).fill(GOODS.detail_list[0]) };
      const tooMany = await register(P.followWaybill, { goods_info: eleven });
      expect(tooMany.body['errcode']).toBe(-1);
      expect(tooMany.body['errmsg']).toMatch(
        /^system error detail: \[未知异常,请稍后重试\] rid: /,
      );
      expect(
        await errcodeOf(
          register(P.followWaybill, {
            goods_info: { detail_list: Array(10).fill(GOODS.detail_list[0]) },
          }),
        ),
      ).toBe(0);

      for (const url of ['https://img.example.com/商品.jpg', 'www.qq.com']) {
        const reply = await register(P.traceWaybill, {
          goods_info: {
            detail_list: [{ goods_name: 'x', goods_img_url: url }],
          },
        });
        expect(reply.body['errcode']).toBe(9300561);
        expect(reply.body['errmsg']).toMatch(/^图片url错误 rid: /);
      }
    });

    it('answers 9300507 for goods_info sent as a bare list (an incomplete body)', async () => {
      expect(
        await errcodeOf(
          register(P.traceWaybill, { goods_info: GOODS.detail_list }),
        ),
      ).toBe(9300507);
    });

    it('lets goods be updated up to the limit, then answers 9300560', async () => {
      wechat.tracking.configure({ goodsUpdateLimit: 2 });
      const trace = await tokenOf(register(P.traceWaybill));
      const follow = await tokenOf(register(P.followWaybill));
      const umbrella = {
        detail_list: [
          {
            goods_name: '雨伞',
            goods_img_url: 'https://img.example.com/u.jpg',
          },
        ],
      };
      const update = (path: string, waybillToken: string) =>
        errcodeOf(
          post(path, { waybill_token: waybillToken, goods_info: umbrella }),
        );

      expect(await update(P.updateWaybillGoods, trace)).toBe(0);
      expect((await statusOf(P.queryTrace, trace))['shop_info']).toEqual({
        goods_info: umbrella,
      });
      expect(await update(P.updateWaybillGoods, trace)).toBe(0);
      const capped = await post(P.updateWaybillGoods, {
        waybill_token: trace,
        goods_info: umbrella,
      });
      expect(capped.body['errcode']).toBe(9300560);
      expect(capped.body['errmsg']).toMatch(/^达到修改次数上限 rid: /);
      // Each component's registration has its own count.
      expect(await update(P.updateFollowWaybillGoods, follow)).toBe(0);
      expect(await update(P.updateFollowWaybillGoods, trace)).toBe(9300507);
    });
  });

  describe('openid', () => {
    it('answers 40003 for a missing openid and 9300534 for a user of another mini program', async () => {
      const missing = await register(P.traceWaybill, { openid: undefined });
      expect(missing.body['errcode']).toBe(40003);
      expect(missing.body['errmsg']).toMatch(
        /^invalid openid detail: \[openid错误\] rid: /,
      );

      wechat.tracking.addForeignOpenid(OTHER_BUYER);
      expect(
        await errcodeOf(register(P.traceWaybill, { openid: OTHER_BUYER })),
      ).toBe(9300534);
      const trace = await tokenOf(register(P.traceWaybill));
      expect(
        await errcodeOf(
          post(P.queryTrace, { waybill_token: trace, openid: OTHER_BUYER }),
        ),
      ).toBe(9300534);
    });
  });

  describe('daily quotas (9300513)', () => {
    it('counts calls per buyer and component over 24 hours', async () => {
      wechat.tracking.configure({ userDailyLimit: { query: 2, msg: 1 } });
      const trace = await tokenOf(register(P.traceWaybill));
      expect(
        await errcodeOf(post(P.queryTrace, { waybill_token: trace })),
      ).toBe(0);
      const over = await post(P.queryTrace, { waybill_token: trace });
      expect(over.body['errcode']).toBe(9300513);
      expect(over.body['errmsg']).toMatch(/^out of quota rid: /);
      // Another buyer, and the other component, have their own counts.
      expect(
        await errcodeOf(
          post(P.queryTrace, { waybill_token: trace, openid: OTHER_BUYER }),
        ),
      ).toBe(0);
      expect(await errcodeOf(register(P.followWaybill))).toBe(0);
      expect(await errcodeOf(register(P.followWaybill))).toBe(9300513);

      wechat.clock.advance(24 * 3600);
      token = await tokenValue(classicToken(wechat)); // the old one expired
      expect(
        await errcodeOf(post(P.queryTrace, { waybill_token: trace })),
      ).toBe(0);
    });

    it('counts calls per app and component', async () => {
      wechat.tracking.configure({ appDailyLimit: 1 });
      const trace = await tokenOf(register(P.traceWaybill));
      expect(
        await errcodeOf(
          post(P.queryTrace, { waybill_token: trace, openid: OTHER_BUYER }),
        ),
      ).toBe(9300513);
      expect(await errcodeOf(register(P.followWaybill))).toBe(0);
    });

    it('lets the message component follow at most N waybills in progress per buyer', async () => {
      wechat.tracking.configure({ activeWaybillsPerUser: 1 });
      wechat.tracking.seedWaybill({ waybillId: 'YT0000000000002' });
      await tokenOf(register(P.followWaybill));
      expect(
        await errcodeOf(
          register(P.followWaybill, { waybill_id: 'YT0000000000002' }),
        ),
      ).toBe(9300513);
      // Registering the same waybill again adds nothing; a signed one no longer counts.
      expect(await errcodeOf(register(P.followWaybill))).toBe(0);
      await moveTrack(ActionType.Delivered);
      expect(
        await errcodeOf(
          register(P.followWaybill, { waybill_id: 'YT0000000000002' }),
        ),
      ).toBe(0);
    });
  });

  describe('the rest', () => {
    it('refuses settings it cannot honour, naming them', () => {
      expect(() =>
        wechat.tracking.configure({ userDailyLimit: { query: -1, msg: 50 } }),
      ).toThrow(
        'tracking.configure: userDailyLimit.query must be an integer >= 0, got -1',
      );
      expect(() =>
        wechat.tracking.configure({ notFoundErrcode: 40003 as 931023 }),
      ).toThrow('notFoundErrcode must be 931023 or 9300559, got 40003');
      expect(wechat.tracking.settings.userDailyLimit.query).toBe(100);
    });

    it('lists carriers with this family’s codes and a count, without errmsg', async () => {
      const { body } = await post(P.getTrackingDeliveryList, {});
      const list = body['delivery_list'] as {
        delivery_id: string;
        delivery_name: string;
      }[];
      expect(Object.keys(body)).toEqual(['errcode', 'delivery_list', 'count']);
      expect(body['count']).toBe(list.length);
      expect(list).toEqual(
        expect.arrayContaining([
          { delivery_id: 'SF', delivery_name: '顺丰速运' },
          { delivery_id: 'YD', delivery_name: '韵达速递' },
          { delivery_id: '(AU)', delivery_name: 'Interparcel' },
        ]),
      );
      for (const id of ['YTO', 'ZTO', 'STO', 'JTSD', 'JDL', 'EMS', 'DBL'])
        expect(list.map((c) => c.delivery_id)).toContain(id);
    });

    it('answers 48001 for a component the app has not enabled', async () => {
      wechat.tracking.configure({
        enabledComponents: { query: false, msg: true },
      });
      expect(await errcodeOf(register(P.traceWaybill))).toBe(48001);
      expect(await errcodeOf(register(P.followWaybill))).toBe(0);
    });

    it('lets only a third-party platform apply for each component, once', async () => {
      const authorizer = wechat.tokens.issueAuthorizer();
      const own = await post(P.applyQueryPlugin, {});
      expect(own.body['errcode']).toBe(933004);

      expect(await errcodeOf(post(P.applyQueryPlugin, {}, authorizer))).toBe(0);
      expect(await errcodeOf(post(P.applyQueryPlugin, {}, authorizer))).toBe(
        933003,
      );
      expect(await errcodeOf(post(P.applyMsgPlugin, {}, authorizer))).toBe(0);
      expect(wechat.plugins.applied('msg')).toBe(true);
    });
  });
});
