import {
  GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE,
  errcodeEntryFor,
} from 'nestjs-wechat-logistics';
import request from 'supertest';
import { describeFamilyRoutes } from '../support/family-routes';
import {
  TOKEN,
  TRACKING_INVALID,
  TRACKING_ROUTE_CALLS,
} from './tracking-route-fixtures';

const [TRACE, , UPDATE_GOODS] = TRACKING_ROUTE_CALLS;

/**
 * The demo's nine 物流服务 routes (`/waybill-tracking/…`) and their app
 * twins: each one WeChat request, its answer, its documented 400 and errcodes.
 */
describeFamilyRoutes(
  {
    name: 'the demo’s waybill-tracking routes',
    prefix: '/waybill-tracking',
    calls: TRACKING_ROUTE_CALLS,
    invalid: TRACKING_INVALID,
  },
  (routes) => {
    it('documents 9300513 as this family reads it — the daily call quota, a 429 — not as the carrier’s e-waybill quota', () => {
      const { responses } = routes.documented(TRACE);
      const quota = routes
        .examplesOf(responses, '429')
        .find((e) => e.value.errcode === 9300513);
      const family = errcodeEntryFor(9300513, 'tracking.traceWaybill');
      const carrier = errcodeEntryFor(9300513, 'logistics.addOrder');
      expect(family?.meaning).not.toBe(carrier?.meaning);
      expect(quota?.value).toMatchObject({ statusCode: 429, errcode: 9300513 });
      expect(quota?.value.message).toContain(family?.meaning);
      expect(responses['429'].description).toContain(
        `errcode 9300513: ${family?.meaning}`,
      );
    });

    it('a goods update WeChat answers -1 is a 503 saying it may have landed — sent once', async () => {
      routes.wechat.faults.inject({
        path: UPDATE_GOODS.wechatPath,
        errcode: -1,
      });
      const res = await routes.send(UPDATE_GOODS).expect(503);
      expect(res.body.message).toContain(GOODS_UPDATE_OUTCOME_UNKNOWN_ADVICE);
      expect(
        routes.wechat.requests.forPath(UPDATE_GOODS.wechatPath),
      ).toHaveLength(1);
      const [documented] = routes
        .examplesOf(routes.documented(UPDATE_GOODS).responses, '503')
        .filter((e) => e.value.errcode === -1);
      expect(res.body).toEqual({
        ...documented.value,
        errmsg: expect.any(String),
        rid: expect.any(String),
      });
    });

    it.each([
      ['GET', '/waybill-tracking/trace/not%20a%20token'],
      ['GET', `/waybill-tracking/follow/${'x'.repeat(513)}`],
      ['PUT', '/waybill-tracking/trace/not%20a%20token/goods'],
    ])(
      '%s %s: a path that cannot hold a token is a 400 naming waybillToken, and nothing is sent',
      async (method, url) => {
        const server = request(routes.app.getHttpServer());
        const res = await (
          method === 'GET' ? server.get(url) : server.put(url).send({})
        ).expect(400);
        expect(res.body.message).toEqual([
          expect.stringMatching(
            /^waybillToken must be the token WeChat returned/,
          ),
        ]);
        expect(res.body.message[0]).not.toContain('not a token');
        expect(routes.wechat.requests.count()).toBe(0);
      },
    );

    it('answers 404 naming an appId the demo does not know, and sends nothing', async () => {
      const res = await request(routes.app.getHttpServer())
        .get(`/waybill-tracking/apps/wx-nobody/trace/${TOKEN}`)
        .expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, appId: 'wx-nobody' });
      expect(routes.wechat.requests.count()).toBe(0);
    });
  },
);
