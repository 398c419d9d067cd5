/**
 * Sizes of every scenario. Defaults keep `npm run bench` to a few minutes on 2
 * cores; each can be overridden from the environment (`BENCH_RUNS=9 npm run bench`).
 */
export interface BenchConfig {
  /** Paired baseline/subject rounds behind every ratio; each figure is their median. */
  readonly runs: number;
  /** Runs of the slower single-sided scenarios (connection reuse, memory, tenants, push ledger). */
  readonly slowRuns: number;
  /** Sequential calls per latency run (concurrency 1). */
  readonly latencyCalls: number;
  /** Length of one throughput run at concurrency 64, in ms. */
  readonly throughputMs: number;
  /** Library calls in the memory scenario (the first checkpoint is a tenth of it). */
  readonly memoryCalls: number;
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function readBenchConfig(): BenchConfig {
  return {
    runs: envInt('BENCH_RUNS', 5),
    slowRuns: envInt('BENCH_SLOW_RUNS', 3),
    latencyCalls: envInt('BENCH_LATENCY_CALLS', 2000),
    throughputMs: envInt('BENCH_THROUGHPUT_MS', 1500),
    memoryCalls: envInt('BENCH_MEMORY_CALLS', 100_000),
  };
}
