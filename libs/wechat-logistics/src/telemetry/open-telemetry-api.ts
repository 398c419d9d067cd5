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

export interface OpenTelemetryApi {
  trace: { getTracer(name: string, version?: string): OtelTracer };
  metrics: { getMeter(name: string, version?: string): OtelMeter };
  context: { active(): unknown };
  SpanKind: { CLIENT: number; INTERNAL: number };
  SpanStatusCode: { ERROR: number };
}
