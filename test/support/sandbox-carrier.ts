import type request from 'supertest';

/** The demo's HTTP client in a test: `() => request(app.getHttpServer())`. */
type DemoHttp = () => ReturnType<typeof request>;

/**
 * The sandbox carrier picks a TEST waybill up (testUpdateOrder through the
 * demo, `揽件成功`): WeChat — the sandbox's emulator — pushes the track.
 */
export async function pickUpSandboxWaybill(
  http: DemoHttp,
  orderId: string,
  waybillId: string,
): Promise<void> {
  await http()
    .post(`/logistics/test/orders/${orderId}/update`)
    .send({
      bizId: 'test_biz_id',
      deliveryId: 'TEST',
      waybillId,
      actionTime: 1764140400,
      actionType: 100001,
      actionMsg: '揽件成功',
    })
    .expect(200);
}

/** The buyer confirms receipt of a sandbox payment's goods, then WeChat settles it (each pushed). */
export async function settleSandboxPayment(
  http: DemoHttp,
  transactionId: string,
): Promise<void> {
  await http()
    .post(`/shipping/test/payments/${transactionId}/confirm-receipt`)
    .expect(200);
  await http()
    .post(`/shipping/test/payments/${transactionId}/settle`)
    .expect(200);
}
