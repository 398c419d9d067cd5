import {
  AggregationTemporality,
  MetricReader,
} from '@opentelemetry/sdk-metrics';

/** Collects on demand (`collect()`), as a Prometheus scrape would. */
export class TestMetricReader extends MetricReader {
  constructor() {
    super({
      aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE,
    });
  }
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}
