import { startBaselineServer } from '../demo/baseline-server';
import { type RunningServer, startDemoServer } from '../demo/demo-server';
import { startFloorServer } from '../demo/floor-server';
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

/**
 * The demo on each platform, the plain node:http baseline, and per platform
 * the floor: bare Nest on it, validating by hand (no pipes, no library, the
 * baseline's own upstream call). The floors say how much of a gap is the
 * framework's.
 */
type Side =
  | 'baseline'
  | 'demo-express'
  | 'demo-fastify'
  | 'floor-express'
  | 'floor-fastify';
const PLATFORMS = ['express', 'fastify'] as const;

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
    const servers: Partial<Record<Side, RunningServer>> = {};
    try {
      generator = await LoadGenerator.start();
      servers.baseline = await startBaselineServer(upstream.info);
      for (const platform of PLATFORMS) {
        servers[`demo-${platform}`] = await startDemoServer(
          upstream.info,
          platform,
        );
        servers[`floor-${platform}`] = await startFloorServer(
          upstream.info,
          platform,
        );
      }
      const sides = Object.keys(servers) as Side[];
      for (const side of sides) await assertAnswers(servers[side]!, side);
      const load = generator;
      const fire = (side: Side, seconds: number) =>
        load.run({
          url: servers[side]!.url + ROUTE,
          body: BODY,
          connections: config.demoConnections,
          seconds,
        });
      log(`demo: warm-up of ${sides.join(', ')}`);
      for (const side of sides) await fire(side, 2);

      const all: LoadResult[] = [];
      const runs: Partial<Record<Side, SideFigures>>[] = [];
      const slices = Math.max(
        1,
        Math.round(config.demoSeconds / SLICE_SECONDS),
      );
      log(
        `demo: ${config.runs} runs of ${slices} × ${SLICE_SECONDS} s slices per server`,
      );
      for (let run = 0; run < config.runs; run += 1) {
        const results = new Map<Side, LoadResult[]>(
          sides.map((side) => [side, []]),
        );
        collectGarbage();
        for (let slice = 0; slice < slices; slice += 1) {
          const order = (slice + run) % 2 === 0 ? sides : [...sides].reverse();
          for (const side of order)
            results.get(side)!.push(await fire(side, SLICE_SECONDS));
        }
        const figures: Partial<Record<Side, SideFigures>> = {};
        for (const [side, list] of results) {
          figures[side] = {
            rps:
              list.reduce((sum, r) => sum + r.total, 0) /
              list.reduce((sum, r) => sum + r.seconds, 0),
            p99Ms: median(list.map((r) => r.p99Ms)),
          };
          all.push(...list);
        }
        runs.push(figures);
      }
      const invalid = problems(all);
      const column = (side: Side, key: keyof SideFigures) =>
        runs.map((run) => run[side]![key]);
      const ratio = (side: Side, to: Side = 'baseline') =>
        runs.map((run) => run[side]!.rps / run[to]!.rps);
      const scenario = `4. demo POST …/cancel, ${config.demoConnections} conns`;
      const rows: MetricRow[] = [
        {
          scenario,
          metric: 'throughput, plain node:http baseline',
          unit: 'req/s',
          runs: column('baseline', 'rps'),
          invalid,
        },
        {
          scenario,
          metric: 'p99 latency, plain node:http baseline',
          unit: 'ms',
          runs: column('baseline', 'p99Ms'),
        },
      ];
      for (const platform of PLATFORMS) {
        const demo: Side = `demo-${platform}`;
        const floor: Side = `floor-${platform}`;
        rows.push(
          {
            scenario,
            metric: `throughput, demo on ${platform}`,
            unit: 'req/s',
            runs: column(demo, 'rps'),
            invalid,
          },
          {
            scenario,
            metric: `p99 latency, demo on ${platform}`,
            unit: 'ms',
            runs: column(demo, 'p99Ms'),
          },
          {
            scenario,
            metric: `demo on ${platform} / node:http baseline`,
            unit: '×',
            digits: 2,
            runs: ratio(demo),
            target:
              platform === 'fastify' ? { op: '>=', value: 0.6 } : undefined,
            invalid,
          },
          {
            scenario,
            metric: `demo on ${platform} / bare Nest on ${platform} validating by hand`,
            unit: '×',
            digits: 2,
            runs: ratio(demo, floor),
            target: { op: '>=', value: 0.9 },
            invalid,
          },
          {
            scenario,
            metric: `floor: bare Nest on ${platform} / node:http baseline`,
            unit: '×',
            digits: 2,
            runs: ratio(floor),
            invalid,
          },
        );
      }
      return rows;
    } finally {
      await Promise.allSettled([
        generator?.stop(),
        ...Object.values(servers).map((server) => server.close()),
      ]);
    }
  },
};
