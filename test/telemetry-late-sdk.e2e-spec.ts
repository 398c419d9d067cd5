import { metrics, trace } from '@opentelemetry/api';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { emulatorOptions, startLibraryApp } from './support/library-app';
import { TestMetricReader } from './support/test-metric-reader';

describe('OpenTelemetry registered after the module started', () => {
  afterAll(() => {
    trace.disable();
    metrics.disable();
  });

  it('records nothing without an SDK, then spans and metrics once the app registers one', async () => {
    const wechat = await WechatEmulator.start();
    const lib = await startLibraryApp(emulatorOptions(wechat));
    try {
      await lib.service.getAllDelivery(); // the API alone: its no-op

      const exporter = new InMemorySpanExporter();
      const reader = new TestMetricReader();
      trace.setGlobalTracerProvider(
        new BasicTracerProvider({
          spanProcessors: [new SimpleSpanProcessor(exporter)],
        }),
      );
      metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
      await lib.service.getAllDelivery();

      expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual([
        'GET /cgi-bin/express/business/delivery/getall',
        'logistics.getAllDelivery',
      ]);
      const { resourceMetrics } = await reader.collect();
      const duration = resourceMetrics.scopeMetrics
        .flatMap((scope) => scope.metrics)
        .find(
          (metric) =>
            metric.descriptor.name === 'wechat.logistics.call.duration',
        );
      expect(duration?.dataPoints).toHaveLength(1);
      expect((duration?.dataPoints[0].value as { count: number }).count).toBe(
        1,
      );
    } finally {
      await lib.app.close();
      await wechat.stop();
    }
  });
});
