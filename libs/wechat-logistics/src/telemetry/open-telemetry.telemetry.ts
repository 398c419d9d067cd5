import { LIBRARY_NAME, LIBRARY_VERSION } from '../wechat-logistics.constants';
import {
  type Attributes,
  type OpenTelemetryApi,
  type OtelSpan,
} from './open-telemetry-api';
import { compact, errorType, outcomeAttributes } from './telemetry-attributes';
import { type AttemptRecord, type WechatTelemetry } from './wechat-telemetry';

/**
 * Spans and metrics through the app's OpenTelemetry API. The tracer and meter
 * are looked up once; both are proxies, so an SDK the app registers later
 * (or never) is picked up as usual.
 */
export class OpenTelemetryTelemetry implements WechatTelemetry {
  private readonly tracer;
  private readonly duration;
  private readonly tokenFetches;

  constructor(private readonly api: OpenTelemetryApi) {
    this.tracer = api.trace.getTracer(LIBRARY_NAME, LIBRARY_VERSION);
    const meter = api.metrics.getMeter(LIBRARY_NAME, LIBRARY_VERSION);
    this.duration = meter.createHistogram('wechat.logistics.call.duration', {
      description:
        'Duration of one library call to WeChat: token, retries and backoff included',
      unit: 's',
    });
    this.tokenFetches = meter.createCounter('wechat.logistics.token.fetches', {
      description: 'Access token requests sent to WeChat',
    });
  }

  call<T>(api: string, run: () => Promise<T>): Promise<T> {
    return this.tracer.startActiveSpan(
      api,
      { kind: this.api.SpanKind.CLIENT, attributes: { 'wechat.api': api } },
      async (span) => {
        const startedAt = performance.now();
        let failure: unknown;
        try {
          return await run();
        } catch (error) {
          failure = error;
          throw error;
        } finally {
          const outcome = outcomeAttributes(failure);
          this.end(span, failure, outcome);
          // The attempt count is per call, not a dimension of the histogram.
          const dimensions: Attributes = { 'wechat.api': api, ...outcome };
          delete dimensions['wechat.attempts'];
          this.duration.record(
            (performance.now() - startedAt) / 1000,
            dimensions,
          );
        }
      },
    );
  }

  attempt(
    api: string,
    method: 'GET' | 'POST',
    path: string,
    attempt: number,
  ): AttemptRecord {
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
    return this.tracer.startActiveSpan(
      api,
      {
        kind: this.api.SpanKind.CLIENT,
        attributes: { 'wechat.api': api, 'wechat.force_refresh': forceRefresh },
      },
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
          this.tokenFetches.add(
            1,
            compact({
              'wechat.api': api,
              'wechat.outcome': outcome['wechat.outcome'],
              'wechat.errcode': outcome['wechat.errcode'],
            }),
          );
        }
      },
    );
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
