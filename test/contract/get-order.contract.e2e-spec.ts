import {
  type GetOrderDto,
  OrderStatus,
  PrintType,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const GET = '/cgi-bin/express/business/order/get';

describe.each(CONTRACT_CLIENTS)(
  'getOrder contract (POST /cgi-bin/express/business/order/get) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends the documented body and maps the reply to camelCase', async () => {
      cannedReply(h.wechat, GET, {
        print_html: 'PGh0bWw+PC9odG1sPg==',
        waybill_data: [{ key: 'SF_bagAddr', value: '广州' }],
        order_id: '订单-1',
        delivery_id: 'TEST',
        waybill_id: 'WB-1',
        order_status: 1,
      });

      const result = await h.client.getOrder({
        printType: PrintType.SinglePart,
        waybillId: 'WB-1',
        deliveryId: 'TEST',
        openid: 'oUser1',
        orderId: '订单-1',
      });

      expect(theOneRequest(h.wechat, 'POST', GET, h.appId).rawBody).toBe(
        '{"order_id":"订单-1","openid":"oUser1","delivery_id":"TEST","waybill_id":"WB-1","print_type":1}',
      );
      expect(result).toEqual({
        printHtml: 'PGh0bWw+PC9odG1sPg==',
        waybillData: [{ key: 'SF_bagAddr', value: '广州' }],
        orderId: '订单-1',
        deliveryId: 'TEST',
        waybillId: 'WB-1',
        orderStatus: OrderStatus.Cancelled,
      });
    });

    it('sends only what was given: no waybill_id, openid or print_type when absent', async () => {
      cannedReply(h.wechat, GET, { order_id: 'O', waybill_id: 'WB' });
      await h.client.getOrder({ orderId: 'O', deliveryId: 'TEST' });
      expect(theOneRequest(h.wechat, 'POST', GET, h.appId).body).toEqual({
        order_id: 'O',
        delivery_id: 'TEST',
      });
    });

    it.each<[string, unknown]>([
      ['no deliveryId', { orderId: 'O' }],
      [
        'an unknown printType',
        { orderId: 'O', deliveryId: 'TEST', printType: 2 },
      ],
      [
        'an orderId over 512 bytes',
        { orderId: '单'.repeat(171), deliveryId: 'TEST' },
      ],
    ])('refuses %s before sending anything', async (_case, input) => {
      await expect(
        h.client.getOrder(input as GetOrderDto),
      ).rejects.toBeInstanceOf(WechatValidationError);
      expect(h.wechat.requests.count()).toBe(0);
    });
  },
);
