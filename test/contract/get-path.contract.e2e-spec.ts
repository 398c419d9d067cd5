import {
  ActionType,
  type GetPathDto,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const PATH = '/cgi-bin/express/business/path/get';

describe.each(CONTRACT_CLIENTS)(
  'getPath contract (POST /cgi-bin/express/business/path/get) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends order_id too, and keeps action types WeChat does not document', async () => {
      cannedReply(h.wechat, PATH, {
        openid: 'oUser1',
        delivery_id: 'SF',
        waybill_id: 'WB-1',
        path_item_num: 2,
        path_item_list: [
          {
            action_time: 1700000000,
            action_type: 100001,
            action_msg: '已揽件',
          },
          {
            action_time: 1700003600,
            action_type: 300001,
            action_msg: '派送中',
          },
        ],
      });

      const result = await h.client.getPath({
        waybillId: 'WB-1',
        deliveryId: 'SF',
        openid: 'oUser1',
        orderId: 'O-1',
      });

      expect(theOneRequest(h.wechat, 'POST', PATH, h.appId).rawBody).toBe(
        '{"order_id":"O-1","openid":"oUser1","delivery_id":"SF","waybill_id":"WB-1"}',
      );
      expect(result).toEqual({
        openid: 'oUser1',
        deliveryId: 'SF',
        waybillId: 'WB-1',
        pathItemNum: 2,
        pathItemList: [
          {
            actionTime: 1700000000,
            actionType: ActionType.PickedUp,
            actionMsg: '已揽件',
          },
          { actionTime: 1700003600, actionType: 300001, actionMsg: '派送中' },
        ],
      });
    });

    it.each<[string, unknown]>([
      ['no orderId', { deliveryId: 'SF', waybillId: 'WB-1' }],
      ['no waybillId', { orderId: 'O-1', deliveryId: 'SF' }],
    ])('refuses %s before sending anything', async (_case, input) => {
      await expect(
        h.client.getPath(input as GetPathDto),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
