/**
 * `npm run bench [-- scenario…]`: starts the WeChat emulator (child process),
 * runs the scenarios and prints the guard (what the library adds to a call,
 * token single flight, memory; target beside figure), then the other figures.
 * Scenarios: overhead, httpservice, telemetry, reuse, token, memory, tenants, push-ledger, shipments (all by default).
 * Not a test: a MISS does not fail the exit code unless BENCH_STRICT=1.
 */
import * as os from 'node:os';
import { connectionReuseScenario } from './scenarios/connection-reuse.scenario';
import { httpServiceScenario } from './scenarios/http-service.scenario';
import { memoryScenario } from './scenarios/memory.scenario';
import { overheadScenario } from './scenarios/overhead.scenario';
import { pushLedgerMemoryScenario } from './scenarios/push-ledger-memory.scenario';
import { shipmentsScenario } from './scenarios/shipments.scenario';
import { telemetryCostScenario } from './scenarios/telemetry-cost.scenario';
import { tenantsScenario } from './scenarios/tenants.scenario';
import { tokenSingleFlightScenario } from './scenarios/token-single-flight.scenario';
import { readBenchConfig } from './support/bench-config';
import { prepareUpstream } from './support/fixtures';
import { type MetricRow, renderReport, verdict } from './support/report';
import { type Scenario } from './support/scenario';
import { Upstream } from './support/upstream';

const SCENARIOS: readonly Scenario[] = [
  overheadScenario,
  httpServiceScenario,
  telemetryCostScenario,
  connectionReuseScenario,
  tokenSingleFlightScenario,
  memoryScenario,
  tenantsScenario,
  pushLedgerMemoryScenario,
  shipmentsScenario,
];

/** Whatever happens, the bench ends: this fires if a scenario hangs. */
const HARD_LIMIT_MS = 15 * 60 * 1000;

function log(message: string): void {
  process.stderr.write(
    `[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`,
  );
}

function selectScenarios(names: readonly string[]): readonly Scenario[] {
  if (names.length === 0) return SCENARIOS;
  const unknown = names.filter(
    (name) => !SCENARIOS.some((s) => s.name === name),
  );
  if (unknown.length > 0)
    throw new Error(
      `unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
  return SCENARIOS.filter((s) => names.includes(s.name));
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = Math.round(os.totalmem() / 1024 ** 3);
  return `Node ${process.version}, ${os.availableParallelism()} cores (${cpu}), ${memory} GB, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

async function main(): Promise<number> {
  const scenarios = selectScenarios(process.argv.slice(2));
  const config = readBenchConfig();
  log(machine());
  log(`config ${JSON.stringify(config)}`);
  const started = Date.now();
  const upstream = await Upstream.start();
  const rows: MetricRow[] = [];
  try {
    await prepareUpstream(upstream);
    for (const scenario of scenarios) {
      const scenarioStarted = Date.now();
      rows.push(...(await scenario.run({ config, upstream, log })));
      log(
        `${scenario.name}: done in ${((Date.now() - scenarioStarted) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await upstream.stop();
  }
  process.stdout.write(`\n${renderReport(rows)}\n\n`);
  const misses = rows.filter((row) => verdict(row) === 'MISS');
  log(
    `finished in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
      (misses.length === 0
        ? 'every target met'
        : `${misses.length} target(s) missed: ${misses.map((r) => `${r.scenario} / ${r.metric}`).join('; ')}`),
  );
  return misses.length > 0 && process.env.BENCH_STRICT === '1' ? 1 : 0;
}

/** Handles by kind, to report at exit only what the bench itself left open. */
function handleCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo())
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

// stdout and stderr become handles (TTYWrap, or PipeWrap when piped) on first use.
void process.stdout.writable;
void process.stderr.writable;
const handlesAtStart = handleCounts();

setTimeout(() => {
  log(`still running after ${HARD_LIMIT_MS / 60000} min: giving up`);
  process.exit(2);
}, HARD_LIMIT_MS).unref();

main().then(
  async (code) => {
    await new Promise((resolve) => setTimeout(resolve, 200)); // let closed handles finish closing
    // Everything was closed above; exiting explicitly guards against a stray
    // handle (a keep-alive socket in a dependency) keeping the bench alive.
    const leftovers = [...handleCounts()]
      .filter(
        ([kind, count]) =>
          kind !== 'Timeout' && count > (handlesAtStart.get(kind) ?? 0),
      )
      .map(
        ([kind, count]) =>
          `${kind} ×${count - (handlesAtStart.get(kind) ?? 0)}`,
      );
    if (leftovers.length > 0)
      log(`open handles at exit: ${leftovers.join(', ')}`);
    process.exit(code);
  },
  (error: unknown) => {
    log(
      `failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
