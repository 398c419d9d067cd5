import { type INestApplication } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxService } from '../apps/demo/src/sandbox/sandbox.service';
import { startDemoApp } from './support/demo-app';

const ROOT = join(__dirname, '..');

/**
 * bash with stdin on /dev/null: on a socket (Node's default for a child's
 * stdio) bash takes itself for a remote shell and reads ~/.bashrc.
 */
function bash(script: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'bash',
      ['--norc', '--noprofile', '-e', '-o', 'pipefail', '-c', script],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 30_000,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve({ stdout, stderr })
        : reject(new Error(`bash exited ${code}: ${stderr}`)),
    );
  });
}

/** The README's walk-through exactly as printed: the bash block under "Sandbox walk-through". */
function walkThroughScript(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Sandbox walk-through'));
  const start = section.indexOf('```bash\n') + '```bash\n'.length;
  return section.slice(start, section.indexOf('\n```', start));
}

/** Each step's answer and the status line `call` prints after it. */
function steps(output: string): { body: string; status: number }[] {
  return [...output.matchAll(/(.*)\n→ HTTP (\d{3})\n/g)].map((m) => ({
    body: m[1],
    status: Number(m[2]),
  }));
}

/**
 * Runs the README's walk-through with bash and curl against the demo in
 * sandbox mode, twice against the same demo: every step prints its status
 * on a line of its own, and the second run answers exactly as the first.
 */
