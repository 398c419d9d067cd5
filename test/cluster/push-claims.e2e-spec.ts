import { CacheModule } from '@nestjs/cache-manager';
import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  OnPathUpdate,
  type PathUpdateEvent,
  PushHandlerFailedError,
  RedisPushClaim,
  WechatLogisticsModule,
  WechatPushError,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { randomUUID } from 'node:crypto';
import { createKeyvRedisStore } from '../../apps/demo/src/config/cache-options.factory';
import {
  type DemoRedisClient,
  createDemoRedisClient,
} from '../../apps/demo/src/config/demo-redis';
import { type PushSettings, sealedPathUpdate } from '../support/push-request';
import { RedisServer, describeWithRedis } from './support/redis-server';

const settings: PushSettings = {
  token: 'claim-test-token',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx0123456789abcdef',
};
const VERSIONS = 12;
/** WeChat re-sends a push it got no `success` for, a few times, a few seconds apart (shortened here). */
const RESENDS = 5;

/** Handler runs, counted across every instance of the test: what "exactly once" is about. */
const runs = new Map<string, number>();
let failuresLeft = 0;

@Injectable()
class CountingHandler {
  @OnPathUpdate()
  async handle(event: PathUpdateEvent): Promise<void> {
    // Long enough for the copies sent to the other instances to arrive meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 30));
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error('order database unavailable');
    }
    const key = `${event.waybillId}@${event.version}`;
    runs.set(key, (runs.get(key) ?? 0) + 1);
  }
}

interface Instance {
  readonly app: INestApplicationContext;
  readonly push: WechatPushService;
  readonly client: DemoRedisClient;
}

/** One instance of a cluster: token cache (and push ledger) and push claims on the shared Redis. */
async function startInstance(
  redisUrl: string,
  namespace: string,
): Promise<Instance> {
  const client = createDemoRedisClient(redisUrl);
  await client.connect();
  const moduleRef = await Test.createTestingModule({
    imports: [
      CacheModule.register({
        isGlobal: true,
        stores: [createKeyvRedisStore(client, namespace)],
      }),
      WechatLogisticsModule.forRoot({
        appId: settings.appId,
        appSecret: 'unused',
        pushToken: settings.token,
        encodingAesKey: settings.encodingAesKey,
        push: { handlerTimeoutMs: 1000 },
        pushClaim: new RedisPushClaim(client, { keyPrefix: `${namespace}:` }),
      }),
    ],
    providers: [CountingHandler],
  }).compile();
  moduleRef.useLogger(false);
  const app = await moduleRef.init();
  return { app, push: app.get(WechatPushService), client };
}

const sealed = (waybillId: string, version: number) =>
  sealedPathUpdate(settings, { orderId: `O-${waybillId}`, waybillId, version });

