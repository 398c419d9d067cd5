import { getQueueToken } from '@nestjs/bullmq';
import { type Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import {
  WECHAT_SHIPMENT_QUEUE,
  type ShipOrderInput,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { RedisServer } from '../../../test/cluster/support/redis-server';
import { shipInput } from '../../../test/shipment/ship-order-fixtures';
import {
  type RedisShipmentApp,
  startRedisShipmentApp,
} from '../../../test/shipment/redis-shipment-app';
import { runCalls } from '../support/load';
import { type MetricRow } from '../support/report';
import { type Scenario } from '../support/scenario';

const SHIPMENTS = 300;
/** Callers in flight inline, and the queue worker's concurrency: the same, so the two figures compare. */
const CONCURRENCY = 16;

/**
 * Shipments per second on this machine, emulator + Redis + BullMQ, three
 * ways in the same run: the bare addOrder rate (the first step alone, no
 * records), `ship` inline (three WeChat calls, records and claim on Redis),
 * and `ship(input, { wait: false })` through the queue (enqueue all, until
 * the worker has completed all). The emulator runs in this process.
 */
export const shipmentsScenario: Scenario = {
  name: 'shipments',
  async run({ config, log }) {
    const redis = process.env.REDIS_TEST_URL
      ? undefined
      : await RedisServer.start();
    const redisUrl = process.env.REDIS_TEST_URL ?? redis!.url;
    const wechat = await WechatEmulator.start();
    const bare: number[] = [];
    const inline: number[] = [];
    const queued: number[] = [];
    let failures = 0;
    const inputs = (): ShipOrderInput[] =>
      Array.from({ length: SHIPMENTS }, (_, i) => {
        const payer = `oBench${i}`;
        const { transactionId } = wechat.shipping.seedPayment({
          payerOpenid: payer,
        });
        return shipInput(`BS-${randomUUID()}`, transactionId, payer);
      });
    let app: RedisShipmentApp | undefined;
    try {
      app = await startRedisShipmentApp({
        redisUrl,
        namespace: `bench-${randomUUID()}`,
        wechat,
        queue: { concurrency: CONCURRENCY, backoffMs: 100 },
      });
      const { shipments } = app;
      const logistics = app.app.get(WechatLogisticsService);
      const queue = app.app.get<Queue>(getQueueToken(WECHAT_SHIPMENT_QUEUE));
      for (let run = 0; run < config.slowRuns; run += 1) {
        log(
          `shipments: run ${run + 1}/${config.slowRuns}, ${SHIPMENTS} each way`,
        );
        const orders = inputs().map((input) => ({
          ...input.waybill,
          orderId: `BA-${randomUUID()}`,
        }));
        let next = 0;
        let started = performance.now();
        failures += (
          await runCalls(
            () => logistics.addOrder(orders[next++]),
            SHIPMENTS,
            CONCURRENCY,
          )
        ).length;
        bare.push(SHIPMENTS / ((performance.now() - started) / 1000));

        const inlineInputs = inputs();
        next = 0;
        started = performance.now();
        failures += (
          await runCalls(
            () => shipments.ship(inlineInputs[next++]),
            SHIPMENTS,
            CONCURRENCY,
          )
        ).length;
        inline.push(SHIPMENTS / ((performance.now() - started) / 1000));

        const queuedInputs = inputs();
        const before = await queue.getJobCounts('completed', 'failed');
        started = performance.now();
        next = 0;
        failures += (
          await runCalls(
            () => shipments.ship(queuedInputs[next++], { wait: false }),
            SHIPMENTS,
            CONCURRENCY,
          )
        ).length;
        for (;;) {
          const counts = await queue.getJobCounts('completed', 'failed');
          const done =
            counts.completed -
            before.completed +
            (counts.failed - before.failed);
          if (done >= SHIPMENTS) {
            failures += counts.failed - before.failed;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        queued.push(SHIPMENTS / ((performance.now() - started) / 1000));
      }
    } finally {
      await app?.close();
      await wechat.stop();
      await redis?.stop();
    }
    const invalid =
      failures > 0 ? `${failures} failed calls or jobs` : undefined;
    const row = (metric: string, runs: number[]): MetricRow => ({
      scenario: 'shipments',
      metric,
      unit: '/s',
      runs,
      digits: 0,
      ...(invalid ? { invalid } : {}),
    });
    return [
      row(`bare addOrder (baseline), concurrency ${CONCURRENCY}`, bare),
      row(
        `ship inline (3 calls, records on Redis), concurrency ${CONCURRENCY}`,
        inline,
      ),
      row(
        `ship through the BullMQ queue (enqueue → all done), worker concurrency ${CONCURRENCY}`,
        queued,
      ),
    ];
  },
};
