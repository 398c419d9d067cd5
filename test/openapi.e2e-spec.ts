import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startDemoApp } from './support/demo-app';

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
const WECHAT_BACKED = ['orders', 'accounts', 'carriers', 'printers', 'sandbox'];

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
      .filter(({ path }) => path !== '/tracking/stream')
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
    expect(wechatBacked().length).toBe(24); // 12 operations, on the default app's paths and the app routes
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
});
