import { type PushOutcome, WechatPushError } from 'nestjs-wechat-logistics';
import { randomUUID } from 'node:crypto';
import {
  DURABLE_PUSH_SETTINGS,
  type DurablePushApp,
  processedKey,
  runsKey,
  startDurablePushApp,
} from './fixtures/durable-push-app';
import { CapturingLogger } from '../support/capturing-logger';
import { sealedPathUpdate } from '../support/push-request';
import { type BuiltDemo, buildDemo } from './support/build-demo';
import { DemoProcess } from './support/demo-process';
import { RedisServer, describeWithRedis } from './support/redis-server';
import { waitFor } from './support/wait';

const PUSHES = 1000;
const INSTANCES = 3;

const sealed = (waybillId: string, version: number) =>
  sealedPathUpdate(DURABLE_PUSH_SETTINGS, {
    orderId: `O-${waybillId}`,
    waybillId,
    version,
  });

/**
 * Durable delivery on a real Redis through real BullMQ workers: events are
 * enqueued before WeChat's `success`, handlers run from the queue with
 * retries, what exhausts its attempts waits in the failed set until replayed,
 * and a worker killed mid-handler gives its event to another.
 */
describeWithRedis('durable push delivery (BullMQ on one Redis)', () => {
  let redis: RedisServer;
  const report: string[] = [];
  const started: DurablePushApp[] = [];

  beforeAll(async () => {
    redis = await RedisServer.start();
  }, 30_000);
  afterAll(async () => {
    await Promise.allSettled(started.map((instance) => instance.close()));
    await redis?.stop();
    if (report.length > 0) console.log(report.join('\n'));
  }, 60_000);

  async function start(
    namespace: string,
    options: Omit<
      Parameters<typeof startDurablePushApp>[0],
      'redisUrl' | 'namespace'
    >,
  ): Promise<DurablePushApp> {
    const instance = await startDurablePushApp({
      redisUrl: redis.url,
      namespace,
      ...options,
    });
    started.push(instance);
    return instance;
  }

  async function processedCounts(
    instance: DurablePushApp,
    namespace: string,
  ): Promise<Record<string, string>> {
    return instance.client.hGetAll(processedKey(namespace));
  }

  it(`${PUSHES} pushes, handlers failing 30 % of the time at random: all processed exactly once, none lost, the failed set empty after replay`, async () => {
    const namespace = `durable-${randomUUID()}`;
    const instances = await Promise.all(
      Array.from({ length: INSTANCES }, () =>
        start(namespace, {
          behaviour: { failRate: 0.3 },
          queue: { attempts: 3, backoffMs: 20, concurrency: 8 },
        }),
      ),
    );
    const [first] = instances;
    const keys = Array.from(
      { length: PUSHES },
      (_, i) => `WB-${Math.floor(i / 4)}@${(i % 4) + 1}`,
    );
    // Every push reaches one instance; every tenth also reaches another at the same moment (a re-send).
    const outcomes = await Promise.all(
      keys.flatMap((key, i) => {
        const [waybillId, version] = key.split('@');
        const copy = sealed(waybillId, Number(version));
        const receive = (n: number): Promise<PushOutcome> =>
          instances[n % INSTANCES].push.receive(copy);
        return i % 10 === 0 ? [receive(i), receive(i + 1)] : [receive(i)];
      }),
    );
    // WeChat got `success` for every copy: each was on the queue (or already done) before the answer.
    expect(
      outcomes.every((o) => o.status === 'queued' || o.status === 'duplicate'),
    ).toBe(true);

    /** Every event done or failed for good: nothing waiting, running or backing off. */
    const settled = async (): Promise<number> => {
      const processed = Object.keys(
        await processedCounts(first, namespace),
      ).length;
      const failed = await first.push.failedDeliveries({ limit: PUSHES });
      return processed + failed.length === PUSHES ? failed.length : -1;
    };
    let failedFirstRound = -1;
    await waitFor(
      'the queue to settle',
      async () => {
        failedFirstRound = await settled();
        return failedFirstRound >= 0;
      },
      120_000,
    );
    const failed = await first.push.failedDeliveries({ limit: PUSHES });
    for (const delivery of failed) {
      expect(delivery.attempts).toBe(3);
      expect(delivery.reason).toContain('RecordingHandler');
      expect(delivery.event.waybillId).toMatch(/^WB-/);
    }

    let replays = 0;
    for (let left = failedFirstRound; left > 0; replays += 1) {
      // Another instance replays than the one that listed: the failed set is the cluster's.
      expect(
        await instances[replays % INSTANCES].push.replayFailedDeliveries(),
      ).toBe(left);
      let now = -1;
      await waitFor(
        'the replayed events to settle',
        async () => {
          now = await settled();
          return now >= 0;
        },
        60_000,
      );
      left = now;
    }

    const counts = await processedCounts(first, namespace);
    const runs = Number(await first.client.get(runsKey(namespace)));
    report.push(
      `durable delivery, ${INSTANCES} instances, ${PUSHES} pushes (+${PUSHES / 10} concurrent copies), handlers failing 30 %: ` +
        `${Object.keys(counts).length} processed, lost ${PUSHES - Object.keys(counts).length}, ` +
        `${failedFirstRound} in the failed set after 3 attempts, empty after ${replays} replay(s); handler runs ${runs}`,
    );
    expect(Object.keys(counts).sort()).toEqual([...keys].sort());
    expect(Object.values(counts).every((count) => count === '1')).toBe(true);
    expect(await first.push.failedDeliveries()).toEqual([]);
    // With 30 % failing, some events must have needed a retry (and some a replay); else nothing was tested.
    expect(runs).toBeGreaterThan(PUSHES);
    expect(failedFirstRound).toBeGreaterThan(0);
  }, 240_000);

  it('a queue that does not answer: WeChat gets 503 (it re-sends), the event is in the error log, no key in it', async () => {
    const frozen = await RedisServer.start();
    const logger = new CapturingLogger();
    const instance = await startDurablePushApp({
      redisUrl: frozen.url,
      namespace: `durable-frozen-${randomUUID()}`,
      behaviour: { failRate: 0 },
      queue: { worker: false, enqueueTimeoutMs: 300 },
      logger,
    });
    try {
      frozen.pause();
      const refusal = await instance.push
        .receive(sealed('WB-FROZEN', 7))
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(WechatPushError);
      expect(refusal).toMatchObject({ reason: 'unavailable', httpStatus: 503 });
      const [line] = logger.messages('error', 'WechatLogistics');
      expect(line).toContain('Path update could not be queued');
      expect(line).toContain('WB-FROZEN');
      // The event's keys, not its content: the buyer's openid and the track's text stay at debug.
      expect(line).not.toContain('oUser0001');
      expect(line).not.toContain('揽件成功');
      expect(logger.text()).not.toContain(DURABLE_PUSH_SETTINGS.token);
      expect(logger.text()).not.toContain(DURABLE_PUSH_SETTINGS.encodingAesKey);
    } finally {
      frozen.resume();
      await instance.close();
      await frozen.stop();
    }
  }, 30_000);

  it('Redis gone: the worker says so once per half minute, not once per reconnect attempt', async () => {
    const doomed = await RedisServer.start();
    const logger = new CapturingLogger();
    const instance = await startDurablePushApp({
      redisUrl: doomed.url,
      namespace: `durable-gone-${randomUUID()}`,
      behaviour: { failRate: 0 },
      queue: {},
      logger,
    });
    try {
      await doomed.stop();
      const lines = () =>
        logger
          .messages('warn', 'WechatLogistics')
          .filter((line) => line.includes('Push queue worker error'));
      await waitFor('the outage to be reported', () => lines().length > 0);
      // BullMQ reconnects (and reports) several times a second meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(lines()).toHaveLength(1);
    } finally {
      await instance.close().catch(() => undefined);
    }
  }, 30_000);

  describe('a worker SIGKILLed in the middle of a handler', () => {
    let build: BuiltDemo;
    beforeAll(() => {
      build = buildDemo();
    }, 120_000);
    afterAll(() => build?.remove());

    it("its job's lock and its claim expire, another worker processes the event, once", async () => {
      const namespace = `durable-kill-${randomUUID()}`;
      const queue = { lockDurationMs: 1000, backoffMs: 300, attempts: 10 };
      const env = {
        REDIS_URL: redis.url,
        NAMESPACE: namespace,
        QUEUE_OPTIONS: JSON.stringify(queue),
        HANDLER_TIMEOUT_MS: '3000',
      };
      // Takes WeChat's pushes in, runs no handlers: which worker gets the job is then up to the test.
      const receiver = await start(namespace, {
        behaviour: { failRate: 0 },
        queue: { ...queue, worker: false },
        handlerTimeoutMs: 3000,
      });
      const doomed = await DemoProcess.startFixture(
        build,
        'push-worker.main',
        { ...env, HANG_WAYBILL: 'WB-KILLED' },
        /^READY$/,
      );
      expect((await receiver.push.receive(sealed('WB-KILLED', 1))).status).toBe(
        'queued',
      );
      await doomed.waitForLine(/^HANDLING WB-KILLED@1$/);
      await doomed.kill();
      const killedAt = Date.now();

      const survivor = await DemoProcess.startFixture(
        build,
        'push-worker.main',
        env,
        /^READY$/,
      );
      try {
        // WeChat re-sends meanwhile: the job exists, nothing is added.
        expect(
          (await receiver.push.receive(sealed('WB-KILLED', 1))).status,
        ).toBe('queued');
        await waitFor(
          "the killed worker's event to be processed",
          async () =>
            (await processedCounts(receiver, namespace))['WB-KILLED@1'] !==
            undefined,
          30_000,
        );
        const tookMs = Date.now() - killedAt;
        // Nothing else runs it again later.
        await new Promise((resolve) => setTimeout(resolve, 2500));
        const counts = await processedCounts(receiver, namespace);
        report.push(
          `durable delivery, worker SIGKILLed mid-handler: processed ${counts['WB-KILLED@1']}× by the other worker, ${(tookMs / 1000).toFixed(1)} s after the kill (lock 1 s, claim 3 s + 5 s)`,
        );
        expect(counts).toEqual({ 'WB-KILLED@1': '1' });
        expect(await receiver.push.failedDeliveries()).toEqual([]);
        // A re-send after it was processed is a duplicate.
        expect(
          (await receiver.push.receive(sealed('WB-KILLED', 1))).status,
        ).toBe('duplicate');
      } finally {
        await survivor.stop();
      }
    }, 90_000);
  });
});