describe('README walk-through, run as a person runs it (bash + curl)', () => {
  let app: INestApplication;
  let base: string;
  beforeAll(async () => {
    app = await startDemoApp({});
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    app.get(SandboxService).connectPush(base);
  });
  afterAll(() => app?.close());

  it('prints each status on its own line, and gives the same answers when run again', async () => {
    const script = walkThroughScript().replaceAll(
      'localhost:3000',
      base.replace(/^http:\/\//, ''),
    );
    const runs = [];
    for (let i = 0; i < 2; i += 1) {
      const { stdout, stderr } = await bash(script);
      expect(stderr).toBe('');
      runs.push(steps(stdout));
      expect(stdout).not.toContain('undefined');
    }
    const [first, second] = runs;
    const statuses = first.map((step) => step.status);
    expect(statuses).toEqual([
      200, 201, 200, 200, 200, 409, 200, 201, 200, 201, 200, 200, 200, 200, 201,
      200, 200, 200, 201, 200, 200, 200, 200, 201, 200, 200, 200, 200, 200,
      // 同城配送: apply, store, top-up page, sandbox order, four statuses, read, page data
      200,
      201, 200, 201, 200, 200, 200, 200, 200, 200,
      // one order shipped in one call: payment, ship, ship again, pick-up, receipt, settlement, its state
      201,
      201, 201, 200, 200, 200, 200,
    ]);
    expect(second.map((step) => step.status)).toEqual(statuses);

    for (const answers of runs) {
      const [
        carriers,
        added,
        ,
        ,
        path,
        refused,
        events,
        added2,
        cancelled,
        paid,
        ,
        confirmed,
        settled,
        settlementPushes,
        traced,
        ,
        buyerView,
        insured,
        returned,
        selfShipped,
        returnState,
        unbound,
        localQuote,
        localAdded,
        rider,
        ,
        delivering,
        localRead,
        localOrders,
        ,
        store,
        charge,
        icAdded,
        ,
        ,
        ,
        ,
        icRead,
        icOrders,
        shipPaid,
        shipped,
        shippedAgain,
        ,
        ,
        shipSettled,
        shipment,
      ] = answers.map(
        (step) => JSON.parse(step.body) as Record<string, unknown>,
      );
      expect(JSON.stringify(carriers)).toContain('"deliveryId":"TEST"');
      expect(store).toMatchObject({
        outStoreId: expect.stringMatching(/^GZ-\d+$/),
      });
      expect(charge).toMatchObject({ payUrl: expect.any(String) });
      expect(icAdded).toMatchObject({
        storeOrderId: expect.stringMatching(/^IC-\d+$/),
      });
      expect(icRead).toMatchObject({
        wxOrderId: icAdded.wxOrderId,
        orderStatus: 70000,
      });
      expect(
        (icOrders as unknown as Record<string, unknown>[]).find(
          (o) => o.wxOrderId === icAdded.wxOrderId,
        ),
      ).toMatchObject({
        state: '配送完成 · delivered',
        final: 'success',
        verifiedBy: 'sign',
        steps: [10000, 30000, 40000, 50000, 70000].map((orderStatus): unknown =>
          expect.objectContaining({ orderStatus, verifiedBy: 'sign' }),
        ),
      });
      expect(added).toMatchObject({
        orderId: expect.stringMatching(/^WALK-\d+-1$/),
      });
      expect(path).toMatchObject({ pathItemNum: 2 });
      expect(refused).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        errcode: 9300506,
      });
      expect(events).toHaveLength(2);
      expect(added2).toMatchObject({
        orderId: expect.stringMatching(/^WALK-\d+-2$/),
      });
      expect(cancelled).toEqual({
        deliveryResultcode: 0,
        deliveryResultmsg: '',
      });
      expect(paid).toMatchObject({ orderState: 1 });
      expect(confirmed).toMatchObject({ orderState: 3 });
      expect(settled).toMatchObject({ orderState: 4 });
      // The two settlement pushes, each once: will settle, then settled.
      expect(settlementPushes).toEqual([
        expect.objectContaining({
          transactionId: paid.transactionId,
          stage: 'shipped',
        }),
        expect.objectContaining({
          transactionId: paid.transactionId,
          stage: 'settled',
        }),
      ]);
      // The buyer side: a tracking token, what the buyer's page reads once
      // signed, a return of the goods self-shipped and released.
      expect(traced).toEqual({ waybillToken: expect.any(String) });
      expect(buyerView).toMatchObject({
        waybillInfo: { status: 4, waybillId: added.waybillId },
      });
      expect(insured).toEqual({ wxPayId: paid.transactionId, insured: true });
      expect(returned).toEqual({ returnId: expect.stringMatching(/^\d{19}$/) });
      expect(selfShipped).toMatchObject({
        returnId: returned.returnId,
        status: 2,
      });
      expect(returnState).toMatchObject({
        status: 2,
        waybillId: 'SF1234567890',
        deliveryId: 'SF',
      });
      expect(unbound).toEqual({});
      // 即时配送: quoted, placed, moved by the sandbox to 301, read, on the page.
      expect(localQuote).toMatchObject({ fee: expect.any(Number) });
      expect(localAdded).toMatchObject({ orderStatus: 101 });
      expect(rider).toEqual({});
      expect(delivering).toEqual({});
      expect(localRead).toMatchObject({
        orderStatus: 301,
        orderStatusInfo: { zh: '配送中' },
        riderName: '我是小哥',
      });
      expect(
        (localOrders as unknown as Record<string, unknown>[]).find(
          (order) =>
            order.waybillId === (localAdded as { waybillId: string }).waybillId,
        ),
      ).toMatchObject({
        state: '配送中 · in delivery',
        rider: { name: '我是小哥', phone: '13712345678' },
        expectedArrival: expect.any(String),
      });
      // One order shipped in one call: its payment, the result (twice the
      // same: nothing sent again), settled, and every step done once.
      expect(shipPaid).toMatchObject({ orderState: 1 });
      expect(shipped).toEqual({
        orderId: expect.stringMatching(/^SHIP-\d+$/),
        deliveryId: 'TEST',
        waybillId: expect.any(String),
        expressCompany: 'TEST',
        shippingUploaded: true,
        waybillToken: expect.any(String),
      });
      expect(shippedAgain).toEqual(shipped);
      expect(shipSettled).toMatchObject({
        transactionId: shipPaid.transactionId,
        orderState: 4,
      });
      expect(shipment).toMatchObject({
        orderId: shipped.orderId,
        status: 'completed',
        steps: {
          waybill: { status: 'done', attempts: 1 },
          shippingInfo: { status: 'done', attempts: 1 },
          tracking: { status: 'done', attempts: 1 },
        },
      });
    }
    // Fresh ids: the second run made its own orders and its own payment.
    expect(second[1].body).not.toBe(first[1].body);
    expect(second[9].body).not.toBe(first[9].body);
  }, 90_000);
});
