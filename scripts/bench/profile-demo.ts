/**
 * CPU profile of the demo app serving POST /logistics/orders/:id/cancel under
 * autocannon (load generator and emulator in child processes, not profiled).
 * PROFILE_SUBJECT=baseline profiles the plain node:http baseline instead,
 * PROFILE_SUBJECT=floor bare Nest validating by hand; HTTP_ADAPTER=fastify
 * puts the demo (or the floor) on Fastify.
 *
 *   TS_NODE_TRANSPILE_ONLY=1 node --cpu-prof --cpu-prof-dir=scripts/bench/profiles \
 *     --cpu-prof-interval 250 -r ts-node/register -r tsconfig-paths/register \
 *     scripts/bench/profile-demo.ts
 */
import { startBaselineServer } from './demo/baseline-server';
import { type RunningServer, startDemoServer } from './demo/demo-server';
import { startFloorServer } from './demo/floor-server';
import { LoadGenerator } from './demo/load-generator';
import { CANCEL_INPUT, prepareUpstream } from './support/fixtures';
import { ProfileWindow } from './support/profile-window';
import { Upstream } from './support/upstream';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 15);

async function main(): Promise<void> {
  const upstream = await Upstream.start();
  let generator: LoadGenerator | undefined;
  let server: RunningServer | undefined;
  const window = new ProfileWindow();
  try {
    await prepareUpstream(upstream);
    generator = await LoadGenerator.start();
    const platform =
      process.env.HTTP_ADAPTER === 'fastify' ? 'fastify' : 'express';
    const subject = process.env.PROFILE_SUBJECT ?? 'demo';
    server =
      subject === 'baseline'
        ? await startBaselineServer(upstream.info)
        : subject === 'floor'
          ? await startFloorServer(upstream.info, platform)
          : await startDemoServer(upstream.info, platform);
    const job = {
      url: `${server.url}/logistics/orders/${CANCEL_INPUT.orderId}/cancel`,
      body: JSON.stringify({
        deliveryId: CANCEL_INPUT.deliveryId,
        waybillId: CANCEL_INPUT.waybillId,
      }),
      connections: 32,
    };
    await generator.run({ ...job, seconds: 2 }); // warm-up, outside the window
    window.start();
    const result = await generator.run({ ...job, seconds: SECONDS });
    const saved = window.save();
    process.stderr.write(
      `${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms} ms, ${result.non2xx} non-2xx\n`,
    );
    if (saved) process.stderr.write(`profile window saved to ${saved}\n`);
  } finally {
    await Promise.allSettled([generator?.stop(), server?.close()]);
    await upstream.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
