import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ShipmentResult,
  type ShipmentState,
} from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type BuiltDemo, ROOT, buildDemo } from './support/build-demo';
import { DemoProcess } from './support/demo-process';
import { RedisServer, describeWithRedis } from './support/redis-server';
import {
  type ShipmentWitness,
  type ShippedOrderKeys,
  witness,
} from './support/shipment-witness';
import { waitFor } from './support/wait';

const BUYER = 'oShipCrashBuyer000000000001';
/** How long the emulator holds a request the test kills its sender during: long enough to be killed in the middle. */
const HOLD_MS = 1500;

/** What a shipper process printed once its `ship` returned. */
interface ShipOutcome {
  readonly result?: ShipmentResult;
  readonly failed?: { name: string; message: string };
  readonly state: ShipmentState | null;
  /** The WeChat calls this process made (its spans), in order. */
  readonly calls: string[];
}

/**
 * `ship` killed (SIGKILL: no finally, no shutdown) at each point of its run,
 * then called again in another process on the same Redis: WeChat — the
 * emulator, whose request log and books are the witness — must end with
 * exactly one waybill, one shipping-info upload (the payment's one re-upload
 * unspent), one tracking registration (with a second token only where
 * WeChat's answer to the first was lost: a token cannot be asked for by
 * waybill), and the second process must report the shipment completed. And
 * two processes shipping the same order at once must do each step once
 * between them. The second process waits out the dead run's claim lease
 * (SHIPMENT_LEASE_MS, 10 s) before it takes the order over: most of each
 * test's time.
 *
 * The crash points need no hook in the library: the shipper (test code) is
 * the app, so it owns the OpenTelemetry SDK (the library's span per WeChat
 * call ends when WeChat answered, before the library sees the answer) and
 * the cache store (it sees the record's writes); see fixtures/crash-point.ts.
 * A request in flight is held by the emulator (a fault delay) while the test
 * kills its sender; the emulator then applies it, as WeChat would a request
 * whose sender vanished: "WeChat has it, we do not know".
 */
