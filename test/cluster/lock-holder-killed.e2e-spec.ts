import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type BuiltDemo, buildDemo } from './support/build-demo';
import { DemoProcess } from './support/demo-process';
import { HttpLoad, figures } from './support/http-load';
import { RedisServer, describeWithRedis } from './support/redis-server';
import { waitFor } from './support/wait';

const TIMEOUT_MS = 5000;
const CALL_BUDGET_MS = 3 * TIMEOUT_MS;
/** The lock's TTL sized for a whole refresh (timeoutMs + 4 × store timeout + 1 s): what a lease avoids waiting out. */
const FULL_REFRESH_TTL_MS = TIMEOUT_MS + 4 * 250 + 1000;
const CALLS_PER_SURVIVOR = 50;

/**
 * The instance holding the refresh lock is SIGKILLed while its token request
 * is in flight (WeChat slow to answer it). The others, waiting on the lock,
 * must take the refresh over within the lock's short lease — every call
 * succeeding, well within its budget and before a full-refresh TTL.
 */
describeWithRedis(
  'the refresh-lock holder killed mid-refresh (four demo processes, one Redis)',
  () => {
    const http = new HttpLoad();
    let redis: RedisServer;
    let build: BuiltDemo;
    let wechat: WechatEmulator;
    let demos: DemoProcess[] = [];

    beforeAll(async () => {
      build = buildDemo();
      redis = await RedisServer.start();
      wechat = await WechatEmulator.start();
      const env = {
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
        WECHAT_API_BASE_URL: wechat.url,
        WECHAT_TIMEOUT_MS: String(TIMEOUT_MS),
        REDIS_URL: redis.url,
      };
      demos = await Promise.all(
        Array.from({ length: 4 }, () => DemoProcess.start(build, env)),
      );
    }, 120_000);

    afterAll(async () => {
      await Promise.allSettled(demos.map((demo) => demo.stop()));
      http.close();
      await wechat?.stop();
      await redis?.stop();
      build?.remove();
    }, 60_000);

    it('zero failed calls, every call within its budget: the others take over within the lease', async () => {
      const [holder, ...survivors] = demos;
      // The holder's token request hangs at WeChat long enough to be killed in the middle of it.
      wechat.faults.inject({
        path: WECHAT_PATHS.stableToken,
        delayMs: 10_000,
        times: 1,
      });
      void http.call('GET', `${holder.url}/logistics/deliveries`);
      await waitFor(
        'the holder to be asking WeChat for a token',
        () => wechat.requests.count(WECHAT_PATHS.stableToken) === 1,
      );

      const calls = survivors.flatMap((demo) =>
        Array.from({ length: CALLS_PER_SURVIVOR }, () =>
          http.call('GET', `${demo.url}/logistics/deliveries`),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 200)); // the survivors wait on the lock
      await holder.kill();
      const outcomes = await Promise.all(calls);
      const { failures, longestMs, calls: count } = figures(outcomes);
      console.log(
        `Refresh-lock holder SIGKILLed mid-refresh: ${count} calls on the other three instances, ${failures} failed, longest call ${longestMs} ms (budget ${CALL_BUDGET_MS} ms, full-refresh TTL ${FULL_REFRESH_TTL_MS} ms), token requests ${wechat.requests.count(WECHAT_PATHS.stableToken)}`,
      );
      expect(failures).toBe(0);
      expect(longestMs).toBeLessThan(CALL_BUDGET_MS);
      // Taken over within the lease (2 s) plus a fetch, not after the full-refresh TTL.
      expect(longestMs).toBeLessThan(FULL_REFRESH_TTL_MS - 2000);
      expect(wechat.requests.count(WECHAT_PATHS.stableToken)).toBe(2);
    }, 60_000);
  },
  { ownServer: true },
);
