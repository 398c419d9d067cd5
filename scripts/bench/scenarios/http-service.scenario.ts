import { type HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { DirectClient } from '../support/direct-client';
import { CANCEL_INPUT, CANCEL_WIRE_PATH } from '../support/fixtures';
import {
  interleavedLatency,
  interleavedThroughput,
  repeatPaired,
} from '../support/interleaved';
import { startLibraryOverHttpService } from '../support/library-app';
import { type Call, runCalls } from '../support/load';
import { type MetricRow } from '../support/report';
import { type Scenario } from '../support/scenario';
import { directTwin } from './overhead.scenario';

const CONCURRENCY = 64;

/**
 * The same cancel written by hand with HttpService, as an app without the
 * library would: post the body with the token in the query, check errcode.
 */
async function handWrittenTwin(
  context: Parameters<Scenario['run']>[0],
  libraryCall: Call,
  httpService: HttpService,
): Promise<Call> {
  await context.upstream.clearLog();
  await libraryCall();
  const sent = await context.upstream.lastRequest(CANCEL_WIRE_PATH);
  const body = JSON.parse(sent.rawBody) as unknown;
  const url = `${context.upstream.info.url}${CANCEL_WIRE_PATH}?access_token=${encodeURIComponent(sent.query['access_token'] ?? '')}`;
  return async () => {
    const { data } = await firstValueFrom(
      httpService.post<{ errcode?: number }>(url, body),
    );
    if (data.errcode !== undefined && data.errcode !== 0)
      throw new Error(`errcode ${data.errcode}`);
    return data;
  };
}

/**
 * The library over the app's HttpService (`httpService` option): against
 * the same request written by hand with that HttpService (what the option
 * costs beyond axios itself), and against the raw keep-alive call (what axios
 * costs). Each ratio is measured within one interleaved run.
 */
export const httpServiceScenario: Scenario = {
  name: 'httpservice',
  async run(context) {
    const { config, log } = context;
    const library = await startLibraryOverHttpService(context.upstream.info);
    const direct = new DirectClient(context.upstream.info.url);
    try {
      const viaLibrary: Call = () => library.service.cancelOrder(CANCEL_INPUT);
      const viaHand = await handWrittenTwin(
        context,
        viaLibrary,
        library.httpService,
      );
      const viaDirect = await directTwin(
        context,
        viaLibrary,
        CANCEL_WIRE_PATH,
        direct,
      );
      for (const call of [viaLibrary, viaHand, viaDirect]) {
        const failures = await runCalls(call, 3000, CONCURRENCY);
        if (failures.length > 0) throw failures[0];
      }
      log('httpservice: latency at concurrency 1');
      const byHand = await repeatPaired(config.runs, () =>
        interleavedLatency(viaHand, viaLibrary, config.latencyCalls),
      );
      const byRaw = await repeatPaired(config.runs, () =>
        interleavedLatency(viaDirect, viaLibrary, config.latencyCalls),
      );
      log(`httpservice: throughput at concurrency ${CONCURRENCY}`);
      const throughput = await repeatPaired(config.runs, () =>
        interleavedThroughput(
          viaHand,
          viaLibrary,
          CONCURRENCY,
          config.throughputMs,
        ),
      );
      const scenario = 'HttpService transport cancelOrder';
      const rows: MetricRow[] = [
        {
          scenario,
          metric: 'median latency c=1, library over HttpService',
          unit: 'µs',
          runs: byHand.subject,
        },
        {
          scenario,
          metric: 'median latency c=1, the same call by hand with HttpService',
          unit: 'µs',
          runs: byHand.baseline,
        },
        {
          scenario,
          metric:
            'latency ratio library over HttpService / by hand with HttpService',
          unit: '×',
          digits: 2,
          runs: byHand.ratios,
        },
        {
          scenario,
          metric:
            'latency ratio library over HttpService / raw keep-alive call',
          unit: '×',
          digits: 2,
          runs: byRaw.ratios,
        },
        {
          scenario,
          metric: `throughput ratio c=${CONCURRENCY} library over HttpService / by hand`,
          unit: '×',
          digits: 2,
          runs: throughput.ratios,
        },
      ];
      return rows;
    } finally {
      direct.close();
      await library.close();
    }
  },
};
