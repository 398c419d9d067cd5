import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { ShippingEventsStore } from '../../apps/demo/src/events/shipping-events.store';
import {
  SANDBOX_DEMO_ORDER,
  SANDBOX_DEMO_PAYMENT,
  SandboxService,
} from '../../apps/demo/src/sandbox/sandbox.service';
import { CapturingLogger } from '../support/capturing-logger';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';

/** An express upload of one package: the waybill is the package's trackingNo. */
function upload(transactionId: string, waybillId: string, payerOpenid: string) {
  return {
    orderKey: { orderNumberType: 2, transactionId },
    logisticsType: 1,
    deliveryMode: 1,
    shippingList: [
      { trackingNo: waybillId, expressCompany: 'TEST', itemDesc: '咖啡豆*1' },
    ],
    uploadTime: '2025-11-26T15:00:00+08:00',
    payer: { openid: payerOpenid },
  };
}

describe.each(PLATFORMS)(
  'the demo and 发货信息管理 in sandbox mode — on %s',
  (platform) => {
    let app: INestApplication;
    let http: ReturnType<typeof request>;
    let emulator: WechatEmulator;
    const logger = new CapturingLogger();

    beforeAll(async () => {
      app = await startDemoApp({}, logger, platform);
      await app.listen(0, '127.0.0.1');
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      app.get(SandboxService).connectPush(base);
      emulator = app.get(SandboxService).emulator!;
      http = request(app.getHttpServer());
    });
    afterAll(() => app.close());

    /** The pushes the emulator sent so far have been answered by the demo. */
    const pushed = () => emulator.pushes.settled();

    it('seeds the demo payment, names it in the startup line, and the shipping routes find it', async () => {
      const line = logger.lines.find((l) => l.includes('Sandbox mode'));
      expect(line).toContain(SANDBOX_DEMO_PAYMENT.transactionId);
      const found = await http
        .get('/shipping/orders/lookup')
        .query({ transactionId: SANDBOX_DEMO_PAYMENT.transactionId })
        .expect(200);
      expect(found.body.order).toMatchObject({
        transactionId: SANDBOX_DEMO_PAYMENT.transactionId,
        orderState: 1,
        openid: SANDBOX_DEMO_PAYMENT.payerOpenid,
      });
    });

    it('drives a fresh payment through upload, receipt and settlement; the demo lists both settlement pushes', async () => {
      const created = await http.post('/shipping/test/payments').expect(201);
      expect(created.body).toMatchObject({
        transactionId: expect.any(String),
        orderState: 1,
        state: '待发货 · awaiting shipment',
        payerOpenid: SANDBOX_DEMO_PAYMENT.payerOpenid,
      });
      const tx = created.body.transactionId as string;
      const events = `/shipping/orders/${tx}/events`;

      // Receipt before shipping: the emulator refuses, and says why.
      const early = await http
        .post(`/shipping/test/payments/${tx}/confirm-receipt`)
        .expect(409);
      expect(early.body.message).toMatch(/order_state is 1, not 2/);

      await http
        .post('/shipping/orders/upload')
        .send(upload(tx, `WB-${tx}`, SANDBOX_DEMO_PAYMENT.payerOpenid))
        .expect(200);
      await pushed();
      const shipped = await http.get(events).expect(200);
      expect(shipped.body).toEqual([
        expect.objectContaining({
          event: 'trade_manage_order_settlement',
          stage: 'shipped',
          transactionId: tx,
          estimatedSettlementTime: expect.any(Number),
        }),
      ]);

      await http
        .post(`/shipping/test/payments/${tx}/confirm-receipt`)
        .expect(200)
        .expect((res) =>
          expect(res.body).toMatchObject({
            orderState: 3,
            state: '确认收货 · receipt confirmed',
          }),
        );
      await http
        .post(`/shipping/test/payments/${tx}/settle`)
        .expect(200)
        .expect((res) =>
          expect(res.body).toMatchObject({
            orderState: 4,
            state: '交易完成 · completed',
          }),
        );
      await pushed();
      const all = await http.get(events).expect(200);
      const stages = (all.body as { stage: string }[]).map((e) => e.stage);
      expect(stages).toEqual(['shipped', 'settled']);
      expect(all.body[1]).toMatchObject({
        confirmReceiveMethod: 2,
        settlementTime: expect.any(Number),
      });
    });

    it('keeps a settlement push once when its handler runs again', async () => {
      const { transactionId } = emulator.shipping.seedPayment({
        payerOpenid: 'oRunTwice',
      });
      await http
        .post('/shipping/orders/upload')
        .send(upload(transactionId, `WB-${transactionId}`, 'oRunTwice'))
        .expect(200);
      await pushed();
      const [first] = (
        await http.get(`/shipping/orders/${transactionId}/events`).expect(200)
      ).body as Record<string, unknown>[];
      const { appId, receivedAt, ...event } = first;
      expect(receivedAt).toEqual(expect.any(String));
      const store = app.get(ShippingEventsStore);
      await store.recordSettlement(event as never, {
        appId: appId as string,
        mode: 'safe',
        format: 'xml',
      });
      const again = await http
        .get(`/shipping/orders/${transactionId}/events`)
        .expect(200);
      expect(again.body).toHaveLength(1);
    });

    it("shows the waybill's shipping state beside its track on /tracking/waybills", async () => {
      await http
        .post(`/logistics/test/orders/${SANDBOX_DEMO_ORDER.orderId}/update`)
        .send({
          bizId: SANDBOX_DEMO_ORDER.bizId,
          deliveryId: SANDBOX_DEMO_ORDER.deliveryId,
          waybillId: SANDBOX_DEMO_ORDER.waybillId,
          actionTime: 1764140400,
          actionType: 100001,
          actionMsg: '揽件成功',
        })
        .expect(200);
      await pushed();
      await http
        .post('/shipping/orders/upload')
        .send(
          upload(
            SANDBOX_DEMO_PAYMENT.transactionId,
            SANDBOX_DEMO_ORDER.waybillId,
            SANDBOX_DEMO_PAYMENT.payerOpenid,
          ),
        )
        .expect(200);
      await pushed();
      const waybills = await http.get('/tracking/waybills').expect(200);
      const card = (
        waybills.body as { waybillId: string; shipping?: unknown }[]
      ).find((w) => w.waybillId === SANDBOX_DEMO_ORDER.waybillId);
      expect(card?.shipping).toMatchObject({
        transactionId: SANDBOX_DEMO_PAYMENT.transactionId,
        expressCompany: 'TEST',
        orderState: 2,
        state: '已发货 · shipped',
        stage: 'shipped',
        settlement: expect.stringMatching(/^will settle on \d{4}-/),
      });
    });
  },
);

describe('the sandbox payment routes outside sandbox mode', () => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    // Uploads are never retried, so no short timeout here (no test times out).
    app = await startDemoApp(
      emulatorEnv(wechat, { WECHAT_TIMEOUT_MS: '5000' }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await wechat?.stop();
  });

  it.each([
    '/shipping/test/payments',
    '/shipping/test/payments/DEMO-TRANSACTION-1/confirm-receipt',
    '/shipping/test/payments/DEMO-TRANSACTION-1/settle',
  ])('POST %s is 404, saying they exist in sandbox mode only', async (path) => {
    const res = await request(app.getHttpServer()).post(path).expect(404);
    expect(res.body.message).toMatch(/sandbox mode only/);
  });

  it('an unknown sandbox payment is 404 naming it (sandbox mode)', async () => {
    const sandbox = await startDemoApp({});
    try {
      const res = await request(sandbox.getHttpServer())
        .post('/shipping/test/payments/NOPE-1/settle')
        .expect(404);
      expect(res.body.message).toContain('"NOPE-1"');
    } finally {
      await sandbox.close();
    }
  });
});
