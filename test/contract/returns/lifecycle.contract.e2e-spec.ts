import {
  ReturnOrderStatus,
  ReturnStatus,
  WechatApiError,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS } from 'nestjs-wechat-logistics/testing';
import { CONTRACT_CLIENTS } from '../../support/contract-harness';
import {
  legacyAddInput,
  referenceAddInput,
  useReturnsClient,
  useReturnsEmulator,
} from '../../support/returns-harness';

const SF_WAYBILL = {
  waybillId: 'SF1234567890',
  deliveryId: 'SF',
  deliveryName: '顺丰速运',
};

const errcodeOf = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => 0,
    (e: unknown) => (e instanceof WechatApiError ? e.errcode : e),
  );

describe('returns against the emulator', () => {
  const shared = useReturnsEmulator();

  describe.each(CONTRACT_CLIENTS)('over %s', (subject) => {
    const c = useReturnsClient(shared, subject);
    const returnsState = () => shared.wechat.app(c.appId).returns;

    it('add → status 0 → unbind refused → self-ship filed → status 2 → unbind → 931023', async () => {
      const { returnId } = await c.returns.addReturnId(referenceAddInput());
      expect(returnId).toMatch(/^\d{19}$/);
      expect(returnsState().find(returnId)?.wxPayId).toBe(
        '4200000000202311150000000001',
      );

      await expect(c.returns.getReturnId({ returnId })).resolves.toEqual({
        status: ReturnStatus.NotFilled,
        waybillId: '',
      });
      expect(await errcodeOf(c.returns.unbindReturnId({ returnId }))).toBe(
        40097,
      );

      returnsState().fileSelfShipWaybill(returnId, SF_WAYBILL);
      await expect(c.returns.getReturnId({ returnId })).resolves.toEqual({
        status: ReturnStatus.SelfShipped,
        waybillId: 'SF1234567890',
        orderStatus: ReturnOrderStatus.PickedUp,
        deliveryId: 'SF',
        deliveryName: '顺丰速运',
      });

      await expect(c.returns.unbindReturnId({ returnId })).resolves.toEqual({});
      expect(await errcodeOf(c.returns.getReturnId({ returnId }))).toBe(931023);
    });

    it('a booked pick-up follows its JD waybill through order_status and cannot be unbound', async () => {
      const { returnId } = await c.returns.addReturnId(referenceAddInput());
      returnsState().bookPickup(returnId);
      returnsState().advance(returnId, ReturnOrderStatus.PickedUp);
      returnsState().advance(returnId, ReturnOrderStatus.InTransit);
      await expect(c.returns.getReturnId({ returnId })).resolves.toEqual({
        status: ReturnStatus.PickupBooked,
        waybillId: expect.stringMatching(/^JD\d+$/),
        orderStatus: ReturnOrderStatus.InTransit,
        deliveryId: 'JDL',
        deliveryName: '京东快递',
      });
      expect(await errcodeOf(c.returns.unbindReturnId({ returnId }))).toBe(
        40097,
      );
    });

    it('the same shop order id twice is 9300522; an uninsured pay id 9300570', async () => {
      await c.returns.addReturnId(referenceAddInput());
      expect(await errcodeOf(c.returns.addReturnId(referenceAddInput()))).toBe(
        9300522,
      );
      expect(
        await errcodeOf(
          c.returns.addReturnId({
            ...referenceAddInput(),
            shopOrderId: 'RET-2',
            wxPayId: '4200000000202311150000000099',
          }),
        ),
      ).toBe(9300570);
    });

    it('a typed waybill the carrier does not know makes get answer 931023', async () => {
      const { returnId } = await c.returns.addReturnId(referenceAddInput());
      returnsState().fileSelfShipWaybill(returnId, {
        ...SF_WAYBILL,
        known: false,
      });
      expect(await errcodeOf(c.returns.getReturnId({ returnId }))).toBe(931023);
    });

    it('string-status mode: the client still reads status 2', async () => {
      const { returnId } = await c.returns.addReturnId(referenceAddInput());
      returnsState().fileSelfShipWaybill(returnId, SF_WAYBILL);
      returnsState().sendStatusAsString();
      await expect(c.returns.getReturnId({ returnId })).resolves.toMatchObject({
        status: ReturnStatus.SelfShipped,
      });
      expect(
        shared.wechat.requests.forPath(WECHAT_PATHS.getReturnId),
      ).toHaveLength(1);
    });

    it('legacy calls: add without wx_pay_id, get, unbind after self-ship', async () => {
      const { returnId } = await c.returns.legacyAddReturnId(legacyAddInput());
      expect(returnsState().find(returnId)).toMatchObject({
        issuedBy: 'legacy',
      });
      await expect(c.returns.legacyGetReturnId({ returnId })).resolves.toEqual({
        status: ReturnStatus.NotFilled,
        waybillId: '',
      });
      expect(
        await errcodeOf(c.returns.legacyUnbindReturnId({ returnId })),
      ).toBe(40097);
      returnsState().fileSelfShipWaybill(returnId, SF_WAYBILL);
      await expect(
        c.returns.legacyUnbindReturnId({ returnId }),
      ).resolves.toEqual({});
      expect(await errcodeOf(c.returns.legacyGetReturnId({ returnId }))).toBe(
        931023,
      );
    });

    it("applyReturnPlugin with the app's own token is refused: 933004", async () => {
      expect(await errcodeOf(c.returns.applyReturnPlugin())).toBe(933004);
      expect(shared.wechat.app(c.appId).plugins.applied('return')).toBe(false);
    });
  });

  describe('a third-party platform (accessTokenProvider gives the authorizer token)', () => {
    const provided: string[] = [];
    const c = useReturnsClient(shared, 'node:http', (wechat) => ({
      appSecret: undefined,
      accessTokenProvider: (appId) => {
        provided.push(String(appId));
        return Promise.resolve(
          wechat.app(wechat.appId).tokens.issueAuthorizer(),
        );
      },
    }));

    it('applies for the return component once; a second application is 933003', async () => {
      await expect(c.returns.applyReturnPlugin()).resolves.toEqual({});
      expect(shared.wechat.plugins.applied('return')).toBe(true);
      expect(provided).toContain(shared.wechat.appId);
      const [request] = shared.wechat.requests.forPath(
        WECHAT_PATHS.applyReturnPlugin,
      );
      expect(
        shared.wechat.tokens.isAuthorizer(request.query.access_token),
      ).toBe(true);
      expect(request.rawBody).toBe('{}');
      expect(await errcodeOf(c.returns.applyReturnPlugin())).toBe(933003);
    });

    it('makes the business calls with the same authorizer token', async () => {
      const { returnId } = await c.returns.addReturnId(referenceAddInput());
      await expect(c.returns.getReturnId({ returnId })).resolves.toMatchObject({
        status: ReturnStatus.NotFilled,
      });
      for (const path of [WECHAT_PATHS.addReturnId, WECHAT_PATHS.getReturnId])
        for (const request of shared.wechat.requests.forPath(path))
          expect(
            shared.wechat.tokens.isAuthorizer(request.query.access_token),
          ).toBe(true);
    });
  });
});
