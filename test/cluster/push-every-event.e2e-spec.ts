import {
  PushHandlerFailedError,
  type PushOutcome,
  WechatPushError,
} from 'nestjs-wechat-logistics';
import { randomUUID } from 'node:crypto';
import {
  EVERY_EVENT_SETTINGS,
  type EveryEventApp,
  runsKey,
  startEveryEventApp,
} from './fixtures/every-event-app';
import {
  EVERY_EVENT_PUSHES,
  type ExamplePush,
  TEXT_MESSAGE,
} from '../support/every-event-pushes';
import { parseFields } from '../../libs/wechat-logistics/src/push/push-body';
import { type BuiltPush, sealedPush } from '../support/push-request';
import { RedisServer, describeWithRedis } from './support/redis-server';
import { waitFor } from './support/wait';

/** WeChat re-sends a push it got no `success` for, a few times, a few seconds apart (shortened here). */
const RESENDS = 5;

const sealed = (push: ExamplePush): BuiltPush =>
  sealedPush(EVERY_EVENT_SETTINGS, push.fields, push.format);

/** What WeChat does with one copy: send it, and re-send (to the next instance) while the answer is not a reply. */
async function deliver(
  instances: readonly EveryEventApp[],
  first: number,
  push: ExamplePush,
): Promise<PushOutcome> {
  for (let attempt = 0; ; attempt += 1) {
    const instance = instances[(first + attempt) % instances.length];
    try {
      return await instance.push.receive(sealed(push));
    } catch (error) {
      const retried =
        (error instanceof WechatPushError && error.reason === 'in-progress') ||
        error instanceof PushHandlerFailedError;
      if (!retried || attempt === RESENDS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  }
}

/** Handler runs so far, `handler | what` → count, across every instance. */
async function runs(instance: EveryEventApp, namespace: string) {
  return instance.client.hGetAll(runsKey(namespace));
}

/** Every handler run the pushes should cause, once each. */
const EXPECTED_RUNS = {
  'track | add_express_path WB-ALL@1': '1',
  'trackAgain | add_express_path WB-ALL@1': '1',
  [`remindAccess ${EVERY_EVENT_SETTINGS.appId} | trade_manage_remind_access_api 1700000000`]:
    '1',
  'remindShipping | trade_manage_remind_shipping 4200000000202311150000000001':
    '1',
  'settlement@1700877600 | trade_manage_order_settlement shipped': '1',
  'settlement@1700300000 | trade_manage_order_settlement settled': '1',
  'waybillStatus 张三 | update_waybill_status ORD0001 102': '1',
  'anything | * text hello': '1',
};

/**
 * One push URL for every event, on two instances sharing one Redis: each of
 * the five typed events (both settlement shapes) sent to both instances at
 * the same moment and then re-sent reaches its handler once; a user's text
 * message, sent once, reaches the `'*'` handler once; typed events never
 * reach `'*'`. Inline and with durable delivery.
 */
describeWithRedis(
  'every event on one push URL, two instances on one Redis',
  () => {
    let redis: RedisServer;
    const started: EveryEventApp[] = [];

    beforeAll(async () => {
      redis = await RedisServer.start();
    }, 30_000);
    afterAll(async () => {
      await Promise.allSettled(started.map((instance) => instance.close()));
      await redis?.stop();
    }, 60_000);

    async function startTwo(
      durable: boolean,
    ): Promise<{ instances: EveryEventApp[]; namespace: string }> {
      const namespace = `every-event-${randomUUID()}`;
      const instances = await Promise.all(
        [0, 1].map(() =>
          startEveryEventApp({ redisUrl: redis.url, namespace, durable }),
        ),
      );
      started.push(...instances);
      return { instances, namespace };
    }

    /** Each typed push to both instances at once, then once more (a re-send); the text message once. */
    async function sendEverything(
      instances: readonly EveryEventApp[],
    ): Promise<{ typed: PushOutcome[]; text: PushOutcome }> {
      const concurrent = await Promise.all(
        EVERY_EVENT_PUSHES.flatMap((push) =>
          instances.map((_, n) => deliver(instances, n, push)),
        ),
      );
      const resent = await Promise.all(
        EVERY_EVENT_PUSHES.map((push, i) => deliver(instances, i, push)),
      );
      const text = await deliver(instances, 0, TEXT_MESSAGE);
      return { typed: [...concurrent, ...resent], text };
    }

    function expectReplies(outcomes: readonly PushOutcome[]): void {
      for (const outcome of outcomes) {
        if (outcome.status === 'delivered' || outcome.status === 'ignored') {
          expect(outcome.reply.body).toBe('success');
          continue;
        }
        if (outcome.name !== 'update_waybill_status') {
          expect(outcome.reply).toEqual({
            body: 'success',
            contentType: 'text/plain; charset=utf-8',
          });
          continue;
        }
        // The XML push gets the echoed reply in XML, sealed in safe mode like the push.
        expect(outcome.reply.contentType).toBe('text/xml; charset=utf-8');
        expect(Object.keys(parseFields(outcome.reply.body, 'xml'))).toEqual([
          'Encrypt',
          'MsgSignature',
          'TimeStamp',
          'Nonce',
        ]);
      }
    }

    it('inline: each typed event runs its handlers once, the text message its "*" handler once, each with its reply', async () => {
      const { instances, namespace } = await startTwo(false);
      const { typed, text } = await sendEverything(instances);
      expect(
        typed.every(
          (o) => o.status === 'processed' || o.status === 'duplicate',
        ),
      ).toBe(true);
      expect(text).toMatchObject({ status: 'delivered', msgType: 'text' });
      expectReplies([...typed, text]);
      expect(await runs(instances[0], namespace)).toEqual(EXPECTED_RUNS);
    }, 60_000);

    it('durable delivery: every typed event queued once and run once from the queue, the text message inline once', async () => {
      const { instances, namespace } = await startTwo(true);
      const { typed, text } = await sendEverything(instances);
      expect(
        typed.every((o) => o.status === 'queued' || o.status === 'duplicate'),
      ).toBe(true);
      expect(text).toMatchObject({ status: 'delivered', msgType: 'text' });
      expectReplies([...typed, text]);
      await waitFor(
        'every handler to have run',
        async () =>
          Object.keys(await runs(instances[0], namespace)).length ===
          Object.keys(EXPECTED_RUNS).length,
        30_000,
      );
      // Re-sends after the queue ran them are duplicates, not new jobs.
      const late = await Promise.all(
        EVERY_EVENT_PUSHES.map((push, i) => deliver(instances, i, push)),
      );
      expect(late.map((o) => o.status)).toEqual(
        EVERY_EVENT_PUSHES.map(() => 'duplicate'),
      );
        expect(await runs(instances[0], namespace)).toEqual(EXPECTED_RUNS);
    }, 60_000);
  },
);
