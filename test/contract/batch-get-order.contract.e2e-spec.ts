import {
  type BatchGetOrderDto,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const BATCH = '/cgi-bin/express/business/order/batchget';

describe.each(CONTRACT_CLIENTS)(
  'batchGetOrder contract (POST /cgi-bin/express/business/order/batchget) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends order_list in snake_case and puts per-order errors beside the found orders', async () => {
      cannedReply(h.wechat, BATCH, {
        order_list: [
          {
            errcode: 0,
            errmsg: 'ok',
            print_html: 'PGh0bWw+',
            waybill_data: [{ key: 'SF_mark', value: '101' }],
            order_id: 'O-1',
            delivery_id: 'TEST',
            waybill_id: 'WB-1',
            order_status: 0,
          },
          {
            errcode: 930563,
            errmsg: 'order not found rid: 1',
            order_id: 'O-2',
            delivery_id: 'TEST',
          },
        ],
      });

      const result = await h.client.batchGetOrder({
        orderList: [
          { waybillId: 'WB-1', deliveryId: 'TEST', orderId: 'O-1' },
          { orderId: 'O-2', deliveryId: 'TEST' },
        ],
      });

      expect(theOneRequest(h.wechat, 'POST', BATCH, h.appId).rawBody).toBe(
        '{"order_list":[{"order_id":"O-1","delivery_id":"TEST","waybill_id":"WB-1"},{"order_id":"O-2","delivery_id":"TEST"}]}',
      );
      expect(result).toEqual({
        orderList: [
          {
            ok: true,
            printHtml: 'PGh0bWw+',
            waybillData: [{ key: 'SF_mark', value: '101' }],
            orderId: 'O-1',
            deliveryId: 'TEST',
            waybillId: 'WB-1',
            orderStatus: 0,
          },
          {
            ok: false,
            orderId: 'O-2',
            deliveryId: 'TEST',
            errcode: 930563,
            errmsg: 'order not found rid: 1',
          },
        ],
      });
    });

    it.each<[string, unknown, string]>([
      [
        'an empty list',
        { orderList: [] },
        'orderList must have 1 to 100 items (got 0)',
      ],
      [
        '101 orders',
        {
          orderList: Array.from({ length: 101 }, (_, i) => ({
            orderId: `O-${i}`,
            deliveryId: 'TEST',
          })),
        },
        'orderList must have 1 to 100 items (got 101)',
      ],
      [
        'an order without deliveryId',
        { orderList: [{ orderId: 'O' }] },
        'orderList.0.deliveryId should not be empty',
      ],
    ])('refuses %s before sending anything', async (_case, input, message) => {
      const call = h.client.batchGetOrder(input as BatchGetOrderDto);
      await expect(call).rejects.toBeInstanceOf(WechatValidationError);
      await expect(call).rejects.toMatchObject({
        messages: expect.arrayContaining([message]),
      });
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
