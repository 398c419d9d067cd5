import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';

/** The demo's own bodies go through the library's pipe: one that is not a JSON object is told the shape to send. */
describe.each(PLATFORMS)(
  'the demo refuses a body that is not a JSON object — on %s',
  (platform) => {
    let wechat: WechatEmulator;
    let app: INestApplication;

    beforeAll(async () => {
      wechat = await WechatEmulator.start();
      app = await startDemoApp(emulatorEnv(wechat), undefined, platform);
    });
    afterAll(async () => {
      await app.close();
      await wechat.stop();
    });

    it.each(['[1,2]', '[]'])(
      '%s → 400 naming the fields to send, not "0 is not a known field"',
      async (body) => {
        const res = await request(app.getHttpServer())
          .post('/logistics/orders/O/cancel')
          .set('Content-Type', 'application/json')
          .send(body);
        expect(res.status).toBe(400);
        expect(res.body).toEqual({
          statusCode: 400,
          message: [
            'body must be a JSON object with the fields of CancelOrderBodyDto: deliveryId, waybillId, openid',
          ],
          error: 'Bad Request',
        });
        expect(wechat.requests.count()).toBe(0);
      },
    );
  },
);
