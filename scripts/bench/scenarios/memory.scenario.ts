import { CANCEL_INPUT } from '../support/fixtures';
import { startLibrary } from '../support/library-app';
import { runCalls, settledHeapUsed } from '../support/load';
import { type MetricRow } from '../support/report';
import { type Scenario } from '../support/scenario';

const CONCURRENCY = 8;
const MB = 1024 * 1024;

/** Retained memory: heap after N calls vs after N/10, both after full GCs. */
export const memoryScenario: Scenario = {
  name: 'memory',
  async run({ config, upstream, log }) {
    const total = config.memoryCalls;
    const checkpoint = Math.round(total / 10);
    const early: number[] = [];
    const late: number[] = [];
    let failed = 0;
    for (let run = 0; run < config.slowRuns; run += 1) {
      log(`memory: run ${run + 1}/${config.slowRuns}, ${total} calls`);
      const library = await startLibrary(upstream.info);
      try {
        const call = () => library.service.cancelOrder(CANCEL_INPUT);
        failed += (await runCalls(call, checkpoint, CONCURRENCY)).length;
        early.push((await settledHeapUsed()) / MB);
        failed += (await runCalls(call, total - checkpoint, CONCURRENCY))
          .length;
        late.push((await settledHeapUsed()) / MB);
      } finally {
        await library.close();
      }
    }
    const scenario = 'memory';
    const invalid = failed > 0 ? `${failed} calls failed` : undefined;
    const fmt = (n: number) => n.toLocaleString('en-US');
    const rows: MetricRow[] = [
      {
        scenario,
        metric: `heap used after ${fmt(checkpoint)} calls (after GC)`,
        unit: 'MB',
        digits: 1,
        runs: early,
      },
      {
        scenario,
        metric: `heap used after ${fmt(total)} calls (after GC)`,
        unit: 'MB',
        digits: 1,
        runs: late,
      },
      {
        scenario,
        metric: `heap growth ${fmt(checkpoint)} → ${fmt(total)} calls`,
        unit: 'MB',
        digits: 2,
        runs: late.map((value, i) => value - early[i]),
        target: { op: '<', value: 10 },
        invalid,
      },
    ];
    return rows;
  },
};
