import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { DEMO_CACHE_NAMESPACE } from '../../apps/demo/src/config/cache-options.factory';
import { createDemoRedisClient } from '../../apps/demo/src/config/demo-redis';
import { type BuiltDemo, buildDemo } from './support/build-demo';
import { DemoProcess } from './support/demo-process';
import {
  type CallOutcome,
  HttpLoad,
  type RunFigures,
  figures,
  runPooled,
} from './support/http-load';
import { RedisServer, describeWithRedis } from './support/redis-server';
import { waitFor } from './support/wait';

const INSTANCES = 4;
const CALLS_PER_INSTANCE = 250;
const TIMEOUT_MS = 5000;
/** The library's default call budget: 3 × WECHAT_TIMEOUT_MS. */
const CALL_BUDGET_MS = 3 * TIMEOUT_MS;

const OUTAGE = /Shared token store unavailable/;
const RECOVERY = /Shared token store is answering again/;

/**
 * "Many instances, one token": four demo processes, one Redis, one emulator.
 * Each phase sends 1000 calls (250 per instance, all at once unless said) and
 * records the figures printed at the end.
 */
describeWithRedis(
  'many instances, one token (four demo processes sharing one Redis)',
  () => {
    const http = new HttpLoad();
    const demos: DemoProcess[] = [];
    const wrongSecretDemos: DemoProcess[] = [];
    const report: (RunFigures & { phase: string; tokenFetches: number })[] = [];
    let redis: RedisServer;
    let build: BuiltDemo;
    let wechat: WechatEmulator;
    let wrongSecretWechat: WechatEmulator;
    let orders: { orderId: string; waybillId: string }[] = [];

    const tokenRequests = (emulator = wechat) =>
      emulator.requests.count(WECHAT_PATHS.stableToken);

    const envFor = (emulator: WechatEmulator, extra = {}) => ({
      WECHAT_APP_ID: emulator.appId,
      WECHAT_APP_SECRET: emulator.appSecret,
      WECHAT_API_BASE_URL: emulator.url,
      WECHAT_TIMEOUT_MS: String(TIMEOUT_MS),
      REDIS_URL: redis.url,
      ...extra,
    });

    /**
     * 1000 getPath calls (a read: what matters here is the token each call needs;
     * reads are also retried after a reset or timeout the loaded test machine may
     * cause), 250 through each instance.
     */
    const pathCalls = () =>
      orders.map((order, i) => {
        const demo = demos[i % INSTANCES];
        return () =>
          http.call(
            'GET',
            `${demo.url}/logistics/orders/${order.orderId}/path?deliveryId=TEST&waybillId=${order.waybillId}`,
          );
      });

    const record = (
      phase: string,
      outcomes: CallOutcome[],
      tokenFetches: number,
    ) => report.push({ phase, ...figures(outcomes), tokenFetches });

    beforeAll(async () => {
      build = buildDemo();
      redis = await RedisServer.start();
      wechat = await WechatEmulator.start();
      orders = Array.from({ length: INSTANCES * CALLS_PER_INSTANCE }, (_, i) =>
        wechat.orders.seed({
          orderId: `ORDER-${i}`,
          deliveryId: 'TEST',
          waybillId: `WAYBILL-${i}`,
        }),
      );
      wrongSecretWechat = await WechatEmulator.start({
        appId: 'wx00000000wrongsecret',
      });
      const start = async (env: Record<string, string>, into: DemoProcess[]) =>
        into.push(await DemoProcess.start(build, env));
      await Promise.all([
        ...Array.from({ length: INSTANCES }, () =>
          start(envFor(wechat), demos),
        ),
        ...Array.from({ length: INSTANCES }, () =>
          start(
            envFor(wrongSecretWechat, { WECHAT_APP_SECRET: 'not-the-secret' }),
            wrongSecretDemos,
          ),
        ),
      ]);
    }, 120_000);

    afterAll(async () => {
      await Promise.allSettled(
        [...demos, ...wrongSecretDemos].map((demo) => demo.stop()),
      );
      http.close();
      await wechat?.stop();
      await wrongSecretWechat?.stop();
      await redis?.stop();
      build?.remove();
      if (report.length > 0) {
        console.log(
          `Many instances, one token (${INSTANCES} demo processes, one Redis, budget ${CALL_BUDGET_MS} ms per call):\n` +
            report
              .map(
                (r) =>
                  `  ${r.phase}: ${r.tokenFetches} token fetch(es), ${r.calls} calls, ${r.failures} failed, longest call ${r.longestMs} ms` +
                  (r.firstFailure && r.phase.indexOf('wrong secret') < 0
                    ? ` (first failure: ${r.firstFailure})`
                    : ''),
              )
              .join('\n'),
        );
      }
    }, 60_000);

    it('cold start: 1000 concurrent calls through four instances cause exactly one token fetch in total', async () => {
      const outcomes = await Promise.all(pathCalls().map((c) => c()));
      record('cold start', outcomes, tokenRequests());

      expect(figures(outcomes).failures).toBe(0);
      expect(tokenRequests()).toBe(1);
      expect(wechat.tokens.fetchCount).toBe(1);
      // Shared through Redis under the demo's Keyv namespace.
      const redisClient = createDemoRedisClient(redis.url);
      await redisClient.connect();
      try {
        const stored = await redisClient.get(
          `${DEMO_CACHE_NAMESPACE}::wechat-logistics:access-token:stable:${wechat.appId}`,
        );
        expect(stored).toContain(wechat.tokens.latestToken('stable'));
      } finally {
        redisClient.destroy();
      }
    }, 60_000);

    it('a revoked token: 1000 concurrent calls, exactly one refresh in total and every call succeeds', async () => {
      const before = tokenRequests();
      wechat.tokens.revokeAll();
      const outcomes = await Promise.all(pathCalls().map((c) => c()));
      record('token revoked', outcomes, tokenRequests() - before);

      expect(figures(outcomes).failures).toBe(0);
      expect(tokenRequests() - before).toBe(1);
    }, 60_000);

    it('Redis stopped mid-run: calls still succeed within their budget; restarted, the instances share one token again', async () => {
      const before = tokenRequests();
      let done = 0;
      const calls = pathCalls().map((call) => async () => {
        const outcome = await call();
        done += 1;
        return outcome;
      });
      const run = runPooled(calls, 40);
      await waitFor('a quarter of the run', () => done >= 250);
      await redis.stop();
      await waitFor('half of the run', () => done >= 500);
      wechat.tokens.revokeAll(); // each instance now has to refresh without the shared store
      const outcomes = await run;
      record(
        'Redis down mid-run (token revoked during the outage)',
        outcomes,
        tokenRequests() - before,
      );

      expect(figures(outcomes).failures).toBe(0);
      expect(figures(outcomes).longestMs).toBeLessThan(CALL_BUDGET_MS);
      // Each instance fetched at most once on its own, and said so once, not once per call.
      expect(tokenRequests() - before).toBeLessThanOrEqual(INSTANCES);
      for (const demo of demos) expect(demo.lines(OUTAGE)).toHaveLength(1);

      await redis.launch(); // same port, empty
      await waitFor(
        'every instance to see Redis again',
        async () => {
          await Promise.all(
            demos.map((demo) =>
              http.call('GET', `${demo.url}/logistics/deliveries`),
            ),
          );
          return demos.every((demo) => demo.lines(RECOVERY).length === 1);
        },
        30_000,
      );
      for (const demo of demos) expect(demo.lines(OUTAGE)).toHaveLength(1);

      const afterRecovery = tokenRequests();
      wechat.tokens.revokeAll();
      const shared = await Promise.all(pathCalls().map((c) => c()));
      record(
        'Redis back, token revoked',
        shared,
        tokenRequests() - afterRecovery,
      );

      expect(figures(shared).failures).toBe(0);
      expect(tokenRequests() - afterRecovery).toBe(1);
    }, 120_000);

    it('Redis restarted, three quiet seconds, a revoked token: one fetch for the cluster (each instance saw the store return by itself)', async () => {
      const outages = demos.map((demo) => demo.lines(OUTAGE).length);
      const recoveries = demos.map((demo) => demo.lines(RECOVERY).length);
      await redis.stop();
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past every instance's one second of token in hand
      await Promise.all(
        demos.map((demo) =>
          http.call('GET', `${demo.url}/logistics/deliveries`),
        ),
      );
      await waitFor('every instance to see the outage', () =>
        demos.every((demo, i) => demo.lines(OUTAGE).length === outages[i] + 1),
      );
      await redis.launch(); // same port, empty
      await new Promise((resolve) => setTimeout(resolve, 3000)); // quiet: no call reaches any instance
      expect(
        demos.map((demo, i) => demo.lines(RECOVERY).length - recoveries[i]),
      ).toEqual(demos.map(() => 1));

      const before = tokenRequests();
      wechat.tokens.revokeAll();
      const outcomes = await Promise.all(
        pathCalls()
          .filter((_, i) => i % 5 === 0) // 4 × 50 calls
          .map((c) => c()),
      );
      record(
        'Redis restarted, 3 quiet seconds, token revoked (4 × 50 calls)',
        outcomes,
        tokenRequests() - before,
      );
      expect(figures(outcomes).failures).toBe(0);
      expect(tokenRequests() - before).toBe(1);
    }, 60_000);

    it('a wrong secret: one token request per cool-down for the whole cluster, not one per call', async () => {
      const round = () =>
        Promise.all(
          Array.from({ length: 400 }, (_, i) =>
            http.call(
              'GET',
              `${wrongSecretDemos[i % INSTANCES].url}/logistics/deliveries`,
            ),
          ),
        );
      const first = await round();
      const second = await round(); // still within the 30 s cool-down
      record(
        'wrong secret, 2 × 400 calls',
        [...first, ...second],
        tokenRequests(wrongSecretWechat),
      );

      for (const outcome of [...first, ...second]) {
        expect(outcome.status).toBe(500);
        expect(outcome.body).toMatchObject({ errcode: 40125 });
      }
      expect(tokenRequests(wrongSecretWechat)).toBe(1);
    }, 60_000);
  },
  { ownServer: true },
);
