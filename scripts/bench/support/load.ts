import { setImmediate as yieldToLoop } from 'node:timers/promises';

export type Call = () => Promise<unknown>;

/** Keeps `concurrency` calls in flight for `durationMs`; completed calls per second. */
export async function measureThroughput(
  call: Call,
  concurrency: number,
  durationMs: number,
): Promise<number> {
  let completed = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      await call();
      completed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return completed / ((performance.now() - started) / 1000);
}

/** Makes exactly `total` calls with at most `concurrency` in flight; resolves with the failures. */
export async function runCalls(
  call: Call,
  total: number,
  concurrency: number,
): Promise<unknown[]> {
  let issued = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (issued < total) {
      issued += 1;
      await call().catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, worker),
  );
  return failures;
}

/** Full collections until the heap stops shrinking (needs `--expose-gc`); heap used afterwards, bytes. */
export async function settledHeapUsed(): Promise<number> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  let previous = Infinity;
  for (let i = 0; i < 10; i += 1) {
    gc();
    await yieldToLoop(); // let finalizers and pending callbacks run
    const used = process.memoryUsage().heapUsed;
    if (i >= 3 && used >= previous) return used;
    previous = used;
  }
  return process.memoryUsage().heapUsed;
}

/** A full collection before a timed run, so garbage from the previous one is not billed to it. */
export function collectGarbage(): void {
  globalThis.gc?.();
}
