/**
 * The part of `@opentelemetry/api` the library uses, declared structurally so
 * that neither its code nor its published types need the package: it is an
 * optional peer, loaded only when the app installed it.
 */
export type AttributeValue = string | number | boolean;
export type Attributes = Record<string, AttributeValue | undefined>;

export interface OtelSpanOptions {
  kind?: number;
  attributes?: Attributes;
}

export interface OtelSpan {
  setAttributes(attributes: Attributes): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  isRecording(): boolean;
  end(): void;
}

export interface OtelTracer {
  startActiveSpan<T>(
    name: string,
    options: OtelSpanOptions,
    fn: (span: OtelSpan) => T,
  ): T;
  startSpan(
    name: string,
    options?: OtelSpanOptions,
    context?: unknown,
  ): OtelSpan;
}

export interface OtelMeter {
  createHistogram(
    name: string,
    options: { description: string; unit: string },
  ): { record(value: number, attributes?: Attributes): void };
  createCounter(
    name: string,
    options: { description: string },
  ): { add(value: number, attributes?: Attributes): void };
}

/** The global provider, a proxy whose delegate is the app's SDK (or the API's no-op). */
export interface OtelTracerProvider {
  getTracer(name: string, version?: string): OtelTracer;
  getDelegate?(): unknown;
}

export interface OtelMeterProvider {
  getMeter(name: string, version?: string): OtelMeter;
}

export interface OpenTelemetryApi {
  trace: {
    getTracer(name: string, version?: string): OtelTracer;
    getTracerProvider(): OtelTracerProvider;
  };
  metrics: { getMeterProvider(): OtelMeterProvider };
  context: { active(): unknown };
  /** A proxy that was never given a delegate answers with the API's no-op provider. */
  ProxyTracerProvider: new () => { getDelegate(): unknown };
  /** Its instruments are the API's no-op singletons. */
  createNoopMeter(): OtelMeter;
  SpanKind: { CLIENT: number; INTERNAL: number };
  SpanStatusCode: { ERROR: number };
}
