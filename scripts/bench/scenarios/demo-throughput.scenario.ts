import { startBaselineServer } from '../demo/baseline-server';
import { type RunningServer, startDemoServer } from '../demo/demo-server';
import { LoadGenerator, type LoadResult } from '../demo/load-generator';
import { postOnce } from '../demo/post-once';
import { CANCEL_INPUT } from '../support/fixtures';
import { collectGarbage } from '../support/load';
import { type MetricRow } from '../support/report';
import { type Scenario } from '../support/scenario';
import { median } from '../support/stats';

const ROUTE = `/logistics/orders/${encodeURIComponent(CANCEL_INPUT.orderId)}/cancel`;
const BODY = JSON.stringify({
  deliveryId: CANCEL_INPUT.deliveryId,
  waybillId: CANCEL_INPUT.waybillId,
});
const EXPECTED = JSON.stringify({
  deliveryResultcode: 0,
  deliveryResultmsg: '',
});
/** autocannon runs this long, alternating between the servers. */
const SLICE_SECONDS = 1;

type Side = 'baseline' | 'demo';

/** Both servers must answer the bench request identically before anything is timed. */
async function assertAnswers(
  server: RunningServer,
  name: string,
): Promise<void> {
  const { status, text } = await postOnce(server.url + ROUTE, BODY);
  if (status !== 200 || JSON.stringify(JSON.parse(text)) !== EXPECTED)
    throw new Error(`${name} answered ${status} ${text}`);
}

function problems(results: readonly LoadResult[]): string | undefined {
  const non2xx = results.reduce((sum, r) => sum + r.non2xx, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  return non2xx + errors > 0
    ? `${non2xx} non-2xx, ${errors} errors`
    : undefined;
}

/** One run's figures per side: requests/s over all its slices, median slice p99. */
interface SideFigures {
  readonly rps: number;
  readonly p99Ms: number;
}

/**
 * 4. The demo's cancel route under autocannon vs a hand-written node:http
 * server doing the same. Servers run in this process (the one measured), the
 * load generator and the emulator in their own processes. Each run alternates
 * 1-second autocannon slices between the servers (A B B A …), so load from
 * elsewhere on the machine lands on both.
 */
export const demoThroughputScenario: Scenario = {
  name: 'demo',
  async run({ config, upstream, log }) {
    let generator: LoadGenerator | undefined;
    let demo: RunningServer | undefined;
    let baseline: RunningServer | undefined;
    try {
      [generator, demo, baseline] = await Promise.all([
        LoadGenerator.start(),
        startDemoServer(upstream.info),
        startBaselineServer(upstream.info),
      ]);
      await assertAnswers(demo, 'the demo');
      await assertAnswers(baseline, 'the baseline server');
      const load = generator;
      const servers: Record<Side, RunningServer> = { baseline, demo };
      const fire = (side: Side, seconds: number) =>
        load.run({
          url: servers[side].url + ROUTE,
          body: BODY,
          connections: config.demoConnections,
          seconds,
        });
      log('demo: warm-up');
      await fire('baseline', 2);
      await fire('demo', 2);

      const all: LoadResult[] = [];
      const runs: Record<Side, SideFigures>[] = [];
      const slices = Math.max(
        1,
        Math.round(config.demoSeconds / SLICE_SECONDS),
      );
      log(
        `demo: ${config.runs} runs of ${slices} × ${SLICE_SECONDS} s slices per server`,
      );
      for (let run = 0; run < config.runs; run += 1) {
        const results: Record<Side, LoadResult[]> = { baseline: [], demo: [] };
        collectGarbage();
        for (let slice = 0; slice < slices; slice += 1) {
          const order: Side[] =
            (slice + run) % 2 === 0
              ? ['baseline', 'demo']
              : ['demo', 'baseline'];
          for (const side of order)
            results[side].push(await fire(side, SLICE_SECONDS));
        }
        const figures = (side: Side): SideFigures => ({
          rps:
            results[side].reduce((sum, r) => sum + r.total, 0) /
            results[side].reduce((sum, r) => sum + r.seconds, 0),
          p99Ms: median(results[side].map((r) => r.p99Ms)),
        });
        runs.push({ baseline: figures('baseline'), demo: figures('demo') });
        all.push(...results.baseline, ...results.demo);
      }
      const invalid = problems(all);
      const column = (side: Side, key: keyof SideFigures) =>
        runs.map((run) => run[side][key]);
      const scenario = `4. demo POST …/cancel, ${config.demoConnections} conns`;
      const rows: MetricRow[] = [
        {
          scenario,
          metric: 'throughput, demo (Nest)',
          unit: 'req/s',
          runs: column('demo', 'rps'),
          invalid,
        },
        {
          scenario,
          metric: 'throughput, plain node:http baseline',
          unit: 'req/s',
          runs: column('baseline', 'rps'),
          invalid,
        },
        {
          scenario,
          metric: 'throughput ratio demo / baseline',
          unit: '×',
          digits: 2,
          runs: runs.map((run) => run.demo.rps / run.baseline.rps),
          target: { op: '>=', value: 0.6 },
          invalid,
        },
        {
          scenario,
          metric: 'p99 latency, demo (Nest)',
          unit: 'ms',
          runs: column('demo', 'p99Ms'),
        },
        {
          scenario,
          metric: 'p99 latency, plain node:http baseline',
          unit: 'ms',
          runs: column('baseline', 'p99Ms'),
        },
      ];
      return rows;
    } finally {
      await Promise.allSettled([
        generator?.stop(),
        demo?.close(),
        baseline?.close(),
      ]);
    }
  },
};
