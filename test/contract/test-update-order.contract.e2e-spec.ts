import {
  ActionType,
  type TestUpdateOrderDto,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const TEST_UPDATE = '/cgi-bin/express/business/test_update_order';

const valid: TestUpdateOrderDto = {
  actionMsg: '揽件成功',
  actionType: ActionType.PickedUp,
  actionTime: 1764140400,
  waybillId: 'WB-1',
  deliveryId: 'TEST',
  orderId: 'O-1',
  bizId: 'test_biz_id',
};

describe.each(CONTRACT_CLIENTS)(
  'testUpdateOrder contract (POST /cgi-bin/express/business/test_update_order) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends the documented body and resolves an empty result', async () => {
      cannedReply(h.wechat, TEST_UPDATE, {});
      await expect(h.client.testUpdateOrder(valid)).resolves.toEqual({});
      expect(
        theOneRequest(h.wechat, 'POST', TEST_UPDATE, h.appId).rawBody,
      ).toBe(
        '{"biz_id":"test_biz_id","order_id":"O-1","delivery_id":"TEST","waybill_id":"WB-1","action_time":1764140400,"action_type":100001,"action_msg":"揽件成功"}',
      );
    });

    it.each<
      [string, Partial<TestUpdateOrderDto> | Record<string, unknown>, string]
    >([
      [
        'a real carrier',
        { deliveryId: 'SF' },
        'deliveryId must be "TEST": testUpdateOrder only moves sandbox orders',
      ],
      [
        "the sandbox page's test_we_id",
        { bizId: 'test_we_id' },
        'bizId must be "test_biz_id": testUpdateOrder only moves sandbox orders',
      ],
      [
        'an undocumented action type',
        { actionType: 300001 },
        'actionType must be one of 100001 (PickedUp), 100002 (PickupFailed), 100003 (CourierAssigned), 200001 (InTransit), 300002 (OutForDelivery), 300003 (Delivered), 300004 (DeliveryFailed), 400001 (OrderCancelled), 400002 (Held)',
      ],
      [
        'an action time in milliseconds',
        { actionTime: 1764140400000 },
        'actionTime must be Unix seconds, but 1764140400000 looks like milliseconds (divide it by 1000)',
      ],
    ])('refuses %s before sending anything', async (_case, change, message) => {
      const call = h.client.testUpdateOrder({ ...valid, ...change });
      await expect(call).rejects.toBeInstanceOf(WechatValidationError);
      await expect(call).rejects.toMatchObject({ messages: [message] });
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
