import { CANCEL_INPUT } from '../support/fixtures';
import { interleavedLatency, repeatPaired } from '../support/interleaved';
import { startLibrary } from '../support/library-app';
import { type Call, runCalls, settledHeapUsed } from '../support/load';
import { type MetricRow } from '../support/report';
import { type Scenario } from '../support/scenario';

const TENANTS = 10_000;
const TENANT_PREFIX = 'wxbenchtenant';
const TENANT_SECRET = 'bench-tenant-secret';
const CONCURRENCY = 16;
const MB = 1024 * 1024;

/**
 * Many tenants (`resolveApp`): the heap after 10,000 tenants × one call
 * each against one tenant (all after full GCs; tenant state is bounded by
 * `maxResolvedApps`, tokens stay in the module's memory cache), and the cost
 * of `forApp(id).cancelOrder` for a cached tenant against the default
 * client, interleaved in one run.
 */
export const tenantsScenario: Scenario = {
  name: 'tenants',
  async run({ config, upstream, log }) {
    await upstream.addApps(TENANT_PREFIX, TENANTS, TENANT_SECRET);
    const resolveApp = (appId: string) =>
      Promise.resolve(
        appId.startsWith(TENANT_PREFIX)
          ? { appId, appSecret: TENANT_SECRET }
          : undefined,
      );
    let failed = 0;
    const one: number[] = [];
    const many: number[] = [];
    for (let run = 0; run < config.slowRuns; run += 1) {
      log(`tenants: run ${run + 1}/${config.slowRuns}, ${TENANTS} tenants`);
      const library = await startLibrary(upstream.info, { resolveApp });
      try {
        const forTenant =
          (i: number): Call =>
          () =>
            library.service
              .forApp(`${TENANT_PREFIX}${i}`)
              .cancelOrder(CANCEL_INPUT);
        failed += (await runCalls(forTenant(0), 100, 1)).length;
        one.push((await settledHeapUsed()) / MB);
        let next = 1;
        failed += (
          await runCalls(() => forTenant(next++)(), TENANTS - 1, CONCURRENCY)
        ).length;
        many.push((await settledHeapUsed()) / MB);
      } finally {
        await library.close();
      }
    }

    log('tenants: forApp(id).cancelOrder vs the default client, latency');
    const library = await startLibrary(upstream.info, { resolveApp });
    let ratios: number[];
    try {
      const viaDefault: Call = () => library.service.cancelOrder(CANCEL_INPUT);
      const viaForApp: Call = () =>
        library.service.forApp(`${TENANT_PREFIX}1`).cancelOrder(CANCEL_INPUT);
      for (const call of [viaDefault, viaForApp]) {
        const failures = await runCalls(call, 3000, 16);
        if (failures.length > 0) throw failures[0];
      }
      ({ ratios } = await repeatPaired(config.runs, () =>
        interleavedLatency(viaDefault, viaForApp, config.latencyCalls),
      ));
    } finally {
      await library.close();
    }

    const scenario = 'many tenants (resolveApp)';
    const fmt = (n: number) => n.toLocaleString('en-US');
    const invalid = failed > 0 ? `${failed} calls failed` : undefined;
    const rows: MetricRow[] = [
      {
        scenario,
        metric: 'heap used with one tenant called (after GC)',
        unit: 'MB',
        digits: 1,
        runs: one,
      },
      {
        scenario,
        metric: `heap used after ${fmt(TENANTS)} tenants × one call (after GC)`,
        unit: 'MB',
        digits: 1,
        runs: many,
      },
      {
        scenario,
        metric: `heap above one tenant, ${fmt(TENANTS)} tenants`,
        unit: 'MB',
        digits: 1,
        runs: many.map((value, i) => value - one[i]),
        target: { op: '<', value: 50 },
        invalid,
      },
      {
        scenario,
        metric: 'latency ratio forApp(tenant).cancelOrder / default client',
        unit: '×',
        digits: 3,
        runs: ratios,
        target: { op: '<=', value: 1.05 },
      },
    ];
    return rows;
  },
};
