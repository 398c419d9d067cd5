import { LIBRARY_NAME, LIBRARY_VERSION } from '../../wechat-logistics.constants';
import {
  type Attributes,
  type OpenTelemetryApi,
  type OtelMeter,
  type OtelMeterProvider,
  type OtelSpan,
  type OtelTracer,
} from './open-telemetry-api';
import { compact, errorType, outcomeAttributes } from './telemetry-attributes';
import {
  type AttemptRecord,
  NO_ATTEMPT,
  type WechatTelemetry,
} from './wechat-telemetry.interface';

interface Instruments {
  readonly duration: ReturnType<OtelMeter['createHistogram']>;
  readonly tokenFetches: ReturnType<OtelMeter['createCounter']>;
}

/**
 * Spans and metrics through the app's OpenTelemetry API.
 *
 * Until the app registers an SDK the API answers with no-ops, which still cost
 * a span object, a context and attribute maps per call; so each call first
 * checks (two property reads) whether a tracer and a meter provider are
 * registered, and does nothing at all when neither is. The check runs per
 * call, so an SDK registered after the module started is picked up: the
 * tracer is the API's proxy, and the instruments are made again whenever the
 * global meter provider changes (the metrics API has no proxy).
 */
export class OpenTelemetryTelemetry implements WechatTelemetry {
  private readonly tracer: OtelTracer;
  private readonly noTracing: unknown;
  private readonly noopHistogram: unknown;
  private meterProvider: OtelMeterProvider | undefined;
  private instruments: Instruments | undefined;

  constructor(private readonly api: OpenTelemetryApi) {
    this.tracer = api.trace.getTracer(LIBRARY_NAME, LIBRARY_VERSION);
    this.noTracing = new api.ProxyTracerProvider().getDelegate();
    this.noopHistogram = api
      .createNoopMeter()
      .createHistogram('probe', { description: '', unit: '' });
  }

  call<T>(api: string, run: () => Promise<T>): Promise<T> {
    const startedAt = performance.now();
    return this.traced(
      api,
      { 'wechat.api': api },
      run,
      (outcome, instruments) => {
        // The attempt count is per call, not a dimension of the histogram.
        const dimensions: Attributes = { 'wechat.api': api, ...outcome };
        delete dimensions['wechat.attempts'];
        instruments?.duration.record(
          (performance.now() - startedAt) / 1000,
          dimensions,
        );
      },
    );
  }

  attempt(
    api: string,
    method: 'GET' | 'POST',
    path: string,
    attempt: number,
  ): AttemptRecord {
    if (!this.tracing()) return NO_ATTEMPT;
    const span = this.tracer.startSpan(
      `${method} ${path}`,
      {
        kind: this.api.SpanKind.CLIENT,
        attributes: {
          'wechat.api': api,
          'wechat.attempt': attempt,
          'http.request.method': method,
          // The path only: the query holds the access token.
          'url.path': path,
        },
      },
      this.api.context.active(),
    );
    return {
      end: (outcome) => {
        if ('errcode' in outcome) {
          span.setAttributes({
            'wechat.errcode': outcome.errcode,
            'wechat.outcome': outcome.errcode === 0 ? 'ok' : 'errcode',
          });
          span.end();
        } else {
          this.end(span, outcome.error, outcomeAttributes(outcome.error));
        }
      },
    };
  }

  tokenFetch<T>(
    api: string,
    forceRefresh: boolean,
    run: () => Promise<T>,
  ): Promise<T> {
    return this.traced(
      api,
      { 'wechat.api': api, 'wechat.force_refresh': forceRefresh },
      run,
      (outcome, instruments) =>
        instruments?.tokenFetches.add(
          1,
          compact({
            'wechat.api': api,
            'wechat.outcome': outcome['wechat.outcome'],
            'wechat.errcode': outcome['wechat.errcode'],
          }),
        ),
    );
  }

  /**
   * `run` in a span of its own (active, so attempts and token fetches nest
   * under it), ended with its outcome, then `measure`d; `run` alone while
   * neither a tracer nor a meter provider is registered.
   */
  private traced<T>(
    name: string,
    attributes: Attributes,
    run: () => Promise<T>,
    measure: (
      outcome: Attributes,
      instruments: Instruments | undefined,
    ) => void,
  ): Promise<T> {
    const tracing = this.tracing();
    const instruments = this.currentInstruments();
    if (!tracing && instruments === undefined) return run();
    return this.tracer.startActiveSpan(
      name,
      { kind: this.api.SpanKind.CLIENT, attributes },
      async (span) => {
        let failure: unknown;
        try {
          return await run();
        } catch (error) {
          failure = error;
          throw error;
        } finally {
          const outcome = outcomeAttributes(failure);
          this.end(span, failure, outcome);
          measure(outcome, instruments);
        }
      },
    );
  }

  /** Whether the app registered a tracer provider (the global proxy has a delegate). */
  private tracing(): boolean {
    const provider = this.api.trace.getTracerProvider();
    const delegate =
      typeof provider.getDelegate === 'function'
        ? provider.getDelegate()
        : provider;
    return delegate !== this.noTracing;
  }

  /** The instruments of the global meter provider; `undefined` while that is the API's no-op. */
  private currentInstruments(): Instruments | undefined {
    const provider = this.api.metrics.getMeterProvider();
    if (provider !== this.meterProvider) {
      this.meterProvider = provider;
      const meter = provider.getMeter(LIBRARY_NAME, LIBRARY_VERSION);
      const duration = meter.createHistogram('wechat.logistics.call.duration', {
        description:
          'Duration of one library call to WeChat: token, retries and backoff included',
        unit: 's',
      });
      this.instruments =
        duration === this.noopHistogram
          ? undefined
          : {
              duration,
              tokenFetches: meter.createCounter(
                'wechat.logistics.token.fetches',
                { description: 'Access token requests sent to WeChat' },
              ),
            };
    }
    return this.instruments;
  }

  private end(
    span: OtelSpan,
    failure: unknown,
    outcome: ReturnType<typeof outcomeAttributes>,
  ): void {
    if (span.isRecording()) {
      span.setAttributes(outcome);
      if (failure !== undefined) {
        const type = errorType(failure);
        span.setAttributes({ 'error.type': type });
        // The class or errcode only: no message, which may quote what was sent.
        span.setStatus({ code: this.api.SpanStatusCode.ERROR, message: type });
      }
    }
    span.end();
  }
}
