import { type INestApplication } from '@nestjs/common';
import { errcodeEntryFor } from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { SHIPMENT_STEP_CALLS } from '../../apps/demo/src/shipments/shipment-route-errors';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { type ErrorExample, type Responses } from '../support/family-routes';
import { PLATFORMS } from '../support/platforms';
import {
  STEP_PATHS,
  type StepName,
  seedPayment,
  shipBody,
  stepRequests,
} from './shipment-route-fixtures';

const EXTRA_APP = { appId: 'wxshipmentroute1', appSecret: 'extra-secret' };

type Operation = { operationId: string; responses: Responses };

/**
 * `POST /shipments` and `GET /shipments/:orderId`, and their
 * `/shipments/apps/:appId` twins, on each platform against one emulator:
 * a shipment makes its three WeChat calls once and answers the result; the
 * same call again sends nothing; bad input and an unmapped carrier are
 * refused before anything is sent; each step's WeChat refusal is answered
 * with the status and body OpenAPI documents for it, and recorded on the
 * step. Every error documented is checked against what the route answers.
 */
describe.each(PLATFORMS)('shipment routes — on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  let paths: Record<string, Record<string, Operation>>;
  let serial = 0;
  /** A fresh order id: a shipment is keyed by it. */
  const nextOrder = () => `SHIP-${platform}-${(serial += 1)}`;

  beforeAll(async () => {
    wechat = await WechatEmulator.start({ apps: [EXTRA_APP] });
    app = await startDemoApp(
      emulatorEnv(wechat, {
        WECHAT_EXTRA_APPS: JSON.stringify([EXTRA_APP]),
        // The upload is sent once: a reply slowed by a loaded machine must not become a 504.
        WECHAT_TIMEOUT_MS: '3000',
        CARRIER_CODES: '{"TEST":"TEST"}',
      }),
      false,
      platform,
    );
    paths = (await request(app.getHttpServer()).get('/docs-json').expect(200))
      .body.paths;
  });
  afterAll(async () => {
    await app?.close();
    await wechat?.stop();
  });
  beforeEach(() => {
    wechat.faults.clear();
    wechat.requests.clear();
  });

  const http = () => request(app.getHttpServer());
  const documented = (path: string, method: 'get' | 'post') =>
    paths[path][method];
  const examplesOf = (responses: Responses, status: string) =>
    Object.entries<ErrorExample>(
      responses[status]?.content?.['application/json'].examples ?? {},
    );

  it('POST /shipments ships: one waybill, one upload, one tracking registration, and answers the result (201, operation ship)', async () => {
    const orderId = nextOrder();
    const res = await http()
      .post('/shipments')
      .send(shipBody(orderId, seedPayment(wechat)))
      .expect(201);
    expect(res.body).toEqual({
      orderId,
      deliveryId: 'TEST',
      waybillId: expect.any(String),
      expressCompany: 'TEST',
      shippingUploaded: true,
      waybillToken: expect.any(String),
    });
    expect(stepRequests(wechat)).toEqual({
      waybill: 1,
      shippingInfo: 1,
      tracking: 1,
    });
    const [upload] = wechat.requests.forPath(STEP_PATHS.shippingInfo) as {
      body: { order_key: { transaction_id: string } };
    }[];
    expect(upload.body).toMatchObject({
      shipping_list: [
        {
          tracking_no: res.body.waybillId,
          express_company: 'TEST',
          item_desc: '咖啡豆*1',
        },
      ],
    });
    expect(documented('/shipments', 'post').operationId).toBe('ship');

    // The same call again: the same answer from the record, nothing sent.
    wechat.requests.clear();
    const again = await http()
      .post('/shipments')
      .send(shipBody(orderId, upload.body.order_key.transaction_id))
      .expect(201);
    expect(again.body).toEqual(res.body);
    expect(stepRequests(wechat)).toEqual({
      waybill: 0,
      shippingInfo: 0,
      tracking: 0,
    });
  });

  it('GET /shipments/:orderId answers each step’s state (operation shipment), and 404 for an order never shipped', async () => {
    const orderId = nextOrder();
    const shipped = await http()
      .post('/shipments')
      .send(shipBody(orderId, seedPayment(wechat)))
      .expect(201);
    const res = await http().get(`/shipments/${orderId}`).expect(200);
    expect(res.body).toMatchObject({
      orderId,
      appId: wechat.appId,
      status: 'completed',
      steps: {
        waybill: {
          status: 'done',
          attempts: 1,
          result: { deliveryId: 'TEST', waybillId: shipped.body.waybillId },
        },
        shippingInfo: {
          status: 'done',
          attempts: 1,
          result: { expressCompany: 'TEST' },
        },
        tracking: {
          status: 'done',
          attempts: 1,
          result: { mode: 'trace', waybillToken: shipped.body.waybillToken },
        },
      },
    });
    expect(documented('/shipments/{orderId}', 'get').operationId).toBe(
      'shipment',
    );

    const missing = await http().get('/shipments/NEVER-SHIPPED').expect(404);
    expect(missing.body).toEqual({
      statusCode: 404,
      message:
        'No shipment with orderId "NEVER-SHIPPED" (POST /shipments ships one)',
      error: 'Not Found',
    });
  });

  it('the /shipments/apps/:appId twins ship with that app’s token and read that app’s shipment (operations shipForApp, shipmentForApp)', async () => {
    const orderId = nextOrder();
    const prefix = `/shipments/apps/${EXTRA_APP.appId}`;
    const res = await http()
      .post(prefix)
      .send(shipBody(orderId, seedPayment(wechat, EXTRA_APP.appId)))
      .expect(201);
    expect(res.body).toMatchObject({ orderId, shippingUploaded: true });
    for (const path of Object.values(STEP_PATHS)) {
      const sent = wechat.requests.forPath(path);
      expect(sent).toHaveLength(1);
      expect(
        wechat.app(EXTRA_APP.appId).tokens.isValid(sent[0].query.access_token),
      ).toBe(true);
    }
    await http()
      .get(`${prefix}/${orderId}`)
      .expect(200)
      .expect(({ body }) =>
        expect(body).toMatchObject({
          appId: EXTRA_APP.appId,
          status: 'completed',
        }),
      );
    // Another app's order: not this one's.
    await http().get(`/shipments/${orderId}`).expect(404);
    expect(documented('/shipments/apps/{appId}', 'post').operationId).toBe(
      'shipForApp',
    );
    expect(
      documented('/shipments/apps/{appId}/{orderId}', 'get').operationId,
    ).toBe('shipmentForApp');
    const unknown = await http()
      .post('/shipments/apps/wx00000000000unknown')
      .send(shipBody(nextOrder(), seedPayment(wechat)))
      .expect(404);
    expect(unknown.body).toMatchObject({ appId: 'wx00000000000unknown' });
    expect(stepRequests(wechat)).toEqual({
      waybill: 1,
      shippingInfo: 1,
      tracking: 1,
    });
  });

  it('bad input is the documented 400 naming the field, and nothing is sent', async () => {
    const [[, example]] = examplesOf(
      documented('/shipments', 'post').responses,
      '400',
    );
    const body = shipBody(nextOrder(), seedPayment(wechat));
    body.payerOpenid = 'not an openid!';
    const res = await http().post('/shipments').send(body).expect(400);
    expect(res.body).toEqual(example.value);
    expect(
      wechat.requests.all().filter((r) => !r.path.includes('token')),
    ).toEqual([]);
  });

  it('?wait=false without durable shipments is a 400 saying how to turn them on, and nothing is sent', async () => {
    const res = await http()
      .post('/shipments?wait=false')
      .send(shipBody(nextOrder(), seedPayment(wechat)))
      .expect(400);
    expect(res.body.message).toEqual([
      'wait=false needs durable shipments: start the demo with WECHAT_SHIPMENT_DELIVERY=queue (and REDIS_URL)',
    ]);
    expect(wechat.requests.all()).toEqual([]);
  });

  it.each([
    ['a carrier without a code', 'PJ', '500', 'carrierNotMapped'],
    [
      'a carrier the logistics assistant does not list',
      'NOPE',
      '404',
      'unknownCarrier',
    ],
  ])(
    '%s is the documented answer naming it, and no step is sent',
    async (_case, deliveryId, status, key) => {
      const example = examplesOf(
        documented('/shipments', 'post').responses,
        status,
      ).find(([name]) => name === key)?.[1];
      expect(example).toBeDefined();
      const body = shipBody(nextOrder(), seedPayment(wechat));
      (body.waybill as Record<string, unknown>).deliveryId = deliveryId;
      const res = await http()
        .post('/shipments')
        .send(body)
        .expect(Number(status));
      expect(res.body).toEqual(example?.value);
      expect(stepRequests(wechat)).toEqual({
        waybill: 0,
        shippingInfo: 0,
        tracking: 0,
      });
    },
  );

  it('each step’s documented WeChat errcode is answered with its documented status and body, and recorded on that step', async () => {
    const { responses } = documented('/shipments', 'post');
    const cases = Object.keys(responses)
      .filter((status) => Number(status) >= 400)
      .flatMap((status) =>
        examplesOf(responses, status).map(([key, example]) => ({
          status: Number(status),
          key,
          example,
        })),
      )
      .flatMap(({ status, key, example }) => {
        const step = /^(waybill|shippingInfo|tracking)Errcode/.exec(key)?.[1];
        const errcode = example.value.errcode;
        if (step === undefined || errcode === undefined) return [];
        const api = SHIPMENT_STEP_CALLS.find((c) => c.step === step)?.api;
        const entry = errcodeEntryFor(errcode, api ?? '');
        // Busy answers are retried by the steps that may repeat; -1 shows under 503 anyway.
        return entry?.kind === 'busy'
          ? []
          : [{ status, step: step as StepName, errcode, example }];
      });
    expect(new Set(cases.map((c) => c.step))).toEqual(
      new Set(['waybill', 'shippingInfo', 'tracking']),
    );
    for (const { status, step, errcode, example } of cases) {
      const orderId = nextOrder();
      const { deliveryResultcode, deliveryResultmsg } = example.value as {
        deliveryResultcode?: number;
        deliveryResultmsg?: string;
      };
      wechat.faults.inject({
        path: STEP_PATHS[step],
        errcode,
        times: 1,
        // A carrier's refusal comes with the carrier's own code, as the example shows.
        ...(deliveryResultcode !== undefined && {
          body: {
            delivery_resultcode: deliveryResultcode,
            delivery_resultmsg: deliveryResultmsg,
          },
        }),
      });
      const res = await http()
        .post('/shipments')
        .send(shipBody(orderId, seedPayment(wechat)));
      expect({ step, errcode, status: res.status, body: res.body }).toEqual({
        step,
        errcode,
        status,
        body: {
          ...example.value,
          errmsg: expect.any(String),
          rid: expect.any(String),
        },
      });
      const state = await http().get(`/shipments/${orderId}`).expect(200);
      expect(state.body.steps[step]).toMatchObject({
        status: 'failed',
        error: { errcode, httpStatus: status },
      });
    }
  }, 120_000);
});