/** What WeChat does with one copy: send it, and re-send while the answer is not `success`. */
async function deliver(
  instances: readonly Instance[],
  first: number,
  copy: ReturnType<typeof sealed>,
): Promise<'success' | 'given up'> {
  for (let attempt = 0; attempt <= RESENDS; attempt += 1) {
    const instance = instances[(first + attempt) % instances.length];
    try {
      await instance.push.receive(copy);
      return 'success';
    } catch (error) {
      if (
        !(error instanceof WechatPushError && error.reason === 'in-progress') &&
        !(error instanceof PushHandlerFailedError)
      )
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  }
  return 'given up';
}

describeWithRedis(
  'push events handled exactly once across instances (one Redis)',
  () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await RedisServer.start();
    }, 30_000);
    afterAll(() => redis?.stop());

    it.each([2, 4])(
      '%i instances get every version at the same moment, then a re-send: each version runs its handlers once',
      async (count) => {
        runs.clear();
        const namespace = `claims-${randomUUID()}`;
        const instances = await Promise.all(
          Array.from({ length: count }, () =>
            startInstance(redis.url, namespace),
          ),
        );
        try {
          const waybillId = `WB-${count}`;
          const outcomes = await Promise.all(
            Array.from({ length: VERSIONS }, (_, i) => i + 1).flatMap(
              (version) =>
                // The same push to every instance at once…
                instances.map((_, n) =>
                  deliver(instances, n, sealed(waybillId, version)),
                ),
            ),
          );
          // …then once more, as WeChat re-sends what it thinks failed.
          const resent = await Promise.all(
            Array.from({ length: VERSIONS }, (_, i) =>
              deliver(instances, i, sealed(waybillId, i + 1)),
            ),
          );
          expect([...outcomes, ...resent].every((o) => o === 'success')).toBe(
            true,
          );
          const perVersion = Array.from(
            { length: VERSIONS },
            (_, i) => runs.get(`${waybillId}@${i + 1}`) ?? 0,
          );
          console.log(
            `${count} instances, ${VERSIONS} versions each sent to all at once plus a re-send: handler runs per version ${JSON.stringify(perVersion)}`,
          );
          expect(perVersion).toEqual(Array.from({ length: VERSIONS }, () => 1));
        } finally {
          await Promise.all(
            instances.map(async ({ app, client }) => {
              await app.close();
              if (client.isOpen) client.destroy();
            }),
          );
        }
      },
      30_000,
    );

    it('a failed handler frees its claim: the re-send runs the handlers again, and then once only', async () => {
      runs.clear();
      const namespace = `claims-${randomUUID()}`;
      const instances = await Promise.all(
        [0, 1].map(() => startInstance(redis.url, namespace)),
      );
      try {
        failuresLeft = 1;
        const copy = sealed('WB-FAIL', 1);
        await expect(instances[0].push.receive(copy)).rejects.toBeInstanceOf(
          PushHandlerFailedError,
        );
        expect(runs.get('WB-FAIL@1')).toBeUndefined();
        await expect(instances[1].push.receive(copy)).resolves.toMatchObject({
          status: 'processed',
        });
        await expect(instances[0].push.receive(copy)).resolves.toMatchObject({
          status: 'duplicate',
        });
        expect(runs.get('WB-FAIL@1')).toBe(1);
      } finally {
        failuresLeft = 0;
        await Promise.all(
          instances.map(async ({ app, client }) => {
            await app.close();
            if (client.isOpen) client.destroy();
          }),
        );
      }
    });

    it('a frozen Redis (connected, answering nothing): the push is answered 503 within its budget, and a re-send once it answers runs the handlers once', async () => {
      const frozen = await RedisServer.start();
      const instance = await startInstance(
        frozen.url,
        `frozen-${randomUUID()}`,
      );
      runs.clear();
      try {
        frozen.pause();
        // Nobody can tell whether another instance ran it: "later, please" rather than a second run.
        const refusal = await instance.push
          .receive(sealed('WB-FROZEN', 1))
          .catch((error: unknown) => error);
        expect(refusal).toMatchObject({
          name: 'WechatPushError',
          reason: 'unavailable',
          httpStatus: 503,
        });
        expect(runs.get('WB-FROZEN@1')).toBeUndefined();
        frozen.resume();
        // WeChat re-sends until it gets `success`.
        let outcome: unknown;
        for (
          let attempt = 0;
          attempt < 20 && outcome === undefined;
          attempt += 1
        ) {
          outcome = await instance.push
            .receive(sealed('WB-FROZEN', 1))
            .catch(async () => {
              await new Promise((resolve) => setTimeout(resolve, 250));
              return undefined;
            });
        }
        expect(outcome).toMatchObject({ status: 'processed' });
        expect(runs.get('WB-FROZEN@1')).toBe(1);
      } finally {
        frozen.resume();
        await instance.app.close();
        if (instance.client.isOpen) instance.client.destroy();
        await frozen.stop();
      }
    }, 30_000);
  },
);
