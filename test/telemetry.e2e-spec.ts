import {
  context,
  metrics,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  type DataPoint,
  type Histogram,
  MeterProvider,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  AccountBindType,
  WechatApiError,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from './support/library-app';
import { TestMetricReader } from './support/test-metric-reader';

const SECRET = 'TelemetrySecret-51d0c3e8';
const OPENID = 'oTelemetryUser000000000001';
const PASSWORD = 'Carrier-Telemetry-Pa55';

describe('OpenTelemetry: a span per call, attempts and token fetches, a duration histogram and a token-fetch counter', () => {
  const exporter = new InMemorySpanExporter();
  const reader = new TestMetricReader();
  const contextManager = new AsyncLocalStorageContextManager();
  let wechat: WechatEmulator;
  let lib: LibraryApp;

  beforeAll(async () => {
    contextManager.enable();
    context.setGlobalContextManager(contextManager);
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({
        spanProcessors: [new SimpleSpanProcessor(exporter)],
      }),
    );
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    wechat = await WechatEmulator.start({ appSecret: SECRET });
    lib = await startLibraryApp(emulatorOptions(wechat, { timeoutMs: 300 }));
  });
  afterAll(async () => {
    await lib?.app.close();
    await wechat?.stop();
    trace.disable();
    metrics.disable();
    context.disable();
  });
  beforeEach(() => exporter.reset());

  const spans = () => exporter.getFinishedSpans();
  const named = (name: string) => spans().filter((span) => span.name === name);
  const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

  it('traces a call with its token fetch and its HTTP attempt as children', async () => {
    wechat.orders.seed({
      orderId: 'O-1',
      deliveryId: 'TEST',
      waybillId: 'WB-1',
      openid: OPENID,
    });
    await lib.service.cancelOrder({
      orderId: 'O-1',
      deliveryId: 'TEST',
      waybillId: 'WB-1',
      openid: OPENID,
    });

    const [call] = named('logistics.cancelOrder');
    expect(call.kind).toBe(SpanKind.CLIENT);
    expect(call.attributes).toEqual({
      'wechat.api': 'logistics.cancelOrder',
      'wechat.outcome': 'ok',
    });
    const [token] = named('auth.getStableAccessToken');
    expect(token.attributes).toEqual({
      'wechat.api': 'auth.getStableAccessToken',
      'wechat.force_refresh': false,
      'wechat.outcome': 'ok',
    });
    const [attempt] = named(`POST ${WECHAT_PATHS.cancelOrder}`);
    expect(attempt.attributes).toEqual({
      'wechat.api': 'logistics.cancelOrder',
      'wechat.attempt': 1,
      'http.request.method': 'POST',
      'url.path': WECHAT_PATHS.cancelOrder,
      'wechat.errcode': 0,
      'wechat.outcome': 'ok',
    });
    expect(parentOf(token)).toBe(call.spanContext().spanId);
    expect(parentOf(attempt)).toBe(call.spanContext().spanId);
    expect(
      new Set(spans().map((span) => span.spanContext().traceId)).size,
    ).toBe(1);
  });

  it('shows each retry as an attempt, and an errcode as the call’s error', async () => {
    wechat.orders.seed({
      orderId: 'O-2',
      deliveryId: 'TEST',
      waybillId: 'WB-2',
    });
    wechat.faults.inject({ path: WECHAT_PATHS.getPath, errcode: -1, times: 1 });
    await lib.service.getPath({
      orderId: 'O-2',
      deliveryId: 'TEST',
      waybillId: 'WB-2',
    });
    expect(
      named(`POST ${WECHAT_PATHS.getPath}`).map((span) => [
        span.attributes['wechat.attempt'],
        span.attributes['wechat.errcode'],
      ]),
    ).toEqual([
      [1, -1],
      [2, 0],
    ]);

    exporter.reset();
    await lib.service.cancelOrder({
      orderId: 'O-2',
      deliveryId: 'TEST',
      waybillId: 'WB-2',
    });
    await expect(
      lib.service.cancelOrder({
        orderId: 'O-2',
        deliveryId: 'TEST',
        waybillId: 'WB-2',
      }),
    ).rejects.toBeInstanceOf(WechatApiError);
    const [, failed] = named('logistics.cancelOrder');
    expect(failed.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: '9300524',
    });
    expect(failed.attributes).toMatchObject({
      'wechat.outcome': 'errcode',
      'wechat.errcode': 9300524,
      'wechat.attempts': 1,
      'error.type': '9300524',
    });
  });

  it('marks a call refused by validation, with no attempt sent', async () => {
    await expect(
      lib.service.cancelOrder({
        orderId: '',
        deliveryId: 'TEST',
        waybillId: 'WB-1',
      }),
    ).rejects.toBeInstanceOf(WechatValidationError);
    expect(spans().map((span) => span.name)).toEqual(['logistics.cancelOrder']);
    expect(spans()[0].attributes).toMatchObject({
      'wechat.outcome': 'invalid',
      'error.type': 'WechatValidationError',
    });
  });

  it('records call durations by api and outcome, and counts token fetches', async () => {
    for (let i = 0; i < 5; i += 1) await lib.service.getAllDelivery();
    const { resourceMetrics } = await reader.collect();
    const all = resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics);
    const duration = all.find(
      (m) => m.descriptor.name === 'wechat.logistics.call.duration',
    );
    expect(duration?.descriptor.unit).toBe('s');
    const deliveries = (duration?.dataPoints as DataPoint<Histogram>[]).find(
      (point) => point.attributes['wechat.api'] === 'logistics.getAllDelivery',
    );
    expect(deliveries?.attributes).toEqual({
      'wechat.api': 'logistics.getAllDelivery',
      'wechat.outcome': 'ok',
    });
    expect(deliveries?.value.count).toBe(5);
    const fetches = all.find(
      (m) => m.descriptor.name === 'wechat.logistics.token.fetches',
    );
    expect(fetches?.dataPoints).toEqual([
      expect.objectContaining({
        attributes: {
          'wechat.api': 'auth.getStableAccessToken',
          'wechat.outcome': 'ok',
        },
        value: 1,
      }),
    ]);
  });

  it('never puts the secret, a token, a carrier password or an openid into any span or metric', async () => {
    wechat.accounts.seed({ bizId: 'YTO_BIZ', deliveryId: 'YTO' });
    await lib.service
      .bindAccount({
        type: AccountBindType.Bind,
        bizId: 'YTO_NEW',
        deliveryId: 'YTO',
        password: PASSWORD,
      })
      .catch(() => undefined);
    wechat.orders.seed({
      orderId: 'O-3',
      deliveryId: 'TEST',
      waybillId: 'WB-3',
      openid: OPENID,
    });
    await lib.service.getOrder({
      orderId: 'O-3',
      deliveryId: 'TEST',
      openid: OPENID,
    });
    wechat.tokens.revokeAll(); // a refresh, with the secret in its body
    await lib.service.getPath({
      orderId: 'O-3',
      deliveryId: 'TEST',
      waybillId: 'WB-3',
      openid: OPENID,
    });
    wechat.faults.inject({ path: WECHAT_PATHS.getPath, reset: true, times: 3 });
    await lib.service
      .getPath({
        orderId: 'O-3',
        deliveryId: 'TEST',
        waybillId: 'WB-3',
        openid: OPENID,
      })
      .catch(() => undefined);
    const wrong = await startLibraryApp(
      emulatorOptions(wechat, {
        appSecret: `${SECRET}-x`,
        tokenEndpoint: 'classic',
      }),
    );
    await wrong.service.getAllDelivery().catch(() => undefined);
    await wrong.app.close();

    const { resourceMetrics } = await reader.collect();
    const everything = JSON.stringify({
      spans: spans().map((span) => ({
        name: span.name,
        attributes: span.attributes,
        status: span.status,
        events: span.events,
        links: span.links,
      })),
      metrics: resourceMetrics.scopeMetrics.flatMap((scope) =>
        scope.metrics.map((metric) =>
          metric.dataPoints.map((point) => point.attributes),
        ),
      ),
    });
    expect(spans().length).toBeGreaterThan(8);
    const tokens = wechat.requests
      .all()
      .map((request) => request.query.access_token)
      .filter((token): token is string => !!token);
    expect(new Set(tokens).size).toBeGreaterThanOrEqual(2);
    for (const secret of [SECRET, PASSWORD, OPENID, 'access_token', ...tokens])
      expect(everything).not.toContain(secret);
  });
});
