import { CANCEL_INPUT } from '../support/fixtures';
import { startLibrary } from '../support/library-app';
import { runCalls } from '../support/load';
import { type Scenario } from '../support/scenario';

const CALLS = 5_000;
const CONCURRENCY = 500;

/** A cold token cache under a burst: every caller waits on one token fetch. */
export const tokenSingleFlightScenario: Scenario = {
  name: 'token',
  async run({ config, upstream, log }) {
    const fetches: number[] = [];
    let failed = 0;
    for (let run = 0; run < config.runs; run += 1) {
      log(
        `token: run ${run + 1}/${config.runs}, ${CALLS} calls at concurrency ${CONCURRENCY}`,
      );
      const library = await startLibrary(upstream.info); // fresh module: cold cache
      try {
        const before = await upstream.stats();
        const failures = await runCalls(
          () => library.service.cancelOrder(CANCEL_INPUT),
          CALLS,
          CONCURRENCY,
        );
        const after = await upstream.stats();
        failed += failures.length;
        fetches.push(after.tokenFetches - before.tokenFetches);
      } finally {
        await library.close();
      }
    }
    return [
      {
        scenario: 'token single flight',
        metric: `token fetches, ${CALLS.toLocaleString('en-US')} calls at c=${CONCURRENCY}, cold cache`,
        unit: 'fetches',
        runs: fetches,
        target: { op: '==', value: 1, judge: 'worst' },
        invalid: failed > 0 ? `${failed} calls failed` : undefined,
      },
    ];
  },
};
