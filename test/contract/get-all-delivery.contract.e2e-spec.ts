import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const DELIVERIES = '/cgi-bin/express/business/delivery/getall';

describe.each(CONTRACT_CLIENTS)(
  'getAllDelivery contract (GET /cgi-bin/express/business/delivery/getall) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends a GET without a body and maps the carriers to camelCase', async () => {
      cannedReply(h.wechat, DELIVERIES, {
        count: 1,
        data: [
          {
            delivery_id: 'SF',
            delivery_name: '顺丰速运',
            can_use_cash: 1,
            can_get_quota: 0,
            cash_biz_id: 'SF_CASH',
            service_type: [
              { service_type: 1, service_name: '顺丰即日' },
              { service_type: 3, service_name: '顺丰标快' },
            ],
          },
        ],
      });

      const result = await h.client.getAllDelivery();

      theOneRequest(h.wechat, 'GET', DELIVERIES, h.appId);
      expect(result).toEqual({
        count: 1,
        data: [
          {
            deliveryId: 'SF',
            deliveryName: '顺丰速运',
            canUseCash: 1,
            canGetQuota: 0,
            cashBizId: 'SF_CASH',
            serviceType: [
              { serviceType: 1, serviceName: '顺丰即日' },
              { serviceType: 3, serviceName: '顺丰标快' },
            ],
          },
        ],
      });
    });
  },
);
