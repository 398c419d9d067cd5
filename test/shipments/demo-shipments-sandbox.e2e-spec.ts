import { type INestApplication } from '@nestjs/common';
import { get as httpGet } from 'node:http';
import request from 'supertest';
import { SandboxService } from '../../apps/demo/src/sandbox/sandbox.service';
import { startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';
import { shipBody } from './shipment-route-fixtures';
import { pickUpSandboxWaybill } from '../support/sandbox-carrier';

/**
 * One order shipped end to end in sandbox mode, as the README walks it: a
 * sandbox payment, `POST /shipments`, the carrier moving the waybill, the
 * buyer confirming receipt and WeChat settling — then the shipment's state
 * and what the tracking page reads: the three steps done, the waybill's
 * track and the payment settled beside it.
 */
describe.each(PLATFORMS)('a shipment in the sandbox — on %s', (platform) => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await startDemoApp({}, false, platform);
    // As main.ts does: once the demo listens, the sandbox's emulator pushes to it.
    await app.listen(0, '127.0.0.1');
    app
      .get(SandboxService)
      .connectPush((await app.getUrl()).replace('[::1]', '127.0.0.1'));
  });
  afterAll(() => app?.close());
  const http = () => request(app.getHttpServer());

  it('ships, moves, settles, and shows it all on the shipment and its waybill', async () => {
    const orderId = `SHIP-SANDBOX-${platform}`;
    const paid = await http().post('/shipping/test/payments').expect(201);
    const tx = paid.body.transactionId as string;

    const shipped = await http()
      .post('/shipments')
      .send(shipBody(orderId, tx))
      .expect(201);
    expect(shipped.body).toMatchObject({
      orderId,
      deliveryId: 'TEST',
      expressCompany: 'TEST',
      shippingUploaded: true,
    });
    const waybillId = shipped.body.waybillId as string;

    await pickUpSandboxWaybill(http, orderId, waybillId);
    await http()
      .post(`/shipping/test/payments/${tx}/confirm-receipt`)
      .expect(200);
    await http()
      .post(`/shipping/test/payments/${tx}/settle`)
      .expect(200)
      .expect(({ body }) => expect(body).toMatchObject({ orderState: 4 }));

    const state = await http().get(`/shipments/${orderId}`).expect(200);
    expect(state.body).toMatchObject({
      status: 'completed',
      steps: {
        waybill: { status: 'done', attempts: 1 },
        shippingInfo: { status: 'done', attempts: 1 },
        tracking: { status: 'done', attempts: 1 },
      },
    });

    const shipments = await http().get('/tracking/shipments').expect(200);
    expect(
      (shipments.body as { orderId: string }[]).find(
        (s) => s.orderId === orderId,
      ),
    ).toMatchObject({
      status: 'completed',
      state: '已发货 · shipped',
      waybillId,
      steps: [
        { step: 'waybill', status: 'done', outcome: `TEST ${waybillId}` },
        {
          step: 'shippingInfo',
          status: 'done',
          outcome: 'express_company TEST',
        },
        {
          step: 'tracking',
          status: 'done',
          outcome: `查询组件 · query token ${shipped.body.waybillToken}`,
        },
      ],
    });
    // The waybill's card: its track, and its payment settled (the push the settle caused).
    const waybills = await http().get('/tracking/waybills').expect(200);
    expect(
      (waybills.body as { waybillId: string }[]).find(
        (w) => w.waybillId === waybillId,
      ),
    ).toMatchObject({
      orderId,
      nodes: [{ action: '揽件成功 · picked up' }],
      shipping: { transactionId: tx, stage: 'settled', orderState: 4 },
    });
  });

  it('sends `event: shipment` on the tracking stream with a TrackedShipment, as OpenAPI documents it', async () => {
    const docs = await http().get('/docs-json').expect(200);
    const stream = docs.body.paths['/tracking/stream'].get.responses['200'];
    expect(stream.description).toContain(
      '`event: shipment` carries one TrackedShipment (schema: #/components/schemas/TrackedShipment)',
    );
    const schema = docs.body.components.schemas.TrackedShipment as {
      properties: Record<string, unknown>;
      required: string[];
    };

    const orderId = `SHIP-STREAM-${platform}`;
    const paid = await http().post('/shipping/test/payments').expect(201);
    const body = shipBody(orderId, paid.body.transactionId as string);
    const chunks: string[] = [];
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const listener = httpGet(`${base}/tracking/stream`, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => chunks.push(chunk));
    });
    listener.on('error', () => undefined);
    const shipmentMessage = () =>
      chunks
        .join('')
        .split('\n\n')
        .find(
          (message) =>
            message.startsWith('event: shipment\n') &&
            message.includes(`"orderId":"${orderId}"`),
        );
    try {
      // Nothing tells when the stream is subscribed: the shipment is asked
      // for again (answered from its record) until a message comes.
      for (let attempt = 0; attempt < 100 && !shipmentMessage(); attempt += 1) {
        await http().post('/shipments').send(body).expect(201);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      listener.destroy();
    }
    const message = shipmentMessage();
    expect(message).toBeDefined();
    const data = JSON.parse(
      (message ?? '')
        .split('\n')
        .find((line) => line.startsWith('data: '))
        ?.slice('data: '.length) ?? '{}',
    ) as Record<string, unknown>;
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(Object.keys(data)),
    );
    expect(Object.keys(data)).toEqual(expect.arrayContaining(schema.required));
    expect(data).toMatchObject({ orderId, steps: expect.any(Array) });
  });

  it('lists a shipment on the page once it has a record, the most recently shipped first; a call refused before the first step (an unmapped carrier) leaves no trace', async () => {
    const [first, second] = [`LIST-A-${platform}`, `LIST-B-${platform}`];
    const pay = async () =>
      (await http().post('/shipping/test/payments').expect(201)).body
        .transactionId as string;
    // Refused by the library before the first step: 品骏 has no code for the upload.
    const refused = shipBody(first, await pay());
    (refused.waybill as Record<string, unknown>).deliveryId = 'PJ';
    await http().post('/shipments').send(refused).expect(500);
    await http()
      .post('/shipments')
      .send(shipBody(second, await pay()))
      .expect(201);
    await http()
      .post('/shipments')
      .send(shipBody(first, await pay()))
      .expect(201);
    const listed = await http().get('/tracking/shipments').expect(200);
    expect(
      (listed.body as { orderId: string }[])
        .map((shipment) => shipment.orderId)
        .filter((orderId) => orderId.startsWith('LIST-')),
    ).toEqual([first, second]);
  });
});