describeWithRedis(
  'ship an order exactly once: crashes at every step, concurrent instances (real processes, one Redis)',
  () => {
    let build: BuiltDemo;
    let redis: RedisServer;
    let wechat: WechatEmulator;
    const namespace = `ship-crash-${randomUUID()}`;
    const started: DemoProcess[] = [];
    const report: string[] = [];
    let transactions = 0;

    beforeAll(async () => {
      build = buildDemo();
      [redis, wechat] = await Promise.all([
        RedisServer.start(),
        WechatEmulator.start(),
      ]);
    }, 120_000);
    afterAll(async () => {
      await Promise.allSettled(started.map((process) => process.stop()));
      await wechat?.stop();
      await redis?.stop();
      build?.remove();
      if (report.length > 0) console.log(report.join('\n'));
    }, 60_000);
    afterEach(() => wechat.faults.clear());

    /** A paid order of a fresh id, its payment 待发货 at WeChat Pay. */
    function newOrder(label: string): ShippedOrderKeys & { input: object } {
      const orderId = `SHIP-${label}-${randomUUID().slice(0, 8)}`;
      // WeChat Pay's transaction ids are digits.
      transactions += 1;
      const transactionId = `42000000${Date.now()}${String(transactions).padStart(4, '0')}`;
      wechat.shipping.seedPayment({
        transactionId,
        outTradeNo: orderId,
        payerOpenid: BUYER,
        description: '咖啡豆',
      });
      // The walk-through's order, under this order id (`ship` gives it to addOrder).
      const waybill = JSON.parse(
        readFileSync(join(ROOT, 'docs/examples/add-order.json'), 'utf8'),
      ) as Record<string, unknown>;
      delete waybill.orderId;
      return {
        orderId,
        transactionId,
        input: {
          orderId,
          waybill: { ...waybill, openid: BUYER },
          payment: { transactionId },
          payerOpenid: BUYER,
          itemDesc: '咖啡豆 ×1',
          tracking: {
            mode: 'follow',
            receiverPhone: '13900139000',
            goods: [
              { name: '咖啡豆', imageUrl: 'https://example.com/coffee.png' },
            ],
          },
        },
      };
    }

    /** A booted shipper for `order`, waiting for GO; `crashAt` makes it SIGKILL itself there. */
    async function shipper(
      order: { input: object },
      crashAt?: string,
    ): Promise<DemoProcess> {
      const process = await DemoProcess.startFixture(
        build,
        'shipper.main',
        {
          REDIS_URL: redis.url,
          NAMESPACE: namespace,
          WECHAT_URL: wechat.url,
          WECHAT_APP_ID: wechat.appId,
          WECHAT_APP_SECRET: wechat.appSecret,
          SHIP_INPUT: JSON.stringify(order.input),
          ...(crashAt ? { CRASH_AT: crashAt } : {}),
        },
        /^READY$/,
      );
      started.push(process);
      return process;
    }

    /** What a process that was sent GO reported once `ship` returned. */
    async function outcomeOf(process: DemoProcess): Promise<ShipOutcome> {
      const state = await process.waitForLine(/^STATE /, 60_000);
      const shipped = process.lines(/^SHIPPED /)[0];
      const failed = process.lines(/^FAILED /)[0];
      return {
        result: shipped && JSON.parse(shipped.slice('SHIPPED '.length)),
        failed: failed && JSON.parse(failed.slice('FAILED '.length)),
        state: JSON.parse(state.slice('STATE '.length)),
        calls: callsOf(process),
      };
    }

    const callsOf = (process: DemoProcess): string[] =>
      process.lines(/^CALL /).map((line) => line.slice('CALL '.length));

    /** Ships in a process that SIGKILLs itself at `crashAt`; resolves once it is dead, with the calls it made. */
    async function crashIn(
      order: { input: object },
      crashAt: string,
    ): Promise<string[]> {
      const doomed = await shipper(order, crashAt);
      doomed.send('GO');
      const signal = await doomed.exit();
      if (signal !== 'SIGKILL' || doomed.lines(/^CRASHING /).length !== 1)
        throw new Error(
          `the shipper did not crash at ${crashAt}:\n${doomed.output.join('\n')}`,
        );
      return callsOf(doomed);
    }

    /**
     * Ships in a process the test SIGKILLs while WeChat holds its request to
     * `path` (logged, not yet answered); resolves once WeChat applied that
     * request anyway (`applied`), as it does for a sender that vanished.
     */
    async function killInFlight(
      order: ShippedOrderKeys & { input: object },
      path: string,
      reached: (seen: ShipmentWitness) => boolean,
      applied: (seen: ShipmentWitness) => boolean,
    ): Promise<void> {
      wechat.faults.inject({ path, delayMs: HOLD_MS, times: 1 });
      const doomed = await shipper(order);
      doomed.send('GO');
      await waitFor(`${path} to reach WeChat`, () => {
        if (doomed.lines(/^STATE /).length > 0)
          throw new Error(`the shipper finished:\n${doomed.output.join('\n')}`);
        return reached(witness(wechat, order));
      });
      await doomed.kill();
      await waitFor(`WeChat to apply ${path} after its sender died`, () =>
        applied(witness(wechat, order)),
      );
    }

    /** `ship` again in a fresh process: it takes the order over once the dead run's lease lapsed. */
    async function shipAgain(order: { input: object }): Promise<ShipOutcome> {
      const survivor = await shipper(order);
      survivor.send('GO');
      const outcome = await outcomeOf(survivor);
      await survivor.exit();
      return outcome;
    }

    /** Exactly one of each at WeChat, the second process's result naming them, the shipment completed. */
    function expectShippedOnce(
      order: ShippedOrderKeys,
      outcome: ShipOutcome,
      { trackingTokens = 1 }: { trackingTokens?: number } = {},
    ): ShipmentWitness {
      expect(outcome.failed).toBeUndefined();
      const seen = witness(wechat, order);
      expect(seen.waybillId).toBeDefined();
      expect(outcome.result).toMatchObject({
        orderId: order.orderId,
        deliveryId: 'TEST',
        waybillId: seen.waybillId,
        expressCompany: 'TEST',
        shippingUploaded: true,
      });
      // The payment shipped once: 已发货, and its one re-upload still there.
      expect(seen.paymentState).toBe(2);
      expect(seen.finishShippingCount).toBe(1);
      // One registration for tracking, for the buyer, and the token returned is WeChat's.
      expect(seen.trackedFor).toBe(BUYER);
      expect(seen.trackingTokens).toHaveLength(trackingTokens);
      expect(seen.trackingTokens).toContain(outcome.result?.waybillToken);
      expect(outcome.state?.status).toBe('completed');
      expect(
        Object.values(outcome.state?.steps ?? {}).map((step) => step.status),
      ).toEqual(['done', 'done', 'done']);
      return seen;
    }

    function note(
      point: string,
      seen: ShipmentWitness,
      second: string[],
    ): void {
      report.push(
        `ship killed ${point}: addOrder ${seen.addOrderRequests}, upload ${seen.uploadRequests} (finish_shipping_count ${seen.finishShippingCount}), followWaybill ${seen.followRequests} (tokens ${seen.trackingTokens.length}); the second process called ${second.join(', ') || 'nothing'}`,
      );
    }

    // ---- the waybill ----

    it('killed while addOrder is in flight, WeChat creating the waybill after the crash: one waybill', async () => {
      // Guard: a waybill step found "running" is a re-run, which asks
      // getOrder for the order id before booking (runWaybillStep). Without
      // it the second process sends addOrder again (a repeated booking,
      // which WeChat refuses as 9300508 and the add-order reconcile turns
      // into the existing waybill: two addOrder requests); without the
      // reconcile too, `ship` fails.
      const order = newOrder('waybill-in-flight');
      await killInFlight(
        order,
        WECHAT_PATHS.addOrder,
        (seen) => seen.addOrderRequests === 1,
        (seen) => seen.waybillId !== undefined,
      );
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome);
      expect(seen).toMatchObject({
        addOrderRequests: 1,
        uploadRequests: 1,
        followRequests: 1,
      });
      expect(outcome.calls).toContain('logistics.getOrder');
      note(
        'with addOrder in flight (applied after the crash)',
        seen,
        outcome.calls,
      );
    }, 90_000);

    it('killed after WeChat answered addOrder, before the record said so: one waybill', async () => {
      // Guard: as above (a running waybill step asks getOrder before
      // booking): WeChat has the order, the record only says "running".
      const order = newOrder('waybill-answered');
      expect(await crashIn(order, 'call-answered:logistics.addOrder')).toEqual(
        expect.arrayContaining(['logistics.addOrder']),
      );
      expect(witness(wechat, order).waybillId).toBeDefined();
      expect(witness(wechat, order).uploadRequests).toBe(0);
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome);
      expect(seen).toMatchObject({
        addOrderRequests: 1,
        uploadRequests: 1,
        followRequests: 1,
      });
      expect(outcome.calls).toContain('logistics.getOrder');
      note('after WeChat answered addOrder, unrecorded', seen, outcome.calls);
    }, 90_000);

    it('killed right after the waybill was recorded: the second process books nothing', async () => {
      // Guard: the waybill step's record (done, with the waybill). Without
      // it the second process sends addOrder again: two bookings attempted
      // (WeChat refuses the second as a duplicate at best).
      const order = newOrder('waybill-recorded');
      await crashIn(order, 'recorded:waybill');
      expect(witness(wechat, order)).toMatchObject({
        addOrderRequests: 1,
        uploadRequests: 0,
      });
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome);
      expect(seen.addOrderRequests).toBe(1);
      expect(outcome.calls).not.toContain('logistics.addOrder');
      expect(outcome.calls).not.toContain('logistics.getOrder');
      expect(seen.uploadRequests).toBe(1);
      expect(seen.followRequests).toBe(1);
      note('after the waybill was recorded', seen, outcome.calls);
    }, 90_000);

    // ---- the shipping info (one re-upload per payment) ----

    it('killed while uploadShippingInfo is in flight, WeChat applying it after the crash: the re-upload unspent', async () => {
      // Guard: a shipping-info step found "running" is checked with the
      // shipping API's getOrder before any retry. Without it the second
      // process uploads again: the same info is refused (10060023 发货信息未更新,
      // `ship` fails), and anything changed in it (an item description
      // edited meanwhile) is taken as the payment's one re-upload
      // (finish_shipping_count 2).
      const order = newOrder('upload-in-flight');
      await killInFlight(
        order,
        WECHAT_PATHS.uploadShippingInfo,
        (seen) => seen.uploadRequests === 1,
        (seen) => seen.paymentState === 2,
      );
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome);
      expect(seen.addOrderRequests).toBe(1);
      expect(seen.uploadRequests).toBe(1);
      expect(outcome.calls).toContain('shipping.getOrder');
      note(
        'with uploadShippingInfo in flight (applied after the crash)',
        seen,
        outcome.calls,
      );
    }, 90_000);

    it('killed after WeChat accepted the upload, before the record said so: the re-upload unspent', async () => {
      // Guard: as above (getOrder before any retry of a running upload).
      const order = newOrder('upload-answered');
      await crashIn(order, 'call-answered:shipping.uploadShippingInfo');
      expect(witness(wechat, order)).toMatchObject({
        uploadRequests: 1,
        paymentState: 2,
        followRequests: 0,
      });
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome);
      expect(seen.addOrderRequests).toBe(1);
      expect(seen.uploadRequests).toBe(1);
      expect(outcome.calls).toContain('shipping.getOrder');
      note('after WeChat accepted the upload, unrecorded', seen, outcome.calls);
    }, 90_000);

    it('killed right after the upload was recorded: the second process neither uploads nor asks', async () => {
      // Guard: the shipping-info step's record (done). Without it the
      // second process would at least have to ask WeChat (getOrder), and
      // without that check too it would spend the re-upload.
      const order = newOrder('upload-recorded');
      await crashIn(order, 'recorded:shippingInfo');
      expect(witness(wechat, order)).toMatchObject({
        uploadRequests: 1,
        followRequests: 0,
      });
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome);
      expect(seen.addOrderRequests).toBe(1);
      expect(seen.uploadRequests).toBe(1);
      expect(outcome.calls).not.toContain('shipping.uploadShippingInfo');
      expect(outcome.calls).not.toContain('shipping.getOrder');
      note('after the upload was recorded', seen, outcome.calls);
    }, 90_000);

    // ---- tracking ----

    it('killed while followWaybill is in flight, WeChat registering it after the crash: one registration, a token that works', async () => {
      // WeChat offers no way to ask whether a waybill is followed without the
      // token it returned, so the token of a registration whose answer was
      // lost can only be had by registering again, which WeChat takes as the
      // same registration (its first buyer and goods kept) with a second
      // token. Guard: a tracking step found "running" is run again rather
      // than trusted; without it the result has no token for the buyer.
      const order = newOrder('tracking-in-flight');
      await killInFlight(
        order,
        WECHAT_PATHS.followWaybill,
        (seen) => seen.followRequests === 1,
        (seen) => seen.trackingTokens.length === 1,
      );
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome, { trackingTokens: 2 });
      expect(seen).toMatchObject({
        addOrderRequests: 1,
        uploadRequests: 1,
        followRequests: 2,
      });
      expect(outcome.calls).toEqual(['tracking.followWaybill']);
      note(
        'with followWaybill in flight (applied after the crash)',
        seen,
        outcome.calls,
      );
    }, 90_000);

    it('killed after WeChat answered followWaybill, before the record said so: one registration, a token that works', async () => {
      // Guard: as above (a running tracking step is run again).
      const order = newOrder('tracking-answered');
      await crashIn(order, 'call-answered:tracking.followWaybill');
      expect(witness(wechat, order).trackingTokens).toHaveLength(1);
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome, { trackingTokens: 2 });
      expect(seen).toMatchObject({
        addOrderRequests: 1,
        uploadRequests: 1,
        followRequests: 2,
      });
      expect(outcome.calls).toEqual(['tracking.followWaybill']);
      note(
        'after WeChat answered followWaybill, unrecorded',
        seen,
        outcome.calls,
      );
    }, 90_000);

    it('killed right after tracking was recorded: the second process sends WeChat nothing', async () => {
      // Guard: the tracking step's record (done, with its token). Without it
      // the waybill is registered again (a second token).
      const order = newOrder('tracking-recorded');
      await crashIn(order, 'recorded:tracking');
      expect(witness(wechat, order).followRequests).toBe(1);
      const requestsBefore = wechat.requests.count();
      const outcome = await shipAgain(order);
      const seen = expectShippedOnce(order, outcome);
      expect(seen).toMatchObject({
        addOrderRequests: 1,
        uploadRequests: 1,
        followRequests: 1,
      });
      expect(outcome.calls).toEqual([]);
      expect(wechat.requests.count()).toBe(requestsBefore);
      note('after tracking was recorded', seen, outcome.calls);
    }, 90_000);

    // ---- two instances at once ----

    it('two processes shipping the same order at the same moment: one waybill, one upload, one registration', async () => {
      // Guard: the cluster-wide claim on (app, order id). Without it both
      // runs book (the slower addOrder is a duplicate), both upload (the
      // second spends the re-upload) and both register tracking.
      const order = newOrder('concurrent');
      // The first addOrder is held, so both runs are surely under way at once.
      wechat.faults.inject({
        path: WECHAT_PATHS.addOrder,
        delayMs: HOLD_MS,
        times: 1,
      });
      const pair = await Promise.all([shipper(order), shipper(order)]);
      pair.forEach((process) => process.send('GO'));
      const outcomes = await Promise.all(pair.map(outcomeOf));
      const seen = witness(wechat, order);
      for (const outcome of outcomes) {
        expect(outcome.failed).toBeUndefined();
        expect(outcome.result).toEqual(outcomes[0].result);
      }
      expectShippedOnce(order, outcomes[0]);
      expect(seen).toMatchObject({
        addOrderRequests: 1,
        uploadRequests: 1,
        followRequests: 1,
      });
      report.push(
        `two processes shipping one order at once: addOrder ${seen.addOrderRequests}, upload ${seen.uploadRequests} (finish_shipping_count ${seen.finishShippingCount}), followWaybill ${seen.followRequests}; calls: [${outcomes.map((o) => o.calls.join(', ') || 'none').join('] [')}]`,
      );
    }, 90_000);
  },
  { ownServer: true },
);
