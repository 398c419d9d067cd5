import { describeFamilyRoutes } from '../support/family-routes';
import {
  LOCAL_DELIVERY_ENV,
  LOCAL_INVALID,
  LOCAL_ROUTE_CALLS,
  ORDER_BODY,
} from './local-delivery-route-fixtures';

const ADD = LOCAL_ROUTE_CALLS.find((c) => c.method === 'addLocalOrder')!;

/**
 * The demo's fourteen 即时配送 routes (`/local-delivery/…`) and their app
 * twins: each one WeChat request with the delivery_sign the library computed
 * from LOCAL_DELIVERY_SHOP_SECRETS, its answer, its documented 400 and
 * errcodes, and the two answers that are not errcodes.
 */
describeFamilyRoutes(
  {
    name: 'the demo’s local delivery routes',
    prefix: '/local-delivery',
    calls: LOCAL_ROUTE_CALLS,
    invalid: LOCAL_INVALID,
    env: LOCAL_DELIVERY_ENV,
  },
  (routes) => {
    it('a carrier’s refusal (resultcode ≠ 0, no errcode) is the documented 502 with the carrier’s code and message', async () => {
      const [example] = routes
        .examplesOf(routes.documented(ADD).responses, '502')
        .filter((e) => e.value.errcode === 0);
      routes.wechat.faults.inject({
        path: ADD.wechatPath,
        body: {
          resultcode: 2062,
          resultmsg: '订单价格信息已过期,请重新查询后发单',
          fee: 0,
          waybill_id: '',
          order_status: 0,
        },
        times: 1,
      });
      const res = await routes.send(ADD).expect(502);
      expect(res.body).toEqual(example.value);
      expect(res.body).toMatchObject({
        deliveryResultcode: 2062,
        deliveryResultmsg: '订单价格信息已过期,请重新查询后发单',
      });
    });

    it('a shop with no secret configured is the documented 500 naming the shop; nothing is sent', async () => {
      const [example] = routes
        .examplesOf(routes.documented(ADD).responses, '500')
        .filter((e) => e.value.errcode === undefined);
      const res = await routes
        .send({
          ...ADD,
          body: { ...ORDER_BODY, shopId: 'shop-without-secret' },
        })
        .expect(500);
      expect(res.body).toEqual(
        JSON.parse(
          JSON.stringify(example.value).replaceAll(
            '1534713176',
            'shop-without-secret',
          ),
        ),
      );
      expect(res.body.message).toContain('"shop-without-secret"');
      expect(routes.wechat.requests.forPath(ADD.wechatPath)).toEqual([]);
    });
  },
);
