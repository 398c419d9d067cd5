import { PLATFORMS } from './support/platforms';
import { type INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { SandboxService } from '../apps/demo/src/sandbox/sandbox.service';
import { startDemoApp } from './support/demo-app';

/** The README's sandbox walk-through, step by step, with the same example files its curl commands send. */
const example = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(join(__dirname, '..', 'docs', 'examples', name), 'utf8'),
  ) as Record<string, unknown>;

describe.each(PLATFORMS)('README sandbox walk-through — on %s', (platform) => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await startDemoApp({}, false, platform);
    // As main.ts does: once the demo listens, the sandbox's emulator pushes to it.
    await app.listen(0, '127.0.0.1');
    app.get(SandboxService).connectPush(await app.getUrl());
  });
  afterAll(() => app.close());
  const http = () => request(app.getHttpServer());

  it('lists carriers → adds a TEST order → moves it → reads its path → cannot cancel it → cancels another', async () => {
    const carriers = await http().get('/logistics/deliveries').expect(200);
    expect(carriers.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          deliveryId: 'TEST',
          serviceType: [{ serviceType: 1, serviceName: 'test_service_name' }],
        }),
      ]),
    );

    const added = await http()
      .post('/logistics/orders')
      .send(example('add-order.json'))
      .expect(201);
    expect(added.body).toEqual({
      orderId: 'WALK-1',
      waybillId: expect.any(String),
      waybillData: expect.any(Array),
    });
    const waybillId = added.body.waybillId as string;

    const label = await http()
      .get(
        `/logistics/orders/WALK-1?deliveryId=TEST&waybillId=${waybillId}&printType=1`,
      )
      .expect(200);
    expect(label.body).toMatchObject({
      orderId: 'WALK-1',
      waybillId,
      orderStatus: 0,
    });
    expect(
      Buffer.from(label.body.printHtml as string, 'base64').toString('utf8'),
    ).toContain(waybillId);

    await http()
      .post('/logistics/test/orders/WALK-1/update')
      .send({
        bizId: 'test_biz_id',
        deliveryId: 'TEST',
        waybillId,
        actionTime: 1764140400,
        actionType: 100001,
        actionMsg: '揽件成功',
      })
      .expect(200);

    // WeChat (here the sandbox's emulator) pushes add_express_path to the demo, signed and encrypted.
    await app.get(SandboxService).emulator?.pushes.settled();
    const events = await http()
      .get('/logistics/orders/WALK-1/events')
      .expect(200);
    expect(events.body).toEqual([
      expect.objectContaining({
        orderId: 'WALK-1',
        waybillId,
        deliveryId: 'TEST',
        version: 1,
        count: 1,
        stale: false,
        actions: [
          { actionTime: 1764140400, actionType: 100001, actionMsg: '揽件成功' },
        ],
      }),
    ]);

    const path = await http()
      .get(
        `/logistics/orders/WALK-1/path?deliveryId=TEST&waybillId=${waybillId}`,
      )
      .expect(200);
    expect(path.body).toMatchObject({
      deliveryId: 'TEST',
      waybillId,
      pathItemNum: 1,
      pathItemList: [
        { actionTime: 1764140400, actionType: 100001, actionMsg: '揽件成功' },
      ],
    });

    const refused = await http()
      .post('/logistics/orders/WALK-1/cancel')
      .send({ deliveryId: 'TEST', waybillId })
      .expect(409);
    expect(refused.body).toMatchObject({ errcode: 9300506 });

    const second = await http()
      .post('/logistics/orders')
      .send(example('add-order-2.json'))
      .expect(201);
    await http()
      .post('/logistics/orders/WALK-2/cancel')
      .send({ deliveryId: 'TEST', waybillId: second.body.waybillId })
      .expect(200, { deliveryResultcode: 0, deliveryResultmsg: '' });

    const batch = await http()
      .post('/logistics/orders/batch-get')
      .send({
        orderList: [
          { orderId: 'WALK-2', deliveryId: 'TEST' },
          { orderId: 'NOPE', deliveryId: 'TEST' },
        ],
      })
      .expect(200);
    expect(batch.body.orderList).toEqual([
      expect.objectContaining({ ok: true, orderId: 'WALK-2', orderStatus: 1 }),
      expect.objectContaining({ ok: false, orderId: 'NOPE', errcode: 930563 }),
    ]);
  });

  it('binds a carrier account, lists it with its quota, and manages printers', async () => {
    await http()
      .post('/logistics/accounts/bind')
      .send({
        type: 'bind',
        bizId: 'YTO_DEMO',
        deliveryId: 'YTO',
        password: 'pw',
      })
      .expect(200, { underReview: false });
    const accounts = await http().get('/logistics/accounts').expect(200);
    expect(accounts.body.list).toEqual([
      expect.objectContaining({
        bizId: 'YTO_DEMO',
        deliveryId: 'YTO',
        statusCode: 0,
      }),
    ]);
    await http()
      .get('/logistics/quota?deliveryId=YTO&bizId=YTO_DEMO')
      .expect(200, { quotaNum: 100 });

    await http()
      .post('/logistics/printers')
      .send({ openid: 'oPrinter1', updateType: 'bind', tagidList: '123,456' })
      .expect(200, {});
    const printers = await http().get('/logistics/printers').expect(200);
    expect(printers.body).toEqual({
      count: 1,
      openid: ['oPrinter1'],
      tagidList: ['123', '456'],
    });
  });

  it('refuses bad input on the new routes with a 400 naming the field', async () => {
    const bad = { ...example('add-order.json'), expectTime: Date.now() };
    const res = await http().post('/logistics/orders').send(bad).expect(400);
    expect(res.body.message).toEqual([
      expect.stringMatching(/^expectTime .*milliseconds/),
    ]);
    await http()
      .get('/logistics/orders/WALK-1?deliveryId=TEST&printType=7')
      .expect(400);
    await http().get('/logistics/quota?deliveryId=YTO').expect(400);
  });
});
