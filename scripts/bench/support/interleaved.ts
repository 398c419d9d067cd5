import { type Call, collectGarbage } from './load';
import { percentile } from './stats';

/** One run's figure for each side, and subject ÷ baseline. */
export interface PairedFigure {
  readonly baseline: number;
  readonly subject: number;
  readonly ratio: number;
}

/** Slice order A B | B A | B A | A B | …: neither side always goes first, right after the other's garbage. */
function subjectFirst(slice: number): boolean {
  return slice % 4 === 1 || slice % 4 === 2;
}

/**
 * Median latency at concurrency 1 of both sides, measured in alternating
 * slices of `sliceCalls` calls, so load from other processes that comes and
 * goes within the run lands on both sides alike. µs.
 */
export async function interleavedLatency(
  baseline: Call,
  subject: Call,
  calls: number,
  sliceCalls = 50,
): Promise<PairedFigure> {
  const samples = {
    baseline: new Float64Array(calls),
    subject: new Float64Array(calls),
  };
  let done = 0;
  collectGarbage();
  for (let slice = 0; done < calls; slice += 1) {
    const n = Math.min(sliceCalls, calls - done);
    const order = subjectFirst(slice)
      ? (['subject', 'baseline'] as const)
      : (['baseline', 'subject'] as const);
    for (const side of order) {
      const call = side === 'subject' ? subject : baseline;
      for (let i = 0; i < n; i += 1) {
        const started = process.hrtime.bigint();
        await call();
        samples[side][done + i] =
          Number(process.hrtime.bigint() - started) / 1000;
      }
    }
    done += n;
  }
  const b = percentile(samples.baseline, 50);
  const s = percentile(samples.subject, 50);
  return { baseline: b, subject: s, ratio: s / b };
}

/** Completed calls and elapsed ms of one slice at `concurrency` (in-flight calls are drained, and counted). */
async function throughputSlice(
  call: Call,
  concurrency: number,
  sliceMs: number,
): Promise<{ completed: number; elapsedMs: number }> {
  let completed = 0;
  const started = performance.now();
  const deadline = started + sliceMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      await call();
      completed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { completed, elapsedMs: performance.now() - started };
}

/**
 * Throughput (calls/s) of both sides at `concurrency`, measured in
 * alternating slices of `sliceMs` adding up to `durationMs` per side.
 */
export async function interleavedThroughput(
  baseline: Call,
  subject: Call,
  concurrency: number,
  durationMs: number,
  sliceMs = 250,
): Promise<PairedFigure> {
  const totals = {
    baseline: { completed: 0, elapsedMs: 0 },
    subject: { completed: 0, elapsedMs: 0 },
  };
  collectGarbage();
  const slices = Math.max(2, Math.round(durationMs / sliceMs));
  for (let slice = 0; slice < slices; slice += 1) {
    const order = subjectFirst(slice)
      ? (['subject', 'baseline'] as const)
      : (['baseline', 'subject'] as const);
    for (const side of order) {
      const call = side === 'subject' ? subject : baseline;
      const { completed, elapsedMs } = await throughputSlice(
        call,
        concurrency,
        sliceMs,
      );
      totals[side].completed += completed;
      totals[side].elapsedMs += elapsedMs;
    }
  }
  const rate = (side: keyof typeof totals) =>
    totals[side].completed / (totals[side].elapsedMs / 1000);
  const b = rate('baseline');
  const s = rate('subject');
  return { baseline: b, subject: s, ratio: s / b };
}

/** `runs` paired figures, as columns. */
export async function repeatPaired(
  runs: number,
  measure: () => Promise<PairedFigure>,
): Promise<{ baseline: number[]; subject: number[]; ratios: number[] }> {
  const columns = {
    baseline: [] as number[],
    subject: [] as number[],
    ratios: [] as number[],
  };
  for (let run = 0; run < runs; run += 1) {
    const figure = await measure();
    columns.baseline.push(figure.baseline);
    columns.subject.push(figure.subject);
    columns.ratios.push(figure.ratio);
  }
  return columns;
}
