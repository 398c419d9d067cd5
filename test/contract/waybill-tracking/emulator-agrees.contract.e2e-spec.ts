import {
  ActionType,
  type FollowWaybillToken,
  WechatApiError,
  WechatWaybillTrackingService,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { CONTRACT_TIMEOUT_MS } from '../../support/contract-harness';
import { clearEmulatorKeepingTokens } from '../../support/emulator-state';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from '../../support/library-app';

const OPEN_MSG = '/cgi-bin/express/delivery/open_msg';
const BUYER = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const WAYBILL = 'TESTWAYBILL0001';
const GOODS = {
  detailList: [
    { goodsName: '保温杯', goodsImgUrl: 'https://img.example.com/cup.jpg' },
  ],
};
const REGISTRATION = {
  openid: BUYER,
  receiverPhone: '13800138000',
  waybillId: WAYBILL,
  goodsInfo: GOODS,
};

/**
 * The library against the emulator's own 物流服务 (no canned replies): what a
 * test suite or the demo's sandbox mode sees. One emulator and two library
 * apps for the file — the mini program's own, and a third-party platform's,
 * whose accessTokenProvider hands out the emulator's authorizer token.
 */
describe('物流服务: the library and the emulator agree', () => {
  let wechat: WechatEmulator;
  let own: LibraryApp;
  let platform: LibraryApp;
  let authorizerToken: string;
  const tracking = (lib: LibraryApp) =>
    lib.app.get(WechatWaybillTrackingService);

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    own = await startLibraryApp(
      emulatorOptions(wechat, { timeoutMs: CONTRACT_TIMEOUT_MS }),
    );
    authorizerToken = wechat.tokens.issueAuthorizer();
    platform = await startLibraryApp({
      appId: wechat.appId,
      apiBaseUrl: wechat.url,
      timeoutMs: CONTRACT_TIMEOUT_MS,
      accessTokenProvider: () => Promise.resolve(authorizerToken),
    });
  });
  afterAll(async () => {
    await own?.app.close();
    await platform?.app.close();
    await wechat?.stop();
  });
  beforeEach(() => {
    clearEmulatorKeepingTokens(wechat);
    wechat.tracking.reset();
    wechat.plugins.reset();
    wechat.orders.seed({
      orderId: 'order-1',
      deliveryId: 'TEST',
      waybillId: WAYBILL,
      openid: BUYER,
    });
  });

  const move = (actionType: ActionType) =>
    own.service.testUpdateOrder({
      bizId: 'test_biz_id',
      orderId: 'order-1',
      deliveryId: 'TEST',
      waybillId: WAYBILL,
      actionTime: wechat.clock.nowSeconds(),
      actionType,
      actionMsg: '快件动态',
    });
  const failure = async (call: Promise<unknown>) => {
    const error = (await call.catch((e: unknown) => e)) as WechatApiError;
    expect(error).toBeInstanceOf(WechatApiError);
    return { errcode: error.errcode, ...toErrorResponse(error) };
  };

  describe('third-party platforms (authorizer token through accessTokenProvider)', () => {
    it('can apply for each component once, with the authorizer token on the wire', async () => {
      await expect(tracking(platform).applyQueryPlugin()).resolves.toEqual({});
      await expect(tracking(platform).applyMsgPlugin()).resolves.toEqual({});
      expect(wechat.plugins.applied('query')).toBe(true);
      expect(wechat.plugins.applied('msg')).toBe(true);
      expect(
        wechat.requests.last(`${OPEN_MSG}/open_query_plugin`)?.query
          .access_token,
      ).toBe(authorizerToken);

      const again = await failure(tracking(platform).applyQueryPlugin());
      expect(again).toMatchObject({
        errcode: 933003,
        status: 409,
        body: { message: expect.stringMatching(/already enabled/) },
      });
    });

    it('gets 933004 with the app’s own token, and the message says why and what to configure', async () => {
      const refused = await failure(tracking(own).applyMsgPlugin());
      expect(refused).toMatchObject({ errcode: 933004, status: 500 });
      expect(refused.body.message).toMatch(
        /^Only a third-party platform may apply for a component on a mini program's behalf, with the authorizer_access_token it holds for that mini program: configure accessTokenProvider to return it/,
      );
      expect(wechat.plugins.applied('msg')).toBe(false);
    });

    it('calls the business APIs with the same token', async () => {
      const { waybillToken } =
        await tracking(platform).traceWaybill(REGISTRATION);
      expect(waybillToken).toMatch(/^[A-Za-z0-9_-]{64}$/);
    });
  });

  describe('the mini program’s own calls', () => {
    it('registers with both components, and reads status moved by testUpdateOrder, with buyer notifications', async () => {
      const client = tracking(own);
      const { waybillToken: traceToken } = await client.traceWaybill({
        ...REGISTRATION,
        deliveryId: 'YD',
      });
      const { waybillToken: followToken } =
        await client.followWaybill(REGISTRATION);
      expect(followToken).not.toBe(traceToken);

      await expect(
        client.queryTrace({ waybillToken: traceToken }),
      ).resolves.toEqual({
        waybillInfo: { status: 0, waybillId: WAYBILL },
        shopInfo: { goodsInfo: GOODS },
        deliveryInfo: { deliveryId: 'YD', deliveryName: '韵达速递' },
      });
      await move(ActionType.PickedUp);
      await move(ActionType.InTransit);
      await move(ActionType.OutForDelivery);
      expect(
        (await client.queryFollowTrace({ waybillToken: followToken }))
          .waybillInfo,
      ).toEqual({ status: 3, waybillId: WAYBILL });
      expect(wechat.tracking.notifications().map((n) => n.status)).toEqual([
        1, 3,
      ]);
    });

    it("answers a trace token on the follow calls 9300507, read as this family's bad waybill_token", async () => {
      const { waybillToken } = await tracking(own).traceWaybill(REGISTRATION);
      const crossed = await failure(
        tracking(own).queryFollowTrace({
          // What a JavaScript caller could do; TypeScript refuses it.
          waybillToken: waybillToken as unknown as FollowWaybillToken,
        }),
      );
      expect(crossed).toMatchObject({ errcode: 9300507, status: 400 });
      expect(crossed.body.message).toMatch(
        /^WeChat could not read the waybill_token/,
      );
    });

    it('answers an unknown waybill, and a sandbox one when WeChat’s refusal is switched on, 404', async () => {
      const unknown = await failure(
        tracking(own).traceWaybill({
          ...REGISTRATION,
          waybillId: 'YT0000000000404',
        }),
      );
      expect(unknown).toMatchObject({ errcode: 931023, status: 404 });

      wechat.tracking.configure({ refuseSandboxWaybills: true });
      expect(
        await failure(tracking(own).followWaybill(REGISTRATION)),
      ).toMatchObject({
        errcode: 931023,
        status: 404,
      });
    });

    it('updates goods until the cap, then 409', async () => {
      wechat.tracking.configure({ goodsUpdateLimit: 1 });
      const client = tracking(own);
      const { waybillToken } = await client.followWaybill(REGISTRATION);
      const umbrella = {
        detailList: [
          { goodsName: '雨伞', goodsImgUrl: 'https://img.example.com/u.jpg' },
        ],
      };
      await client.updateFollowWaybillGoods({
        waybillToken,
        goodsInfo: umbrella,
      });
      expect(
        (await client.queryFollowTrace({ waybillToken })).shopInfo,
      ).toEqual({ goodsInfo: umbrella });
      expect(
        await failure(
          client.updateFollowWaybillGoods({ waybillToken, goodsInfo: GOODS }),
        ),
      ).toMatchObject({ errcode: 9300560, status: 409 });
      expect(
        wechat.requests.count(`${OPEN_MSG}/update_follow_waybill_goods`),
      ).toBe(2);
    });

    it("answers the buyer's used-up quota 429 as the call quota", async () => {
      wechat.tracking.configure({ userDailyLimit: { query: 1, msg: 50 } });
      const { waybillToken } = await tracking(own).traceWaybill(REGISTRATION);
      const over = await failure(tracking(own).queryTrace({ waybillToken }));
      expect(over).toMatchObject({ errcode: 9300513, status: 429 });
      expect(over.body.message).toMatch(
        /^The daily call quota of the tracking components/,
      );
    });

    it('lists carriers with this family’s codes', async () => {
      const { deliveryList, count } = await tracking(own).getDeliveryList();
      expect(count).toBe(deliveryList.length);
      expect(deliveryList).toContainEqual({
        deliveryId: 'YD',
        deliveryName: '韵达速递',
      });
      expect(deliveryList).toContainEqual({
        deliveryId: '(AU)',
        deliveryName: 'Interparcel',
      });
    });
  });
});
