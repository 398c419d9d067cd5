import { WechatPushError } from 'nestjs-wechat-logistics';
import { randomUUID } from 'node:crypto';
import { CapturingLogger } from '../support/capturing-logger';
import { sealedPathUpdate } from '../support/push-request';
import {
  DURABLE_PUSH_SETTINGS,
  type DurablePushApp,
  processedKey,
  runsKey,
  startDurablePushApp,
} from './fixtures/durable-push-app';
import { RedisServer, describeWithRedis } from './support/redis-server';

const PUSHES = 200;
/** WeChat waits this long for an answer; a later one counts as failed and the push is re-sent. */
const WECHAT_WAITS_MS = 5000;
const FREEZE_MS = 8000;
/** Pushes arrive over this long, the freeze starting shortly after the first. */
const ARRIVALS_MS = 4000;
const FREEZE_AFTER_MS = 500;
/** WeChat's re-sends, sped up: one a second, to the other instance, until `success`. */
const RESEND_EVERY_MS = 1000;
const MAX_ATTEMPTS = 40;

interface Attempt {
  readonly startedAt: number;
  readonly tookMs: number;
  readonly answer: 'success' | 'late' | number;
}

/**
 * A push is answered within its budget (`push.answerBudgetMs`, 4 s) whatever
 * Redis does: frozen (SIGSTOP) for 8 s while 200 pushes arrive at two
 * instances, every answer is `success` or a quick 503, WeChat's re-sends get
 * each version through once Redis answers again, and no handler ever runs
 * twice for one version — inline (the handler itself waits on Redis, as an
 * app's database write would) and with durable delivery.
 */
describeWithRedis(
  'the answer budget of a push, Redis frozen for 8 s under 200 pushes on two instances',
  () => {
    let redis: RedisServer;
    const report: string[] = [];
    beforeAll(async () => {
      redis = await RedisServer.start();
    }, 30_000);
    afterAll(async () => {
      redis?.resume();
      await redis?.stop();
      if (report.length > 0) console.log(report.join('\n'));
    });

    it.each([
      ['inline', undefined],
      ['queued', { attempts: 20, backoffMs: 200, concurrency: 8 }],
    ] as const)(
      '%s: every push answered before WeChat gives up, every version handled exactly once',
      async (delivery, queue) => {
        const namespace = `budget-${delivery}-${randomUUID()}`;
        const logger = new CapturingLogger();
        const instances: DurablePushApp[] = [];
        try {
          for (let i = 0; i < 2; i += 1)
            instances.push(
              await startDurablePushApp({
                redisUrl: redis.url,
                namespace,
                // Long enough that some runs are under way when Redis freezes.
                behaviour: { failRate: 0, workMs: 200 },
                queue,
                handlerTimeoutMs: 4000,
                logger,
              }),
            );
          const [first] = instances;
          const attempts: Attempt[] = [];

          /** What WeChat does with one push: send it, re-send it to the other instance until `success`. */
          const deliver = async (i: number): Promise<boolean> => {
            const copy = sealedPathUpdate(DURABLE_PUSH_SETTINGS, {
              orderId: `O-${i}`,
              waybillId: `WB-${i}`,
              version: 1,
            });
            for (let n = 0; n < MAX_ATTEMPTS; n += 1) {
              const startedAt = Date.now();
              const answer = await instances[(i + n) % 2].push
                .receive(copy)
                .then(
                  () => 'success' as const,
                  // 503 "later, please", 401/400/415 refusals; anything else (a handler's failure) is a 500.
                  (error: unknown) =>
                    error instanceof WechatPushError ? error.httpStatus : 500,
                );
              const tookMs = Date.now() - startedAt;
              const late = tookMs >= WECHAT_WAITS_MS;
              attempts.push({
                startedAt,
                tookMs,
                answer: late ? 'late' : answer,
              });
              if (answer === 'success' && !late) return true;
              await new Promise((resolve) =>
                setTimeout(resolve, RESEND_EVERY_MS),
              );
            }
            return false;
          };

          const t0 = Date.now();
          const freeze = (async () => {
            await new Promise((resolve) =>
              setTimeout(resolve, FREEZE_AFTER_MS),
            );
            redis.pause();
            const frozenAt = Date.now();
            await new Promise((resolve) => setTimeout(resolve, FREEZE_MS));
            redis.resume();
            return { frozenAt, thawedAt: Date.now() };
          })();
          const delivered = await Promise.all(
            Array.from({ length: PUSHES }, async (_, i) => {
              await new Promise((resolve) =>
                setTimeout(resolve, (i * ARRIVALS_MS) / PUSHES),
              );
              return deliver(i);
            }),
          );
          const { frozenAt, thawedAt } = await freeze;

          // Durable delivery: the workers catch up once Redis answers.
          const expected = Array.from(
            { length: PUSHES },
            (_, i) => `WB-${i}@1`,
          );
          const deadline = Date.now() + 60_000;
          let processed: Record<string, string> = {};
          for (;;) {
            processed = await first.client.hGetAll(processedKey(namespace));
            if (Object.keys(processed).length >= PUSHES) break;
            if (Date.now() > deadline) break;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          // Late handler runs (none expected) would land within a claim's lifetime.
          await new Promise((resolve) => setTimeout(resolve, 2000));
          processed = await first.client.hGetAll(processedKey(namespace));
          const runs = Number(await first.client.get(runsKey(namespace)));

          const inFreeze = attempts.filter(
            (a) => a.startedAt >= frozenAt && a.startedAt < thawedAt,
          );
          const longest = Math.max(...attempts.map((a) => a.tookMs));
          const longestInFreeze = Math.max(0, ...inFreeze.map((a) => a.tookMs));
          const counts = (answer: Attempt['answer']) =>
            attempts.filter((a) => a.answer === answer).length;
          const twice = Object.values(processed).filter(
            (count) => Number(count) > 1,
          ).length;
          report.push(
            `${delivery}, Redis frozen ${FREEZE_MS / 1000} s at +${frozenAt - t0} ms, ${PUSHES} pushes over ${ARRIVALS_MS / 1000} s to 2 instances: ` +
              `${attempts.length} attempts (success ${counts('success')}, 503 ${counts(503)}, 500 ${counts(500)}, late ${counts('late')}); ` +
              `longest answer ${longest} ms (during the freeze ${longestInFreeze} ms); ` +
              `handler runs ${runs}, versions processed ${Object.keys(processed).length}, processed twice ${twice}`,
          );

          // The contract: answered before WeChat stops waiting, every time.
          expect(counts('late')).toBe(0);
          expect(delivered.every(Boolean)).toBe(true);
          // Every version handled, each exactly once, and no handler started twice.
          expect(Object.keys(processed).sort()).toEqual([...expected].sort());
          expect(twice).toBe(0);
          expect(runs).toBe(PUSHES);
          // The freeze was felt: some pushes had to wait for a re-send.
          expect(counts(503)).toBeGreaterThan(0);
          expect(logger.text()).not.toContain(DURABLE_PUSH_SETTINGS.token);
        } finally {
          redis.resume();
          await Promise.allSettled(instances.map((i) => i.close()));
        }
      },
      180_000,
    );
  },
  { ownServer: true },
);
