import { type INestApplication } from '@nestjs/common';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import {
  SANDBOX_DEMO_ORDER,
  SANDBOX_SECOND_APP_ID,
  SandboxService,
} from '../../apps/demo/src/sandbox/sandbox.service';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';

const CANCEL_BODY = {
  deliveryId: SANDBOX_DEMO_ORDER.deliveryId,
  waybillId: SANDBOX_DEMO_ORDER.waybillId,
};

describe.each(PLATFORMS)(
  'the demo for several mini programs — on %s',
  (platform) => {
    describe('in sandbox mode (two emulated apps)', () => {
      let app: INestApplication;
      let sandbox: SandboxService;
      beforeAll(async () => {
        app = await startDemoApp({}, false, platform);
        await app.listen(0, '127.0.0.1');
        sandbox = app.get(SandboxService);
        sandbox.connectPush(await app.getUrl());
      });
      afterAll(() => app.close());
      const http = () => request(app.getHttpServer());

      it("mirrors the routes under /logistics/apps/:appId, each call with that app's own token", async () => {
        await http()
          .post(
            `/logistics/apps/${SANDBOX_SECOND_APP_ID}/orders/${SANDBOX_DEMO_ORDER.orderId}/cancel`,
          )
          .send(CANCEL_BODY)
          .expect(200, { deliveryResultcode: 0, deliveryResultmsg: '' });
        const emulator = sandbox.emulator as WechatEmulator;
        expect(
          emulator
            .app(SANDBOX_SECOND_APP_ID)
            .orders.get(SANDBOX_DEMO_ORDER.orderId)?.status,
        ).toBe('cancelled');
        // The default app's order of the same id is untouched.
        expect(
          emulator.orders.get(SANDBOX_DEMO_ORDER.orderId)?.status,
        ).not.toBe('cancelled');
        const cancels = emulator.requests.forPath(WECHAT_PATHS.cancelOrder);
        expect(cancels.map((r) => r.appId)).toEqual([SANDBOX_SECOND_APP_ID]);
      });

      it("delivers the second app's pushes to its own route, verified with its own key", async () => {
        const emulator = sandbox.emulator as WechatEmulator;
        const orderId = 'MULTI-APP-PUSH-1';
        emulator.app(SANDBOX_SECOND_APP_ID).orders.seed({
          orderId,
          deliveryId: 'TEST',
          waybillId: 'WB-MULTI-1',
        });
        await http()
          .post(
            `/logistics/apps/${SANDBOX_SECOND_APP_ID}/test/orders/${orderId}/update`,
          )
          .send({
            bizId: 'test_biz_id',
            deliveryId: 'TEST',
            waybillId: 'WB-MULTI-1',
            actionTime: 1764140400,
            actionType: 100001,
            actionMsg: '揽件成功',
          })
          .expect(200);
        await emulator.pushes.settled();
        expect(emulator.pushes.all().at(-1)).toMatchObject({
          appId: SANDBOX_SECOND_APP_ID,
        });

        const events = await http()
          .get(
            `/logistics/apps/${SANDBOX_SECOND_APP_ID}/orders/${orderId}/events`,
          )
          .expect(200);
        expect(events.body).toEqual([
          expect.objectContaining({ appId: SANDBOX_SECOND_APP_ID, orderId }),
        ]);
        await http().get(`/logistics/orders/${orderId}/events`).expect(200, []);
      });

      it('answers an unknown appId with a 404 naming it, and sends nothing', async () => {
        const emulator = sandbox.emulator as WechatEmulator;
        const before = emulator.requests.count();
        const response = await http()
          .post(
            `/logistics/apps/wx-nobody/orders/${SANDBOX_DEMO_ORDER.orderId}/cancel`,
          )
          .send(CANCEL_BODY)
          .expect(404);
        expect(response.body).toEqual({
          statusCode: 404,
          message:
            'No mini program with appId "wx-nobody" is configured on this server.',
          error: 'Not Found',
          appId: 'wx-nobody',
        });
        await http().get('/logistics/apps/wx-nobody/deliveries').expect(404);
        expect(emulator.requests.count()).toBe(before);
      });
    });

    describe('configured from WECHAT_EXTRA_APPS', () => {
      const extra = { appId: 'wxextraextraextra1', appSecret: 'extra-secret' };
      let wechat: WechatEmulator;
      let app: INestApplication;
      beforeAll(async () => {
        wechat = await WechatEmulator.start({ apps: [extra] });
        app = await startDemoApp(
          emulatorEnv(wechat, { WECHAT_EXTRA_APPS: JSON.stringify([extra]) }),
          false,
          platform,
        );
      });
      afterAll(async () => {
        await app.close();
        await wechat.stop();
      });

      it('serves the extra app under its route with its own token', async () => {
        await request(app.getHttpServer())
          .get(`/logistics/apps/${extra.appId}/deliveries`)
          .expect(200);
        expect(wechat.app(extra.appId).tokens.fetchCount).toBe(1);
        expect(wechat.tokens.fetchCount).toBe(0);
      });
    });
  },
);
