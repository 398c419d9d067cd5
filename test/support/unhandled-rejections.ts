import { runInThisContext } from 'node:vm';

/**
 * The process itself. Jest gives each test file a copy of `process` whose
 * `on()` never hears process-level events such as `unhandledRejection`;
 * the main context's global is the real one.
 */
const realProcess = runInThisContext('process') as NodeJS.Process;

export interface RejectionCollector {
  /** Every reason of an unhandled rejection seen while the enclosing describe ran. */
  readonly reasons: unknown[];
}

/**
 * Listens for unhandled promise rejections while the enclosing describe block
 * runs and fails the test after which one was seen (Node reports them a turn
 * later, so each check waits for the event loop first).
 */
export function collectUnhandledRejections(): RejectionCollector {
  const collector: RejectionCollector = { reasons: [] };
  const listener = (reason: unknown) => collector.reasons.push(reason);
  beforeAll(() => {
    realProcess.on('unhandledRejection', listener);
  });
  afterEach(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(collector.reasons).toEqual([]);
  });
  afterAll(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    realProcess.off('unhandledRejection', listener);
    expect(collector.reasons).toEqual([]);
  });
  return collector;
}
