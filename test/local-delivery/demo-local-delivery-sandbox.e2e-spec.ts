import { SandboxService } from '../../apps/demo/src/sandbox/sandbox.service';
import { example, useBuyerSideSandbox } from '../support/buyer-side-sandbox';
import { PLATFORMS } from '../support/platforms';

const SHOP = 'test_shop_id';

/**
 * 即时配送 in sandbox mode, through the demo's routes, answered by the
 * emulator's own handlers and pushed back by it: quote, place, move a TEST
 * order through its statuses with the sandbox route, and the pushes show on
 * the tracking page's data (status words, final marked, rider, arrival);
 * cancelling another order after a rider took it costs a fee.
 */
describe.each(PLATFORMS)(
  'the demo’s local delivery in sandbox mode — on %s',
  (platform) => {
    const sandbox = useBuyerSideSandbox(platform);
    const { http } = sandbox;
    let run = 0;
    // Statuses happen after the order was placed (its 101 carries the emulator's now).
    const at = (minutes: number) =>
      Math.floor(Date.now() / 1000) + 60 * minutes;
    const fresh = () => `LOCAL-${platform}-${(run += 1)}-${Date.now()}`;
    const order = (shopOrderId: string) => ({
      ...example('local-add-order.json'),
      shopOrderId,
    });
    const place = async (shopOrderId: string) =>
      (
        await http()
          .post('/local-delivery/orders')
          .send(order(shopOrderId))
          .expect(201)
      ).body as Record<string, unknown>;
    const mock = (
      shopOrderId: string,
      orderStatus: number,
      actionTime: number,
    ) =>
      http()
        .post(`/local-delivery/test/orders/${shopOrderId}/status`)
        .send({ shopId: SHOP, orderStatus, actionTime })
        .expect(200, {});
    const onPage = async (shopOrderId: string) => {
      const res = await http().get('/tracking/local-orders').expect(200);
      return (res.body as { shopOrderId: string }[]).find(
        (o) => o.shopOrderId === shopOrderId,
      ) as Record<string, unknown> | undefined;
    };

    it('quotes, places, moves a sandbox order 102 → 202 → 301 → 302; the page data shows each status in words, the rider, the arrival, the final state', async () => {
      const shopOrderId = fresh();
      const quote = await http()
        .post('/local-delivery/orders/quote')
        .send(order(shopOrderId))
        .expect(200);
      expect(quote.body).toMatchObject({
        fee: expect.any(Number),
        distance: expect.any(Number),
        deliveryToken: expect.any(String),
      });
      const added = await http()
        .post('/local-delivery/orders')
        .send({
          ...order(shopOrderId),
          deliveryToken: quote.body.deliveryToken,
        })
        .expect(201);
      // The token kept the quoted price.
      expect(added.body).toMatchObject({
        fee: quote.body.fee,
        orderStatus: 101,
        waybillId: `${shopOrderId}_waybillid`,
      });

      await mock(shopOrderId, 102, at(1));
      await mock(shopOrderId, 202, at(5));
      await mock(shopOrderId, 301, at(10));
      const read = await http()
        .get(`/local-delivery/orders/${shopOrderId}`)
        .query({ shopId: SHOP })
        .expect(200);
      expect(read.body).toMatchObject({
        orderStatus: 301,
        orderStatusInfo: { zh: '配送中', en: 'in delivery' },
        riderName: '我是小哥',
        reachInSeconds: expect.any(Number),
      });
      const delivering = await onPage(shopOrderId);
      expect(delivering).toMatchObject({
        shopId: SHOP,
        orderStatus: 301,
        state: '配送中 · in delivery',
        rider: { name: '我是小哥', phone: '13712345678' },
        expectedArrival: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(delivering).not.toHaveProperty('final');
      // The push's reach_time, a timestamp, rendered as that instant.
      const pushes = await sandbox.app
        .get(SandboxService)
        .emulator!.localDelivery.pushes(shopOrderId);
      const reachAt = sandbox.app
        .get(SandboxService)
        .emulator!.localDelivery.order(shopOrderId)!.reachAt!;
      expect(pushes.length).toBe(4);
      expect(delivering!.expectedArrival).toBe(
        new Date(reachAt * 1000).toISOString(),
      );

      await mock(shopOrderId, 302, at(30));
      const delivered = await onPage(shopOrderId);
      expect(delivered).toMatchObject({
        orderStatus: 302,
        state: '配送成功 · delivered',
        final: 'success',
      });
      expect(delivered).not.toHaveProperty('expectedArrival');
      expect(
        (delivered!.steps as { orderStatus: number; state: string }[]).map(
          (s) => [s.orderStatus, s.state],
        ),
      ).toEqual([
        [101, '分配骑手 · waiting for a rider'],
        [102, '分配骑手成功 · rider assigned'],
        [202, '配送员取货完成 · picked up'],
        [301, '配送中 · in delivery'],
        [302, '配送成功 · delivered'],
      ]);
    });

    it('shows the fee of cancelling another order once a rider took it; the cancelled order is final (failed) on the page', async () => {
      const shopOrderId = fresh();
      const added = await place(shopOrderId);
      await mock(shopOrderId, 102, at(0));
      const body = {
        shopId: SHOP,
        deliveryId: 'TEST',
        waybillId: added.waybillId,
        cancelReasonId: 1,
      };
      const fee = await http()
        .post(`/local-delivery/orders/${shopOrderId}/cancel-fee`)
        .send(body)
        .expect(200);
      expect(fee.body.deductFee).toBeGreaterThan(0);
      const cancelled = await http()
        .post(`/local-delivery/orders/${shopOrderId}/cancel`)
        .send(body)
        .expect(200);
      expect(cancelled.body).toEqual({
        deductFee: fee.body.deductFee,
        desc: expect.any(String),
      });
      await sandbox.app.get(SandboxService).emulator!.pushes.settled();
      expect(await onPage(shopOrderId)).toMatchObject({
        orderStatus: 103,
        state: '商家取消 · cancelled by the merchant',
        final: 'fail',
      });
      // A finished order cannot be cancelled again: 409, the family's reading of 930565.
      const again = await http()
        .post(`/local-delivery/orders/${shopOrderId}/cancel`)
        .send(body)
        .expect(409);
      expect(again.body).toMatchObject({ errcode: 930565 });
    });

    it('moves only sandbox orders: another shopId is the documented 400, and an unknown order 404 (930563)', async () => {
      const res = await http()
        .post('/local-delivery/test/orders/NOPE-1/status')
        .send({ shopId: '1534713176', orderStatus: 102, actionTime: at(1) })
        .expect(400);
      expect(res.body.message).toEqual([
        'shopId must be "test_shop_id": mockUpdateOrder only moves sandbox orders (use realMockUpdateOrder for a carrier test account)',
      ]);
      const unknown = await http()
        .post('/local-delivery/test/orders/NOPE-1/status')
        .send({ shopId: SHOP, orderStatus: 102, actionTime: at(1) })
        .expect(404);
      expect(unknown.body).toMatchObject({ errcode: 930563 });
    });
  },
);
