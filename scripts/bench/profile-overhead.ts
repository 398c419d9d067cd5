/**
 * CPU profile of the overhead scenario: the library's cancelOrder and getPath
 * against the emulator (in a child process, not profiled), at concurrency 1
 * and 64. PROFILE_SUBJECT=direct profiles the hand-written baseline client
 * instead, to tell the library's share from Node's own. Run (see docs/BENCHMARKS.md):
 *
 *   TS_NODE_TRANSPILE_ONLY=1 node --cpu-prof --cpu-prof-dir=scripts/bench/profiles \
 *     --cpu-prof-interval 250 -r ts-node/register -r tsconfig-paths/register \
 *     scripts/bench/profile-overhead.ts
 *   TS_NODE_TRANSPILE_ONLY=1 node -r ts-node/register scripts/bench/analyse-cpuprofile.ts scripts/bench/profiles
 */
import { DirectClient } from './support/direct-client';
import { directTwin, OVERHEAD_APIS } from './scenarios/overhead.scenario';
import { prepareUpstream } from './support/fixtures';
import { startLibrary } from './support/library-app';
import { type Call, measureThroughput, runCalls } from './support/load';
import { ProfileWindow } from './support/profile-window';
import { Upstream } from './support/upstream';

const SEQUENTIAL_CALLS = Number(process.env.PROFILE_CALLS ?? 10_000);
const CONCURRENT_MS = Number(process.env.PROFILE_MS ?? 5_000);

async function main(): Promise<void> {
  const upstream = await Upstream.start();
  const library = await startLibrary(upstream.info);
  const direct = new DirectClient(upstream.info.url);
  const window = new ProfileWindow();
  try {
    await prepareUpstream(upstream);
    const calls: Call[] = [];
    for (const api of OVERHEAD_APIS) {
      const viaLibrary = api.libraryCall(library);
      calls.push(
        process.env.PROFILE_SUBJECT === 'direct'
          ? await directTwin({ upstream }, viaLibrary, api.wirePath, direct)
          : viaLibrary,
      );
    }
    for (const call of calls) await runCalls(call, 2000, 64); // warm-up, outside the window
    window.start();
    for (const [i, call] of calls.entries()) {
      const started = performance.now();
      await runCalls(call, SEQUENTIAL_CALLS, 1);
      const perCall = ((performance.now() - started) * 1000) / SEQUENTIAL_CALLS;
      const rps = await measureThroughput(call, 64, CONCURRENT_MS);
      process.stderr.write(
        `${OVERHEAD_APIS[i].name}: ${perCall.toFixed(0)} µs/call at c=1, ${rps.toFixed(0)} req/s at c=64\n`,
      );
    }
    const saved = window.save();
    if (saved) process.stderr.write(`profile window saved to ${saved}\n`);
  } finally {
    direct.close();
    await library.close();
    await upstream.stop();
  }
}

main().then(
  () => process.exit(0), // exit() still writes the --cpu-prof file
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
