import { CANCEL_INPUT } from '../support/fixtures';
import { startLibrary } from '../support/library-app';
import { type Scenario } from '../support/scenario';

const CALLS = 10_000;

/** Keep-alive: sequential calls through a fresh module open one socket, not one per call. */
export const connectionReuseScenario: Scenario = {
  name: 'reuse',
  async run({ config, upstream, log }) {
    const opened: number[] = [];
    for (let run = 0; run < config.slowRuns; run += 1) {
      log(
        `reuse: run ${run + 1}/${config.slowRuns}, ${CALLS} sequential calls`,
      );
      const library = await startLibrary(upstream.info);
      try {
        const before = await upstream.stats();
        for (let i = 0; i < CALLS; i += 1)
          await library.service.cancelOrder(CANCEL_INPUT);
        const after = await upstream.stats();
        opened.push(after.connections - before.connections);
      } finally {
        await library.close();
      }
    }
    return [
      {
        scenario: 'connection reuse',
        metric: `sockets opened by ${CALLS.toLocaleString('en-US')} sequential calls (token fetch included)`,
        unit: 'sockets',
        runs: opened,
        target: { op: '<=', value: 10, judge: 'worst' },
      },
    ];
  },
};
