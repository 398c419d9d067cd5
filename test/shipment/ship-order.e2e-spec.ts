import {
  toHttpException,
  WechatShipmentConflictError,
  type ShipOrderInput,
  WechatCarrierNotMappedError,
  WechatTransportError,
  WechatValidationError,
  type ShipmentState,
} from 'nestjs-wechat-logistics';
import { PATHS, shipInput, useShipmentHarness } from './ship-order-fixtures';

/** Waits (polling the emulator's own state, no wall-clock threshold) until `condition` holds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

/**
 * `WechatShipmentService.ship` against the emulator, in one process with a
 * real cache-manager store and the in-memory claim: one call books the
 * waybill, uploads the shipping info and registers tracking, each exactly
 * once however the call is repeated, crashed or raced.
 */
describe('shipping an order in one call (WechatShipmentService)', () => {
  const h = useShipmentHarness();
  const sent = () => ({
    addOrder: h.count(PATHS.addOrder),
    upload: h.count(PATHS.upload),
    trace: h.count(PATHS.trace),
  });
  const payment = (transactionId: string) =>
    h.wechat.shipping.get({ transactionId })!;

  it('books the waybill, uploads the shipping info with the mapped carrier and registers tracking, once each; records each step', async () => {
    const { orderId, transactionId, payer } = h.newOrder();
    const result = await h.shipments.ship(
      shipInput(orderId, transactionId, payer),
    );
    expect(result).toEqual({
      orderId,
      deliveryId: 'TEST',
      waybillId: expect.any(String),
      expressCompany: 'TEST',
      shippingUploaded: true,
      waybillToken: expect.any(String),
    });
    expect(sent()).toEqual({ addOrder: 1, upload: 1, trace: 1 });
    const upload = h.wechat.requests.last(PATHS.upload)!.body;
    expect(upload).toMatchObject({
      order_key: { order_number_type: 2, transaction_id: transactionId },
      logistics_type: 1,
      delivery_mode: 1,
      shipping_list: [
        {
          tracking_no: result.waybillId,
          express_company: 'TEST',
          item_desc: '咖啡豆*2',
        },
      ],
      payer: { openid: payer },
    });
    expect(payment(transactionId).shipping?.finishShippingCount).toBe(1);

    const state = (await h.shipments.shipment(orderId)) as ShipmentState;
    expect(state).toMatchObject({
      orderId,
      appId: h.wechat.appId,
      status: 'completed',
      steps: {
        waybill: {
          status: 'done',
          attempts: 1,
          result: { deliveryId: 'TEST', waybillId: result.waybillId },
        },
        shippingInfo: {
          status: 'done',
          attempts: 1,
          result: { expressCompany: 'TEST' },
        },
        tracking: {
          status: 'done',
          attempts: 1,
          result: { mode: 'trace', waybillToken: result.waybillToken },
        },
      },
    });
    // The same app named by forApp sees the same record.
    await expect(
      h.shipments.forApp(h.wechat.appId).shipment(orderId),
    ).resolves.toEqual(state);
  });

  it('answers a second ship from the record without calling WeChat', async () => {
    const { orderId, transactionId, payer } = h.newOrder();
    const first = await h.shipments.ship(
      shipInput(orderId, transactionId, payer),
    );
    h.wechat.requests.clear();
    await expect(
      h.shipments.ship(shipInput(orderId, transactionId, payer)),
    ).resolves.toEqual(first);
    expect(h.wechat.requests.all()).toHaveLength(0);
  });

  it('skips tracking when not asked, and follows when asked to', async () => {
    const a = h.newOrder();
    const plain = await h.shipments.ship(
      shipInput(a.orderId, a.transactionId, a.payer, null),
    );
    expect(plain.waybillToken).toBeUndefined();
    expect((await h.shipments.shipment(a.orderId))?.steps.tracking).toEqual({
      status: 'skipped',
      attempts: 0,
    });
    const b = h.newOrder();
    const followed = await h.shipments.ship(
      shipInput(b.orderId, b.transactionId, b.payer, {
        mode: 'follow',
        receiverPhone: '13800138000',
        goods: [{ name: '咖啡豆', imageUrl: 'https://example.com/a.png' }],
      }),
    );
    expect(followed.waybillToken).toEqual(expect.any(String));
    expect(h.count(PATHS.follow)).toBe(1);
    expect(h.count(PATHS.trace)).toBe(0);
  });

  describe('after a crash mid-step (the record left running)', () => {
    it('waybill running: finds the booked waybill with getOrder instead of booking another', async () => {
      const { orderId, transactionId, payer } = h.newOrder();
      // The waybill is booked; the upload never reaches WeChat (a reset before its handler).
      h.wechat.faults.inject({ path: PATHS.upload, reset: true, times: 1 });
      await expect(
        h.shipments.ship(shipInput(orderId, transactionId, payer, null)),
      ).rejects.toBeInstanceOf(WechatTransportError);
      // As if the process died after addOrder reached WeChat, before its answer was recorded.
      await h.editRecord(orderId, (s) => ({
        ...s,
        status: 'running',
        steps: {
          ...s.steps,
          waybill: { status: 'running', attempts: 1 },
          shippingInfo: { status: 'pending', attempts: 0 },
        },
      }));
      h.wechat.requests.clear();
      const again = await h.shipments.ship(
        shipInput(orderId, transactionId, payer, null),
      );
      expect(again.waybillId).toBe(h.wechat.orders.get(orderId)!.waybillId);
      expect(h.count(PATHS.addOrder)).toBe(0);
      expect(h.count(PATHS.getOrder)).toBe(1);
      expect(h.count(PATHS.upload)).toBe(1);
      expect(
        (await h.shipments.shipment(orderId))?.steps.waybill.attempts,
      ).toBe(2);
    });

    it('shipping info running: asks the payment and uploads nothing when WeChat has the shipment (the re-upload stays unspent)', async () => {
      const { orderId, transactionId, payer } = h.newOrder();
      await h.shipments.ship(shipInput(orderId, transactionId, payer, null));
      await h.editRecord(orderId, (s) => ({
        ...s,
        status: 'running',
        steps: {
          ...s.steps,
          shippingInfo: { status: 'running', attempts: 1 },
        },
      }));
      h.wechat.requests.clear();
      const again = await h.shipments.ship(
        shipInput(orderId, transactionId, payer, null),
      );
      expect(again.shippingUploaded).toBe(true);
      expect(h.count(PATHS.upload)).toBe(0);
      expect(h.count(PATHS.shippingOrder)).toBe(1);
      expect(payment(transactionId).shipping?.finishShippingCount).toBe(1);
    });

    it('shipping info running but never sent: the payment shows nothing, so it uploads once', async () => {
      const { orderId, transactionId, payer } = h.newOrder();
      await h.shipments.ship(shipInput(orderId, transactionId, payer, null));
      h.wechat.faults.inject({ path: PATHS.upload, reset: true, times: 1 });
      const other = h.newOrder(); // a fresh payment: nothing uploaded yet
      await expect(
        h.shipments.ship(
          shipInput(other.orderId, other.transactionId, other.payer, null),
        ),
      ).rejects.toBeInstanceOf(WechatTransportError);
      expect(payment(other.transactionId).shipping).toBeUndefined();
      h.wechat.requests.clear();
      await h.shipments.ship(
        shipInput(other.orderId, other.transactionId, other.payer, null),
      );
      expect(h.count(PATHS.shippingOrder)).toBe(1);
      expect(h.count(PATHS.upload)).toBe(1);
      expect(payment(other.transactionId).shipping?.finishShippingCount).toBe(
        1,
      );
    });

    it('tracking running without a token: registers again, once', async () => {
      const { orderId, transactionId, payer } = h.newOrder();
      await h.shipments.ship(shipInput(orderId, transactionId, payer));
      await h.editRecord(orderId, (s) => ({
        ...s,
        status: 'running',
        steps: { ...s.steps, tracking: { status: 'running', attempts: 1 } },
      }));
      h.wechat.requests.clear();
      const again = await h.shipments.ship(
        shipInput(orderId, transactionId, payer),
      );
      expect(again.waybillToken).toEqual(expect.any(String));
      expect(sent()).toEqual({ addOrder: 0, upload: 0, trace: 1 });
    });
  });

  describe('when a step times out (WeChat acted, its answer lost)', () => {
    it('addOrder: the call fails and records it; ship again finds the waybill — one addOrder in all', async () => {
      const { orderId, transactionId, payer } = h.newOrder();
      h.wechat.faults.inject({ path: PATHS.addOrder, delayMs: 3000, times: 1 });
      // addOrder's own reconcile cannot tell either: its getOrder lookups time out too.
      h.wechat.faults.inject({
        path: PATHS.getOrder,
        delayMs: 3000,
        times: 10,
      });
      const error = await h.shipments
        .ship(shipInput(orderId, transactionId, payer))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WechatTransportError);
      const failed = await h.shipments.shipment(orderId);
      expect(failed?.status).toBe('failed');
      expect(failed?.steps.waybill).toMatchObject({
        status: 'failed',
        attempts: 1,
        error: { message: (error as Error).message, httpStatus: 504 },
      });
      await until(() => h.wechat.orders.get(orderId) !== undefined);
      h.wechat.faults.clear();
      const result = await h.shipments.ship(
        shipInput(orderId, transactionId, payer),
      );
      expect(result.waybillId).toBe(h.wechat.orders.get(orderId)!.waybillId);
      expect(sent()).toEqual({ addOrder: 1, upload: 1, trace: 1 });
    });

    it('upload: the error keeps its advice; ship again asks getOrder and does not upload again', async () => {
      const { orderId, transactionId, payer } = h.newOrder();
      h.wechat.faults.inject({ path: PATHS.upload, delayMs: 3000, times: 1 });
      const error = await h.shipments
        .ship(shipInput(orderId, transactionId, payer))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WechatTransportError);
      expect((error as WechatTransportError).advice).toMatch(
        /Check with getOrder/,
      );
      const recorded = await h.shipments.shipment(orderId);
      expect(recorded?.steps.shippingInfo.error?.message).toMatch(
        /Check with getOrder/,
      );
      expect(recorded?.steps.tracking.status).toBe('pending');
      await until(() => payment(transactionId).shipping !== undefined);
      const result = await h.shipments.ship(
        shipInput(orderId, transactionId, payer),
      );
      expect(result.shippingUploaded).toBe(true);
      expect(sent()).toEqual({ addOrder: 1, upload: 1, trace: 1 });
      expect(payment(transactionId).shipping?.finishShippingCount).toBe(1);
    });

    it('tracking: the failure is recorded; ship again registers once more and completes', async () => {
      const { orderId, transactionId, payer } = h.newOrder();
      // A refusal the client does not retry (the daily quota), once.
      h.wechat.faults.inject({ path: PATHS.trace, errcode: 9300513, times: 1 });
      await expect(
        h.shipments.ship(shipInput(orderId, transactionId, payer)),
      ).rejects.toMatchObject({ errcode: 9300513 });
      expect((await h.shipments.shipment(orderId))?.steps.tracking.status).toBe(
        'failed',
      );
      const result = await h.shipments.ship(
        shipInput(orderId, transactionId, payer),
      );
      expect(result.waybillToken).toEqual(expect.any(String));
      expect(sent()).toEqual({ addOrder: 1, upload: 1, trace: 2 });
    });
  });

  it('refuses to replace a different shipment the payment already shows (its one re-upload)', async () => {
    const { orderId, transactionId, payer } = h.newOrder();
    await h.shipments.ship(shipInput(orderId, transactionId, payer, null));
    const second = h.newOrder();
    // Another order of ours, made to fail its upload, then pointed at the first payment.
    h.wechat.faults.inject({ path: PATHS.upload, errcode: -1, times: 5 });
    await expect(
      h.shipments.ship(shipInput(second.orderId, transactionId, payer, null)),
    ).rejects.toThrow();
    h.wechat.faults.clear();
    h.wechat.requests.clear();
    const conflict = await h.shipments
      .ship(shipInput(second.orderId, transactionId, payer, null))
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(WechatShipmentConflictError);
    expect(
      toHttpException(conflict as WechatShipmentConflictError).getStatus(),
    ).toBe(409);
    expect((conflict as Error).message).toContain('one re-upload');
    expect(h.count(PATHS.upload)).toBe(0);
    expect(payment(transactionId).shipping?.finishShippingCount).toBe(1);
  });

  it('runs two concurrent ship calls for one order once', async () => {
    const { orderId, transactionId, payer } = h.newOrder();
    const [a, b] = await Promise.all([
      h.shipments.ship(shipInput(orderId, transactionId, payer)),
      h.shipments.ship(shipInput(orderId, transactionId, payer)),
    ]);
    expect(b).toEqual(a);
    expect(sent()).toEqual({ addOrder: 1, upload: 1, trace: 1 });
    expect(h.count(PATHS.getOrder)).toBe(0);
  });

  it('sends nothing for an invalid input, naming every broken rule', async () => {
    const { orderId, transactionId, payer } = h.newOrder();
    const valid = shipInput(orderId, transactionId, payer);
    const input = {
      ...valid,
      itemDesc: 'x'.repeat(121),
      payment: {},
      waybill: { ...valid.waybill, orderId: 'other' },
      tracking: { ...valid.tracking!, goods: [] },
    } as unknown as ShipOrderInput;
    const error = await h.shipments.ship(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatValidationError);
    expect((error as WechatValidationError).messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^itemDesc/),
        expect.stringMatching(/^payment\.mchid/),
        expect.stringMatching(/^waybill\.orderId is not taken here/),
        expect.stringMatching(/^tracking\.goods/),
      ]),
    );
    expect(h.wechat.requests.all()).toHaveLength(0);
    expect(await h.shipments.shipment(orderId)).toBeUndefined();
  });

  it('sends nothing for a carrier without a code, naming it', async () => {
    const { orderId, transactionId, payer } = h.newOrder();
    const input = shipInput(orderId, transactionId, payer);
    input.waybill.deliveryId = 'NOPE';
    const error = await h.shipments.ship(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatCarrierNotMappedError);
    expect((error as Error).message).toContain('"NOPE"');
    expect(h.count(PATHS.addOrder) + h.count(PATHS.upload)).toBe(0);
    expect(await h.shipments.shipment(orderId)).toBeUndefined();
  });
});
