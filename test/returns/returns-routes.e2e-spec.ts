import request from 'supertest';
import { describeFamilyRoutes } from '../support/family-routes';
import {
  ADD_BODY,
  RETURN_ID,
  RETURNS_INVALID,
  RETURN_ROUTE_CALLS,
} from './returns-route-fixtures';

const [ADD] = RETURN_ROUTE_CALLS;

/**
 * The demo's seven 退货组件 routes (`/returns/…`) and their app twins: each
 * one WeChat request, its answer, its documented 400 and errcodes.
 */
describeFamilyRoutes(
  {
    name: 'the demo’s returns routes',
    prefix: '/returns',
    calls: RETURN_ROUTE_CALLS,
    invalid: RETURNS_INVALID,
  },
  (routes) => {
    it('never sends the demo’s own waybillId to WeChat', async () => {
      routes.wechat.faults.inject({
        path: ADD.wechatPath,
        body: { return_id: RETURN_ID },
        times: 1,
      });
      await routes
        .send({ ...ADD, body: { ...ADD_BODY, waybillId: 'YT2212345678901' } })
        .expect(201, { returnId: RETURN_ID });
      expect(routes.wechat.requests.last(ADD.wechatPath)?.body).toEqual(
        ADD.wire,
      );
    });

    it.each([
      ['/returns/test/insurance', { wxPayId: 'X' }],
      [`/returns/test/${RETURN_ID}/pickup`, {}],
      [
        `/returns/test/${RETURN_ID}/self-ship`,
        { waybillId: 'SF1', deliveryId: 'SF', deliveryName: '顺丰速运' },
      ],
      [`/returns/test/${RETURN_ID}/advance`, { orderStatus: 1 }],
    ])('POST %s is 404 outside sandbox mode, saying so', async (path, body) => {
      const res = await request(routes.app.getHttpServer())
        .post(path)
        .send(body)
        .expect(404);
      expect(res.body.message).toMatch(/sandbox mode only/);
    });
  },
);
