import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from './support/demo-app';

interface Example {
  summary: string;
  value: {
    statusCode: number;
    message: unknown;
    error: string;
    errcode?: number;
  };
}
interface Response {
  description: string;
  content?: Record<
    string,
    { schema?: unknown; example?: unknown; examples?: Record<string, Example> }
  >;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: {
    name: string;
    in: string;
    schema?: { example?: unknown };
    example?: unknown;
  }[];
  responses: Record<string, Response>;
}
type Paths = Record<string, Record<string, Operation>>;

/** The tags of the routes that call WeChat. */
const WECHAT_BACKED = [
  'orders',
  'accounts',
  'carriers',
  'printers',
  'sandbox',
  'shipping',
  'waybill-tracking',
  'returns',
  'local-delivery',
  'intracity',
];

/**
 * The OpenAPI document at /docs is complete: a success schema for every
 * operation, every WeChat-backed operation's error responses with example
 * bodies of the one error family, examples for path parameters, and WeChat's
 * push callback documented as such.
 */
describe("the demo's OpenAPI document", () => {
  let app: INestApplication;
  let paths: Paths;
  let schemas: Record<
    string,
    {
      properties?: Record<
        string,
        { example?: unknown; type?: unknown; $ref?: string; items?: unknown }
      >;
    }
  >;
  beforeAll(async () => {
    app = await startDemoApp({});
    const docs = await request(app.getHttpServer())
      .get('/docs-json')
      .expect(200);
    paths = docs.body.paths as Paths;
    schemas = docs.body.components.schemas;
  });
  afterAll(() => app?.close());

  const operations = () =>
    Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        path,
        method,
        operation,
      })),
    );
  const wechatBacked = () =>
    operations().filter(({ operation }) =>
      operation.tags?.some((tag) => WECHAT_BACKED.includes(tag)),
    );

  it('documents a success response with a schema for every operation', () => {
    const missing = operations()
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses).find(([status]) =>
          status.startsWith('2'),
        )?.[1];
        return !Object.values(success?.content ?? {}).some(
          (c) => c.schema !== undefined,
        );
      })
      .map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
    // 12 logistics + 12 shipping + 9 waybill-tracking + 7 returns + 14 local
    // delivery + 16 intracity operations, on the default app's paths and the app routes
    expect(wechatBacked().length).toBe(140);
  });

  it('documents each result type as a class whose fields carry examples', () => {
    for (const name of [
      'AddOrderResult',
      'CancelOrderResult',
      'GetPathResult',
      'PathItem',
      'GetAllAccountResult',
      'AccountInfo',
      'GetOrderResult',
      'BatchGetOrderFound',
      'BatchGetOrderFailed',
      'GetQuotaResult',
      'GetPrinterResult',
      'DeliveryInfo',
      'ShippingOrder',
      'ShippingOrderPackage',
      'GetShippingOrderListResult',
      'IsTradeManagedResult',
      'IsTradeManagementConfirmationCompletedResult',
      'FamousBrandApplicationStatus',
      'TraceWaybillResult',
      'WaybillTraceResult',
      'GetDeliveryListResult',
      'AddReturnIdResult',
      'GetReturnIdResult',
      'WaybillBuyerLinks',
      'LinkedReturn',
      'SandboxReturnResult',
      'ShipmentResultSchema',
      'ShipmentStateSchema',
      'StepStateSchema',
      'TrackedShipment',
      'TrackedShipmentStep',
    ]) {
      const properties = Object.entries(schemas[name]?.properties ?? {});
      expect(properties.length).toBeGreaterThan(0);
      for (const [field, property] of properties)
        if (property.$ref === undefined && property.type !== 'array')
          expect({ name, field, example: property.example }).toEqual({
            name,
            field,
            example: expect.anything(),
          });
    }
    expect(
      paths['/logistics/orders/{orderId}/cancel'].post.responses['200']
        .content?.['application/json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/CancelOrderResult',
    });
    expect(paths['/logistics/orders'].post.responses['201']).toBeDefined();
  });

  it('documents the errors of every WeChat-backed operation with example bodies of the one family', () => {
    for (const { method, path, operation } of wechatBacked()) {
      const statuses = Object.keys(operation.responses);
      expect({ path, method, statuses }).toEqual({
        path,
        method,
        statuses: expect.arrayContaining(['500', '502', '503', '504']),
      });
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        const examples = Object.values(
          operation.responses[status].content?.['application/json'].examples ??
            {},
        );
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
          expect(example.value).toMatchObject({
            statusCode: Number(status),
            message: expect.anything(),
            error: expect.any(String),
          });
        }
      }
    }
    const cancel = paths['/logistics/orders/{orderId}/cancel'].post.responses;
    expect(Object.keys(cancel)).toEqual(
      expect.arrayContaining(['400', '404', '409']),
    );
    expect(
      cancel['409'].content?.['application/json'].examples?.errcode9300506
        .value,
    ).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      errcode: 9300506,
      rid: expect.any(String),
    });
    expect(
      cancel['400'].content?.['application/json'].examples?.example1.value
        .message,
    ).toEqual(['waybillId should not be empty']);
    // The carrier's refusal carries the carrier's own code.
    expect(
      paths['/logistics/orders'].post.responses['502'].content?.[
        'application/json'
      ].examples?.errcode9300501.value,
    ).toMatchObject({
      deliveryResultcode: expect.any(Number),
      deliveryResultmsg: expect.any(String),
    });
  });

  it("documents the shipping uploads' unknown outcome: 502, 503 and 504 say to check getOrder before uploading again", () => {
    for (const path of [
      '/shipping/orders/upload',
      '/shipping/orders/upload-combined',
      '/shipping/apps/{appId}/orders/upload',
    ]) {
      const { responses } = paths[path].post;
      for (const status of ['502', '503', '504'])
        for (const example of Object.values(
          responses[status].content?.['application/json'].examples ?? {},
        ))
          expect({ path, status, message: example.value.message }).toEqual({
            path,
            status,
            message: expect.stringContaining(
              'Check with getOrder before uploading again.',
            ),
          });
      // The one re-upload spent: a conflict, WeChat's errcode shown.
      expect(
        responses['409'].content?.['application/json'].examples?.errcode10060003
          .value,
      ).toMatchObject({ statusCode: 409, errcode: 10060003 });
    }
    // A read's outcome is never in doubt: its 504 gives no such advice.
    const lookup = paths['/shipping/orders/lookup'].get.responses['504'];
    expect(
      JSON.stringify(lookup.content?.['application/json'].examples),
    ).not.toContain('uploading again');
  });

  it('answers 404 for an unknown appId on the app routes only', () => {
    const onApp =
      paths['/logistics/apps/{appId}/deliveries'].get.responses['404'];
    expect(
      onApp.content?.['application/json'].examples?.unknownApp.value,
    ).toMatchObject({
      statusCode: 404,
      error: 'Not Found',
      appId: expect.any(String),
    });
    expect(paths['/logistics/deliveries'].get.responses['404']).toBeUndefined();
  });

  it('gives every path parameter an example', () => {
    const without = operations().flatMap(({ path, method, operation }) =>
      (operation.parameters ?? [])
        .filter(
          (p) =>
            p.in === 'path' &&
            p.example === undefined &&
            p.schema?.example === undefined,
        )
        .map((p) => `${method} ${path} ${p.name}`),
    );
    expect(without).toEqual([]);
  });

  it("documents the push routes as WeChat's callback, with their answers", () => {
    for (const path of [
      '/logistics/events',
      '/logistics/apps/{appId}/events',
    ]) {
      const { get, post } = paths[path];
      expect(get.tags).toEqual(['wechat-callback']);
      expect(post.summary).toMatch(/add_express_path/);
      expect(post.responses['200'].content?.['text/plain']).toBeDefined();
      expect(Object.keys(post.responses)).toEqual(
        expect.arrayContaining([
          '200',
          '400',
          '401',
          '413',
          '415',
          '500',
          '503',
        ]),
      );
      expect((post.parameters ?? []).map((p) => p.name)).toEqual(
        expect.arrayContaining([
          'signature',
          'timestamp',
          'nonce',
          'msg_signature',
        ]),
      );
    }
  });
  it('gives every operation a unique, code-generator friendly id: the library method, ForApp on the app routes', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    const unfriendly = operations()
      .filter(
        ({ operation }) =>
          !/^[a-z][A-Za-z0-9]*$/.test(operation.operationId ?? ''),
      )
      .map(
        ({ method, path, operation }) =>
          `${method} ${path} ${operation.operationId}`,
      );
    expect(unfriendly).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const idOf = (method: string, path: string) =>
      paths[path][method].operationId;
    expect(idOf('post', '/logistics/orders/{orderId}/cancel')).toBe(
      'cancelOrder',
    );
    expect(
      idOf('post', '/logistics/apps/{appId}/orders/{orderId}/cancel'),
    ).toBe('cancelOrderForApp');
    expect(idOf('post', '/logistics/orders')).toBe('addOrder');
    expect(idOf('get', '/logistics/orders/{orderId}/path')).toBe('getPath');
    expect(idOf('post', '/logistics/orders/batch-get')).toBe('batchGetOrder');
    expect(idOf('get', '/logistics/apps/{appId}/printers')).toBe(
      'getPrinterForApp',
    );
    expect(idOf('post', '/logistics/events')).toBe('receivePush');
    expect(idOf('get', '/health/ready')).toBe('checkReadiness');
    expect(idOf('post', '/shipping/orders/upload')).toBe('uploadShippingInfo');
    expect(idOf('post', '/shipping/apps/{appId}/orders/upload')).toBe(
      'uploadShippingInfoForApp',
    );
    expect(idOf('get', '/shipping/trade-managed')).toBe('isTradeManaged');
    // The waybill's getOrder keeps its name; the payment's says what it gets.
    expect(idOf('get', '/logistics/orders/{orderId}')).toBe('getOrder');
    expect(idOf('get', '/shipping/orders/lookup')).toBe('getShippingOrder');
    expect(idOf('post', '/waybill-tracking/trace')).toBe('traceWaybill');
    expect(idOf('get', '/waybill-tracking/follow/{waybillToken}')).toBe(
      'queryFollowTrace',
    );
    expect(idOf('get', '/waybill-tracking/apps/{appId}/carriers')).toBe(
      'getDeliveryListForApp',
    );
    expect(idOf('post', '/returns')).toBe('addReturnId');
    expect(idOf('post', '/returns/legacy/{returnId}/unbind')).toBe(
      'legacyUnbindReturnId',
    );
    expect(idOf('post', '/returns/apps/{appId}/plugin')).toBe(
      'applyReturnPluginForApp',
    );
    // Each app route is its default-app twin, ForApp.
    for (const { method, path, operation } of operations())
      if (path.includes('{appId}'))
        expect(operation.operationId).toBe(
          `${idOf(method, path.replace('/apps/{appId}', ''))}ForApp`,
        );
  });

  it('documents GET /tracking/stream as text/event-stream: `event: waybill` messages whose data is a TrackedWaybill', () => {
    const ok = paths['/tracking/stream'].get.responses['200'];
    expect(Object.keys(ok.content ?? {})).toEqual(['text/event-stream']);
    const stream = ok.content?.['text/event-stream'];
    expect(stream?.schema).toMatchObject({ type: 'string' });
    expect(ok.description).toContain('#/components/schemas/TrackedWaybill');
    // The example is the wire text: one message, its fields a TrackedWaybill's.
    const example = stream?.example as string;
    expect(example.endsWith('\n\n')).toBe(true);
    const lines = example.trimEnd().split('\n');
    expect(lines.map((line) => line.slice(0, line.indexOf(':')))).toEqual([
      'event',
      'id',
      'data',
    ]);
    expect(lines[0]).toBe('event: waybill');
    const data = JSON.parse(lines[2].slice('data: '.length)) as object;
    const waybill = schemas.TrackedWaybill as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(waybill.properties)).toEqual(
      expect.arrayContaining(Object.keys(data)),
    );
    expect(Object.keys(data)).toEqual(expect.arrayContaining(waybill.required));
  });
});

