import type request from 'supertest';

/** The demo's HTTP client in a test: `() => request(app.getHttpServer())`. */
type DemoHttp = () => ReturnType<typeof request>;

/** One move of the sandbox carrier: testUpdateOrder's action. */
export interface SandboxCarrierMove {
  readonly actionType: number;
  readonly actionMsg: string;
  readonly actionTime: number;
}

/** The carrier picks the parcel up (the walk-through's step 3). */
export const PICKED_UP: SandboxCarrierMove = {
  actionType: 100001,
  actionMsg: '揽件成功',
  actionTime: 1764140400,
};

/**
 * The sandbox carrier moves a TEST waybill (testUpdateOrder through the
 * demo): WeChat — the sandbox's emulator — pushes the track to the demo.
 */
export async function moveSandboxWaybill(
  http: DemoHttp,
  orderId: string,
  waybillId: string,
  move: SandboxCarrierMove,
): Promise<void> {
  await http()
    .post(`/logistics/test/orders/${orderId}/update`)
    .send({ bizId: 'test_biz_id', deliveryId: 'TEST', waybillId, ...move })
    .expect(200);
}

/** The sandbox carrier picks a TEST waybill up (`揽件成功`). */
export function pickUpSandboxWaybill(
  http: DemoHttp,
  orderId: string,
  waybillId: string,
): Promise<void> {
  return moveSandboxWaybill(http, orderId, waybillId, PICKED_UP);
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
