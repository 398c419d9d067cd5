import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type BuiltDemo, buildDemo } from './support/build-demo';
import { DemoProcess } from './support/demo-process';
import { HttpLoad, figures } from './support/http-load';
import { RedisServer, describeWithRedis } from './support/redis-server';

const INSTANCES = 3;
const CALLS_PER_APP_PER_INSTANCE = 100;
const SHOP_B = { appId: 'wxbbbbbbbbbbcluster', appSecret: 'shop-b-secret' };

/**
 * Many instances, two mini programs, one Redis: each app's token is fetched
 * once for the whole cluster, and one app's revoked token refreshes that app
 * only, once.
 */
describeWithRedis(
  'many instances, two mini programs (three demo processes sharing one Redis)',
  () => {
    const http = new HttpLoad();
    const demos: DemoProcess[] = [];
    let redis: RedisServer;
    let build: BuiltDemo;
    let wechat: WechatEmulator;
    const report: string[] = [];

    /** `stable_token` requests for `appId`. */
    const tokenRequests = (appId: string) =>
      wechat.requests
        .forPath(WECHAT_PATHS.stableToken)
        .filter((request) => request.rawBody.includes(`"appid":"${appId}"`))
        .length;

    /** The same number of calls for each app through every instance, all at once. */
    const bothApps = () =>
      Promise.all(
        demos.flatMap((demo) =>
          Array.from({ length: CALLS_PER_APP_PER_INSTANCE }, () => [
            http.call('GET', `${demo.url}/logistics/deliveries`),
            http.call(
              'GET',
              `${demo.url}/logistics/apps/${SHOP_B.appId}/deliveries`,
            ),
          ]).flat(),
        ),
      );

    beforeAll(async () => {
      build = buildDemo();
      redis = await RedisServer.start();
      wechat = await WechatEmulator.start({ apps: [SHOP_B] });
      const env = {
        WECHAT_APP_ID: wechat.appId,
        WECHAT_APP_SECRET: wechat.appSecret,
        WECHAT_API_BASE_URL: wechat.url,
        WECHAT_TIMEOUT_MS: '5000',
        REDIS_URL: redis.url,
        WECHAT_EXTRA_APPS: JSON.stringify([SHOP_B]),
      };
      demos.push(
        ...(await Promise.all(
          Array.from({ length: INSTANCES }, () =>
            DemoProcess.start(build, env),
          ),
        )),
      );
    }, 120_000);

    afterAll(async () => {
      await Promise.allSettled(demos.map((demo) => demo.stop()));
      http.close();
      await wechat?.stop();
      await redis?.stop();
      build?.remove();
      if (report.length > 0)
        console.log(
          `Two mini programs, ${INSTANCES} instances, one Redis:\n${report.join('\n')}`,
        );
    }, 60_000);

    it('cold start: exactly one token fetch per app for the whole cluster, each call with its own token', async () => {
      const outcomes = await bothApps();
      const { failures, calls } = figures(outcomes);
      report.push(
        `  cold start: ${calls} calls, ${failures} failed; token fetches default ${tokenRequests(wechat.appId)}, shop B ${tokenRequests(SHOP_B.appId)}`,
      );
      expect(failures).toBe(0);
      expect(tokenRequests(wechat.appId)).toBe(1);
      expect(tokenRequests(SHOP_B.appId)).toBe(1);
      const credited = (appId: string) =>
        wechat.requests
          .forApp(appId)
          .filter((r) => r.path === WECHAT_PATHS.getAllDelivery).length;
      expect(credited(wechat.appId)).toBe(
        INSTANCES * CALLS_PER_APP_PER_INSTANCE,
      );
      expect(credited(SHOP_B.appId)).toBe(
        INSTANCES * CALLS_PER_APP_PER_INSTANCE,
      );
    }, 60_000);

    it("one app's token revoked: that app refreshes once for the cluster, the other not at all", async () => {
      const before = {
        a: tokenRequests(wechat.appId),
        b: tokenRequests(SHOP_B.appId),
      };
      wechat.app(SHOP_B.appId).tokens.revokeAll();
      const outcomes = await bothApps();
      const { failures, calls } = figures(outcomes);
      const fetched = {
        a: tokenRequests(wechat.appId) - before.a,
        b: tokenRequests(SHOP_B.appId) - before.b,
      };
      report.push(
        `  shop B's token revoked: ${calls} calls, ${failures} failed; token fetches default ${fetched.a}, shop B ${fetched.b}`,
      );
      expect(failures).toBe(0);
      expect(fetched).toEqual({ a: 0, b: 1 });
    }, 60_000);
  },
);
