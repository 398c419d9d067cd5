import { randomBytes } from 'node:crypto';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type PushSettings, sealedPathUpdate } from '../support/push-request';
import { type BuiltDemo, buildDemo } from './support/build-demo';
import { DemoProcess } from './support/demo-process';
import { RedisServer, describeWithRedis } from './support/redis-server';

const VERSIONS = 12;
/** WeChat re-sends a push it got no `success` for; a few times, shortened here. */
const RESENDS = 5;

/**
 * The measurement, in real processes: demo instances on one Redis,
 * each of 12 path-update versions sent to every instance at the same moment
 * and then once more (a WeChat re-send). Handler runs are counted from the
 * events the demo recorded, which live in Redis and so count every instance.
 */
describeWithRedis(
  'push events exactly once, real demo processes on one Redis',
  () => {
    let redis: RedisServer;
    let build: BuiltDemo;
    let wechat: WechatEmulator;
    const report: string[] = [];
    const push: PushSettings = {
      token: randomBytes(8).toString('hex'),
      encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      appId: '',
    };

    beforeAll(async () => {
      build = buildDemo();
      redis = await RedisServer.start();
      wechat = await WechatEmulator.start();
      push.appId = wechat.appId;
    }, 120_000);
    afterAll(async () => {
      await wechat?.stop();
      await redis?.stop();
      build?.remove();
      if (report.length > 0) console.log(report.join('\n'));
    }, 60_000);

    /** One copy as WeChat delivers it: re-sent (to the next instance) until answered `success`. */
    async function deliver(
      demos: readonly DemoProcess[],
      first: number,
      waybillId: string,
      version: number,
    ): Promise<boolean> {
      for (let attempt = 0; attempt <= RESENDS; attempt += 1) {
        const built = sealedPathUpdate(push, {
          orderId: `O-${waybillId}`,
          waybillId,
          version,
        });
        const demo = demos[(first + attempt) % demos.length];
        const response = await fetch(
          `${demo.url}/logistics/events?${new URLSearchParams(built.query).toString()}`,
          {
            method: 'POST',
            headers: { 'content-type': built.contentType },
            body: built.body,
          },
        );
        if ((await response.text()) === 'success' && response.status === 200)
          return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    }

    it.each([2, 4])(
      '%i instances: every version sent to all at once, then re-sent, runs its handlers once',
      async (count) => {
        const demos = await Promise.all(
          Array.from({ length: count }, () =>
            DemoProcess.start(build, {
              WECHAT_APP_ID: wechat.appId,
              WECHAT_APP_SECRET: wechat.appSecret,
              WECHAT_API_BASE_URL: wechat.url,
              REDIS_URL: redis.url,
              WECHAT_PUSH_TOKEN: push.token,
              WECHAT_PUSH_AES_KEY: push.encodingAesKey,
            }),
          ),
        );
        try {
          const waybillId = `WB-EXACT-${count}`;
          const versions = Array.from({ length: VERSIONS }, (_, i) => i + 1);
          const delivered = await Promise.all(
            versions.flatMap((version) =>
              demos.map((_, n) => deliver(demos, n, waybillId, version)),
            ),
          );
          const resent = await Promise.all(
            versions.map((version, i) => deliver(demos, i, waybillId, version)),
          );
          expect([...delivered, ...resent].every(Boolean)).toBe(true);

          // Any instance lists what every instance recorded.
          const lists = await Promise.all(
            demos.map(async (demo) => {
              const response = await fetch(
                `${demo.url}/logistics/orders/O-${waybillId}/events`,
              );
              return (await response.json()) as { version: number }[];
            }),
          );
          for (const list of lists) expect(list).toEqual(lists[0]);
          const perVersion = versions.map(
            (version) => lists[0].filter((e) => e.version === version).length,
          );
          report.push(
            `${count} instances, one Redis: each of ${VERSIONS} versions sent to all at once plus a re-send; handler runs per version ${JSON.stringify(perVersion)}`,
          );
          expect(perVersion).toEqual(versions.map(() => 1));
        } finally {
          await Promise.allSettled(demos.map((demo) => demo.stop()));
        }
      },
      120_000,
    );
  },
);