/**
 * `/health/ready`'s examples are what the route answers: the library's
 * `wechat` check, up and down (not Terminus's generic `database` example).
 */
describe("the demo's OpenAPI document: readiness examples", () => {
  let wechat: WechatEmulator;
  let app: INestApplication | undefined;
  beforeAll(async () => {
    wechat = await WechatEmulator.start({ appSecret: 'ExamplesSecret-5d1e' });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(() => wechat.stop());

  /** The documented example for `status`, and the route's real answer, from one app. */
  async function exampleAndAnswer(
    env: Record<string, string>,
    status: number,
  ): Promise<{ example: unknown; answer: unknown }> {
    app = await startDemoApp(env);
    const docs = await request(app.getHttpServer())
      .get('/docs-json')
      .expect(200);
    const answer = await request(app.getHttpServer())
      .get('/health/ready')
      .expect(status);
    return {
      example:
        docs.body.paths['/health/ready'].get.responses[status].content[
          'application/json'
        ].example,
      answer: answer.body,
    };
  }

  it('shows the ready answer as it is', async () => {
    const { example, answer } = await exampleAndAnswer(
      emulatorEnv(wechat),
      200,
    );
    expect(example).toEqual(answer);
  });

  it("shows the not-ready answer as a wrong AppSecret gets it (only the breaker's time differs)", async () => {
    const { example, answer } = await exampleAndAnswer(
      emulatorEnv(wechat, { WECHAT_APP_SECRET: 'not-the-secret' }),
      503,
    );
    const anyTime = (body: unknown) =>
      JSON.parse(
        JSON.stringify(body).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>'),
      ) as unknown;
    expect(anyTime(example)).toEqual(anyTime(answer));
  });
});
