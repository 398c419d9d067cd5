import { WechatShippingService } from 'nestjs-wechat-logistics';
import { DirectClient } from '../support/direct-client';
import {
  CANCEL_INPUT,
  CANCEL_WIRE_PATH,
  GET_PATH_WIRE_PATH,
  PATH_INPUT,
  UPLOAD_SHIPPING_INPUT,
  UPLOAD_SHIPPING_WIRE_PATH,
} from '../support/fixtures';
import { type LibraryApp, startLibrary } from '../support/library-app';
import {
  interleavedLatency,
  interleavedThroughput,
  repeatPaired,
} from '../support/interleaved';
import { type Call, runCalls } from '../support/load';
import { type MetricRow } from '../support/report';
import { type BenchContext, type Scenario } from '../support/scenario';

const CONCURRENCY = 64;

export interface ApiUnderTest {
  readonly name: string;
  readonly wirePath: string;
  /**
   * Whether its latency ratio is part of the guard (≤ 1.3× a raw keep-alive
   * call); the others are printed as figures only.
   */
  readonly guarded: boolean;
  /** The call through the library, from the module's context (any of its services). */
  libraryCall(library: LibraryApp): Call;
}

/**
 * The calls whose overhead the bench measures, each against its direct twin:
 * the logistics assistant's cancelOrder and the shipping family's upload
 * (through `WechatShippingService`) are guarded.
 */
export const OVERHEAD_APIS: readonly ApiUnderTest[] = [
  {
    name: 'cancelOrder',
    wirePath: CANCEL_WIRE_PATH,
    guarded: true,
    libraryCall: (library) => () => library.service.cancelOrder(CANCEL_INPUT),
  },
  {
    name: 'getPath',
    wirePath: GET_PATH_WIRE_PATH,
    guarded: false,
    libraryCall: (library) => () => library.service.getPath(PATH_INPUT),
  },
  {
    name: 'uploadShippingInfo',
    wirePath: UPLOAD_SHIPPING_WIRE_PATH,
    guarded: true,
    libraryCall: (library) => {
      const shipping = library.get(WechatShippingService);
      return () => shipping.uploadShippingInfo(UPLOAD_SHIPPING_INPUT);
    },
  },
];

/**
 * The direct twin of a library call: the exact body and token the library
 * just sent (read back from the emulator's log), posted with `DirectClient`.
 */
export async function directTwin(
  { upstream }: Pick<BenchContext, 'upstream'>,
  libraryCall: Call,
  wirePath: string,
  direct: DirectClient,
): Promise<Call> {
  await upstream.clearLog();
  await libraryCall();
  const sent = await upstream.lastRequest(wirePath);
  const body = JSON.parse(sent.rawBody) as unknown;
  const token = sent.query['access_token'];
  return () => direct.post(wirePath, token, body);
}

async function measureApi(
  context: BenchContext,
  api: ApiUnderTest,
  library: LibraryApp,
  direct: DirectClient,
): Promise<MetricRow[]> {
  const { config, log } = context;
  const viaLibrary = api.libraryCall(library);
  const viaDirect = await directTwin(context, viaLibrary, api.wirePath, direct);
  // Warm-up: JIT both paths and open the pools before anything is timed.
  for (const call of [viaLibrary, viaDirect]) {
    const failures = await runCalls(call, 3000, CONCURRENCY);
    if (failures.length > 0) throw failures[0];
  }

  log(`overhead: ${api.name} latency at concurrency 1`);
  const latency = await repeatPaired(config.runs, () =>
    interleavedLatency(viaDirect, viaLibrary, config.latencyCalls),
  );
  log(`overhead: ${api.name} throughput at concurrency ${CONCURRENCY}`);
  const throughput = await repeatPaired(config.runs, () =>
    interleavedThroughput(
      viaDirect,
      viaLibrary,
      CONCURRENCY,
      config.throughputMs,
    ),
  );

  const scenario = `overhead ${api.name}`;
  return [
    {
      scenario,
      metric: 'median latency c=1, library',
      unit: 'µs',
      runs: latency.subject,
    },
    {
      scenario,
      metric: 'median latency c=1, direct http.Agent',
      unit: 'µs',
      runs: latency.baseline,
    },
    {
      scenario,
      metric: 'latency ratio library / direct',
      unit: '×',
      digits: 2,
      runs: latency.ratios,
      target: api.guarded ? { op: '<=', value: 1.3 } : undefined,
    },
    {
      scenario,
      metric: `throughput c=${CONCURRENCY}, library`,
      unit: 'req/s',
      runs: throughput.subject,
    },
    {
      scenario,
      metric: `throughput c=${CONCURRENCY}, direct http.Agent`,
      unit: 'req/s',
      runs: throughput.baseline,
    },
    {
      scenario,
      metric: 'throughput ratio library / direct',
      unit: '×',
      digits: 2,
      runs: throughput.ratios,
    },
  ];
}

/** What the library adds to one call, against a hand-written keep-alive client. */
export const overheadScenario: Scenario = {
  name: 'overhead',
  async run(context) {
    const library = await startLibrary(context.upstream.info);
    const direct = new DirectClient(context.upstream.info.url);
    try {
      const rows: MetricRow[] = [];
      for (const api of OVERHEAD_APIS)
        rows.push(...(await measureApi(context, api, library, direct)));
      return rows;
    } finally {
      direct.close();
      await library.close();
    }
  },
};
