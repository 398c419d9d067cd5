import { PLATFORMS } from './support/platforms';
import { type INestApplication } from '@nestjs/common';
import { WechatValidationError } from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { WechatLogisticsService } from 'nestjs-wechat-logistics';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { clearEmulatorKeepingTokens } from './support/emulator-state';

describe.each(PLATFORMS)(
  'POST /logistics/orders/:orderId/cancel (logistics.cancelOrder) — on %s',
  (platform) => {
    let wechat: WechatEmulator;
    let app: INestApplication;

    beforeAll(async () => {
      wechat = await WechatEmulator.start();
      app = await startDemoApp(emulatorEnv(wechat), false, platform);
    });
    afterAll(async () => {
      await app.close();
      await wechat.stop();
    });
    beforeEach(() => clearEmulatorKeepingTokens(wechat));

    const cancel = (orderId: string, body: unknown) =>
      request(app.getHttpServer())
        .post(`/logistics/orders/${encodeURIComponent(orderId)}/cancel`)
        .send(body as object);

    it('sends exactly the documented request: POST, path, token in the query only, JSON, snake_case body', async () => {
      const order = wechat.orders.seed({
        orderId: '订单-1',
        deliveryId: 'TEST',
        waybillId: 'WB-1',
      });

      await cancel(order.orderId, {
        deliveryId: 'TEST',
        waybillId: 'WB-1',
        openid: 'oUser1',
      }).expect(200, {
        deliveryResultcode: 0,
        deliveryResultmsg: '',
      });

      const sent = wechat.requests.forPath(WECHAT_PATHS.cancelOrder);
      expect(sent).toHaveLength(1);
      expect(sent[0].method).toBe('POST');
      expect(Object.keys(sent[0].query)).toEqual(['access_token']);
      expect(wechat.tokens.isValid(sent[0].query.access_token)).toBe(true);
      expect(sent[0].headers['content-type']).toMatch(/^application\/json/);
      // Exact bytes: Chinese stays unescaped UTF-8, as WeChat's 9300501 hint asks.
      expect(sent[0].rawBody).toBe(
        '{"order_id":"订单-1","delivery_id":"TEST","waybill_id":"WB-1","openid":"oUser1"}',
      );
      expect(sent[0].rawBody).not.toContain('access_token');
      expect(wechat.orders.get('订单-1')?.status).toBe('cancelled');
    });

    it('omits openid from the wire when it is absent', async () => {
      wechat.orders.seed({
        orderId: 'O-2',
        deliveryId: 'TEST',
        waybillId: 'WB-2',
      });
      await cancel('O-2', { deliveryId: 'TEST', waybillId: 'WB-2' }).expect(
        200,
      );
      expect(wechat.requests.last(WECHAT_PATHS.cancelOrder)?.body).toEqual({
        order_id: 'O-2',
        delivery_id: 'TEST',
        waybill_id: 'WB-2',
      });
    });

    describe('maps every cancelOrder errcode of the reference to its HTTP status', () => {
      it('40199 waybill not found → 404', async () => {
        wechat.orders.seed({
          orderId: 'O',
          deliveryId: 'TEST',
          waybillId: 'WB',
        });
        const res = await cancel('O', {
          deliveryId: 'TEST',
          waybillId: 'OTHER',
        }).expect(404);
        expect(res.body).toMatchObject({
          statusCode: 404,
          errcode: 40199,
          errmsg: expect.stringContaining('rid:'),
        });
        expect(res.body.rid).toEqual(expect.any(String));
      });

      it('9300503 unknown carrier → 404', async () => {
        const res = await cancel('O', {
          deliveryId: 'NOPE',
          waybillId: 'WB',
        }).expect(404);
        expect(res.body).toMatchObject({ errcode: 9300503 });
      });

      it('930563 order not found → 404', async () => {
        const res = await cancel('missing', {
          deliveryId: 'TEST',
          waybillId: 'WB',
        }).expect(404);
        expect(res.body).toMatchObject({
          errcode: 930563,
          message: 'No order with this order id exists.',
        });
      });

      it('930561 parameter error → 400', async () => {
        wechat.faults.inject({
          path: WECHAT_PATHS.cancelOrder,
          errcode: 930561,
          times: 1,
        });
        const res = await cancel('O', {
          deliveryId: 'TEST',
          waybillId: 'WB',
        }).expect(400);
        expect(res.body).toMatchObject({
          errcode: 930561,
          errmsg: expect.stringMatching(/^args error/),
        });
      });

      it('9300506 waybill already tracked → 409', async () => {
        wechat.orders.seed({
          orderId: 'O',
          deliveryId: 'TEST',
          waybillId: 'WB',
          path: [
            {
              actionTime: 1700000000,
              actionType: 100001,
              actionMsg: 'picked up',
            },
          ],
        });
        const res = await cancel('O', {
          deliveryId: 'TEST',
          waybillId: 'WB',
        }).expect(409);
        expect(res.body).toMatchObject({ errcode: 9300506 });
      });

      it('9300524 already cancelled → 409', async () => {
        wechat.orders.seed({
          orderId: 'O',
          deliveryId: 'TEST',
          waybillId: 'WB',
        });
        await cancel('O', { deliveryId: 'TEST', waybillId: 'WB' }).expect(200);
        const res = await cancel('O', {
          deliveryId: 'TEST',
          waybillId: 'WB',
        }).expect(409);
        expect(res.body).toMatchObject({ errcode: 9300524 });
      });

      it("9300501 carrier refusal → 502 with the carrier's code and message", async () => {
        wechat.orders.seed({
          orderId: 'O',
          deliveryId: 'SF',
          waybillId: 'WB',
          cancelRefusal: { resultcode: 30002, resultmsg: '快件已揽收' },
        });
        const res = await cancel('O', {
          deliveryId: 'SF',
          waybillId: 'WB',
        }).expect(502);
        expect(res.body).toMatchObject({
          statusCode: 502,
          errcode: 9300501,
          deliveryResultcode: 30002,
          deliveryResultmsg: '快件已揽收',
        });
      });

      it('-1 system busy → retried a bounded number of times, then 503', async () => {
        wechat.faults.inject({ path: WECHAT_PATHS.cancelOrder, errcode: -1 });
        const res = await cancel('O', {
          deliveryId: 'TEST',
          waybillId: 'WB',
        }).expect(503);
        expect(res.body).toMatchObject({ statusCode: 503, errcode: -1 });
        expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(3);
      });
    });

    it('reads an errcode sent as a numeric string like the number it is (never as success)', async () => {
      wechat.faults.inject({
        path: WECHAT_PATHS.cancelOrder,
        body: { errcode: '-1', errmsg: 'system error' },
      });
      const res = await cancel('O', {
        deliveryId: 'TEST',
        waybillId: 'WB',
      }).expect(503);
      expect(res.body).toMatchObject({ errcode: -1 });
      expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(3);
    });

    it('succeeds when a busy reply is followed by success on retry', async () => {
      wechat.orders.seed({ orderId: 'O', deliveryId: 'TEST', waybillId: 'WB' });
      wechat.faults.inject({
        path: WECHAT_PATHS.cancelOrder,
        errcode: -1,
        times: 1,
      });
      await cancel('O', { deliveryId: 'TEST', waybillId: 'WB' }).expect(200);
      expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(2);
    });

    it('treats "already cancelled" on a retry after a busy reply as the success it is', async () => {
      wechat.orders.seed({
        orderId: 'O',
        deliveryId: 'TEST',
        waybillId: 'WB',
        status: 'cancelled',
      });
      wechat.faults.inject({
        path: WECHAT_PATHS.cancelOrder,
        errcode: -1,
        times: 1,
      });
      await cancel('O', { deliveryId: 'TEST', waybillId: 'WB' }).expect(200, {
        deliveryResultcode: 0,
        deliveryResultmsg: '',
      });
    });

    describe('refuses bad input with a 400 naming the field, sending nothing upstream', () => {
      it.each([
        [
          'a missing field',
          { waybillId: 'WB' },
          'deliveryId should not be empty',
        ],
        [
          'an empty field',
          { deliveryId: '', waybillId: 'WB' },
          'deliveryId should not be empty',
        ],
        [
          'a wrong type',
          { deliveryId: 7, waybillId: 'WB' },
          'deliveryId must be a string',
        ],
        [
          'an array',
          { deliveryId: ['TEST'], waybillId: 'WB' },
          'deliveryId must be a string',
        ],
        [
          'an extra field',
          { deliveryId: 'TEST', waybillId: 'WB', orderId: 'x' },
          'orderId is not a known field; accepted fields: deliveryId, waybillId, openid',
        ],
        [
          'an empty openid',
          { deliveryId: 'TEST', waybillId: 'WB', openid: '' },
          'openid should not be empty',
        ],
      ])('%s', async (_case, body, message) => {
        const res = await cancel('O', body).expect(400);
        expect(res.body.message).toContain(message);
        expect(wechat.requests.count()).toBe(0);
      });

      it('malformed JSON', async () => {
        await request(app.getHttpServer())
          .post('/logistics/orders/O/cancel')
          .set('content-type', 'application/json')
          .send('{"deliveryId": "TEST",')
          .expect(400);
        expect(wechat.requests.count()).toBe(0);
      });

      it.each([
        ['curl’s default form encoding', 'application/x-www-form-urlencoded'],
        ['text/plain', 'text/plain'],
        ['no content type at all', undefined],
      ])(
        'a JSON body sent as %s: 415 naming application/json',
        async (_case, contentType) => {
          const body = JSON.stringify({
            deliveryId: 'TEST',
            waybillId: 'WB',
          });
          const req = request(app.getHttpServer()).post(
            '/logistics/orders/O/cancel',
          );
          if (contentType) void req.set('content-type', contentType);
          // supertest sets a form content type for strings: send raw bytes without one.
          const res = await (contentType
            ? req.send(body)
            : req.send(Buffer.from(body)));
          expect(res.status).toBe(415);
          expect(res.body).toMatchObject({
            statusCode: 415,
            error: 'Unsupported Media Type',
            message: expect.stringContaining(
              'send the body as JSON with "Content-Type: application/json"',
            ),
          });
          expect(wechat.requests.count()).toBe(0);
        },
      );

      it('an order id over 512 UTF-8 bytes', async () => {
        const res = await cancel('单'.repeat(171), {
          deliveryId: 'TEST',
          waybillId: 'WB',
        }).expect(400);
        expect(res.body.message).toEqual([
          expect.stringMatching(/^orderId must be at most 512 bytes/),
        ]);
        expect(wechat.requests.count()).toBe(0);
      });

      it('a direct service call, which throws before any request', async () => {
        const service = app.get(WechatLogisticsService);
        await expect(
          service.cancelOrder({ orderId: 'O', deliveryId: 'TEST' } as never),
        ).rejects.toThrow(WechatValidationError);
        await expect(
          service.cancelOrder({ orderId: 'O', deliveryId: 'TEST' } as never),
        ).rejects.toMatchObject({
          messages: [
            'waybillId should not be empty',
            'waybillId must be a string',
          ],
        });
        expect(wechat.requests.count()).toBe(0);
      });
    });
  },
);
