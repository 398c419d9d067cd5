/// <reference lib="dom" />
// The callbacks given to page.evaluate / waitForFunction run in the page, against its DOM.
import { type INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser } from 'puppeteer-core';
import request from 'supertest';
import { SandboxService } from '../../apps/demo/src/sandbox/sandbox.service';
import { startDemoApp } from '../support/demo-app';
import { shipBody } from '../shipments/shipment-route-fixtures';
import { PLATFORMS } from '../support/platforms';
import {
  describeWithChromium,
  launchChromium,
  markDocument,
  stillTheSameDocument,
} from './chromium';
import {
  PICKED_UP,
  moveSandboxWaybill,
  pickUpSandboxWaybill,
  settleSandboxPayment,
} from '../support/sandbox-carrier';

const example = (name: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'docs', 'examples', name), 'utf8'),
  ) as Record<string, unknown>;
const addOrderExample = example('add-order.json');
const traceExample = example('trace-waybill.json');
const returnExample = example('add-return-id.json');
const localOrderExample = example('local-add-order.json');
const intracityStoreExample = example('intracity-store.json');
const intracityOrderExample = example('intracity-order.json');

/**
 * The tracking page in a real browser (Debian's Chromium through
 * puppeteer-core) against the demo in sandbox mode: the page opens, two
 * testUpdateOrder calls make the emulator push twice, and both track nodes
 * appear without a reload, with no script error.
 */
describeWithChromium('GET /tracking in Chromium', () => {
  let chromium: { browser: Browser; close(): Promise<void> };
  beforeAll(async () => {
    chromium = await launchChromium();
  }, 60_000);
  afterAll(() => chromium?.close());

  describe.each(PLATFORMS)('on %s', (platform) => {
    let app: INestApplication;
    let url: string;
    beforeAll(async () => {
      app = await startDemoApp({}, false, platform);
      // As main.ts does: once the demo listens, the sandbox's emulator pushes to it.
      await app.listen(0, '127.0.0.1');
      url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      app.get(SandboxService).connectPush(url);
    });
    afterAll(() => app?.close());

    it("the README's walk-through: two nodes, each with its action words once (the carrier's message repeats them)", async () => {
      // Steps 2, 3 and 3b of the walk-through, on a fresh page: what docs/tracking-page.png shows.
      const orderId = `WALK-${platform}-1`;
      const added = await request(app.getHttpServer())
        .post('/logistics/orders')
        .send({ ...addOrderExample, orderId })
        .expect(201);
      const waybillId = added.body.waybillId as string;
      const page = await chromium.browser.newPage();
      try {
        await page.setViewport({
          width: 900,
          height: 420,
          deviceScaleFactor: 1,
        });
        await page.goto(`${url}/tracking`);
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        for (const move of [
          PICKED_UP,
          { actionType: 200001, actionMsg: '运输中', actionTime: 1764144000 },
        ])
          await moveSandboxWaybill(
            () => request(app.getHttpServer()),
            orderId,
            waybillId,
            move,
          );
        await page.waitForFunction(
          (id: string) =>
            document.querySelectorAll(`[data-waybill="${id}"] .node`).length ===
            2,
          { timeout: 15_000 },
          waybillId,
        );
        const labels = await page.$$eval(
          `[data-waybill="${waybillId}"] .node`,
          (nodes) =>
            nodes.map((node) =>
              Array.from(node.querySelectorAll('span')).map(
                (span) => span.textContent,
              ),
            ),
        );
        expect(labels).toEqual([
          ['揽件成功 · picked up'],
          ['运输中 · in transit'],
        ]);
        const screenshot = process.env.TRACKING_SCREENSHOT;
        if (screenshot && platform === 'express')
          await page.screenshot({ path: screenshot });
      } finally {
        await page.close();
      }
    }, 60_000);

    it("shows the waybill's shipping state beside its track as the settlement pushes arrive, without a reload", async () => {
      const http = () => request(app.getHttpServer());
      const orderId = `SHIP-${platform}-1`;
      const added = await http()
        .post('/logistics/orders')
        .send({ ...addOrderExample, orderId })
        .expect(201);
      const waybillId = added.body.waybillId as string;
      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      try {
        await page.goto(`${url}/tracking`);
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        await markDocument(page);
        await pickUpSandboxWaybill(http, orderId, waybillId);
        const paid = await http().post('/shipping/test/payments').expect(201);
        const tx = paid.body.transactionId as string;
        await http()
          .post('/shipping/orders/upload')
          .send({
            orderKey: { orderNumberType: 2, transactionId: tx },
            logisticsType: 1,
            deliveryMode: 1,
            shippingList: [
              {
                trackingNo: waybillId,
                expressCompany: 'TEST',
                itemDesc: '咖啡豆*1',
              },
            ],
            uploadTime: '2025-11-26T15:00:00+08:00',
            payer: { openid: paid.body.payerOpenid as string },
          })
          .expect(200);
        const shippingText = (state: string) =>
          page.waitForFunction(
            (id: string, want: string) =>
              document
                .querySelector(`[data-waybill="${id}"] .shipping`)
                ?.getAttribute('data-state') === want,
            { timeout: 15_000 },
            waybillId,
            state,
          );
        const line = () =>
          page.$$eval(`[data-waybill="${waybillId}"] .shipping span`, (spans) =>
            spans.map((span) => span.textContent).join(' | '),
          );
        await shippingText('2');
        expect(await line()).toMatch(
          new RegExp(`^已发货 · shipped \\| will settle on \\d{4}-.* · ${tx}$`),
        );

        await http()
          .post(`/shipping/test/payments/${tx}/confirm-receipt`)
          .expect(200);
        await http().post(`/shipping/test/payments/${tx}/settle`).expect(200);
        await shippingText('4');
        expect(await line()).toMatch(
          new RegExp(`^交易完成 · completed \\| settled on \\d{4}-.* · ${tx}$`),
        );
        // One line per card, and the same page all along.
        expect(
          await page.$$eval(
            `[data-waybill="${waybillId}"] .shipping`,
            (n) => n.length,
          ),
        ).toBe(1);
        expect(await stillTheSameDocument(page)).toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it('links the waybill to its buyer-tracking tokens and its return as the demo makes them, without a reload', async () => {
      const http = () => request(app.getHttpServer());
      const orderId = `BUYER-${platform}-1`;
      const added = await http()
        .post('/logistics/orders')
        .send({ ...addOrderExample, orderId })
        .expect(201);
      const waybillId = added.body.waybillId as string;
      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      const card = `[data-waybill="${waybillId}"]`;
      const shown = (selector: string) =>
        page.waitForSelector(`${card} ${selector}`, { timeout: 15_000 });
      const text = (selector: string) =>
        page.$eval(`${card} ${selector}`, (node) => node.textContent);
      try {
        await page.goto(`${url}/tracking`);
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        await markDocument(page);
        await pickUpSandboxWaybill(http, orderId, waybillId);
        await shown('.node');

        const register = async (kind: 'trace' | 'follow') =>
          (
            await http()
              .post(`/waybill-tracking/${kind}`)
              .send({
                ...traceExample,
                waybillId,
                transId: '4200000000202311150000000001',
              })
              .expect(201)
          ).body.waybillToken as string;
        const traceToken = await register('trace');
        await shown('.buyer [data-component="trace"] code');
        expect(await text('.buyer [data-component="trace"] code')).toBe(
          traceToken,
        );
        const followToken = await register('follow');
        await shown('.buyer [data-component="follow"] code');
        expect(await text('.buyer [data-component="follow"] code')).toBe(
          followToken,
        );

        const paid = await http().post('/shipping/test/payments').expect(201);
        const tx = paid.body.transactionId as string;
        await http()
          .post('/returns/test/insurance')
          .send({ wxPayId: tx })
          .expect(200);
        const returnId = (
          await http()
            .post('/returns')
            .send({
              ...returnExample,
              waybillId,
              wxPayId: tx,
              shopOrderId: `RET-${platform}-1`,
            })
            .expect(201)
        ).body.returnId as string;
        const line = `.buyer .return[data-return-id="${returnId}"]`;
        await shown(line);
        expect(await text(line)).toBe(`退货 return ${returnId}not read yet`);

        await http()
          .post(`/returns/test/${returnId}/self-ship`)
          .send({
            waybillId: 'SF1234567890',
            deliveryId: 'SF',
            deliveryName: '顺丰速运',
          })
          .expect(200);
        await shown(`${line}[data-status="2"]`);
        expect(await text(`${line} .state`)).toBe(
          '填写自行寄回运单号 · buyer self-shipped and typed the waybill · SF SF1234567890 · 已揽件 · picked up',
        );
        await http().post(`/returns/${returnId}/unbind`).expect(200);
        await shown(`${line} .unbound`);

        // One buyer block per card, the same page all along; a reload shows the same.
        expect(await page.$$eval(`${card} .buyer`, (n) => n.length)).toBe(1);
        expect(await stillTheSameDocument(page)).toBe(true);
        await page.reload();
        await shown(`${line} .unbound`);
        expect(await text('.buyer [data-component="trace"] code')).toBe(
          traceToken,
        );
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it("shows a waybill's nodes as the pushes arrive, without a reload, in UTF-8, with no script error", async () => {
      const orderId = `TRACK-${platform}`;
      const added = await request(app.getHttpServer())
        .post('/logistics/orders')
        .send({ ...addOrderExample, orderId })
        .expect(201);
      const waybillId = added.body.waybillId as string;

      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) =>
        problems.push(`page error: ${String(error)}`),
      );
      page.on('console', (message) => {
        if (message.type() === 'error')
          problems.push(`console: ${message.text()}`);
      });
      page.on('requestfailed', (req) => {
        // The stream is cut when the page closes; anything else failing is a bug.
        if (!req.url().endsWith('/tracking/stream'))
          problems.push(`request failed: ${req.url()}`);
      });
      try {
        const response = await page.goto(`${url}/tracking`);
        expect(response?.headers()['content-type']).toBe(
          'text/html; charset=utf-8',
        );
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        await markDocument(page);

        const move = (
          actionType: number,
          actionMsg: string,
          actionTime: number,
        ) =>
          moveSandboxWaybill(
            () => request(app.getHttpServer()),
            orderId,
            waybillId,
            { actionType, actionMsg, actionTime },
          );
        const nodes = (count: number) =>
          page.waitForFunction(
            (id: string, n: number) =>
              document.querySelectorAll(`[data-waybill="${id}"] .node`)
                .length === n,
            { timeout: 15_000 },
            waybillId,
            count,
          );

        await move(100001, '快件已被顺丰速运【深圳南山】收取', 1764140400);
        await nodes(1);
        await move(200001, '快件到达【上海转运中心】', 1764144000);
        await nodes(2);

        const shown = await page.evaluate((id: string) => {
          const card = document.querySelector(`[data-waybill="${id}"]`);
          return {
            cards: document.querySelectorAll(`[data-waybill="${id}"]`).length,
            version: card?.getAttribute('data-version'),
            nodes: Array.from(card?.querySelectorAll('.node') ?? []).map(
              (node: Element) => ({
                action: node.querySelector('.action')?.textContent,
                message: node.querySelector('.message')?.textContent,
                time: node.querySelector('time')?.getAttribute('datetime'),
              }),
            ),
            empty: (document.getElementById('empty') as HTMLElement).hidden,
          };
        }, waybillId);
        expect(await stillTheSameDocument(page)).toBe(true);
        expect(shown).toEqual({
          cards: 1,
          version: '2',
          nodes: [
            {
              action: '揽件成功 · picked up',
              message: '快件已被顺丰速运【深圳南山】收取',
              time: '2025-11-26T07:00:00.000Z',
            },
            {
              action: '运输中 · in transit',
              message: '快件到达【上海转运中心】',
              time: '2025-11-26T08:00:00.000Z',
            },
          ],
          empty: true,
        });

        // A reload shows the same, from the event log.
        await page.reload();
        await nodes(2);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it('shows a 即时配送 order moving as its status pushes arrive: words, rider, expected arrival, the final state, without a reload', async () => {
      const http = () => request(app.getHttpServer());
      const shopOrderId = `LOCAL-${platform}-${Date.now()}`;
      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      const card = `.local-order[data-shop-order-id="${shopOrderId}"]`;
      const status = (value: string) =>
        page.waitForSelector(`${card}[data-status="${value}"]`, {
          timeout: 15_000,
        });
      const text = (selector: string) =>
        page.$eval(`${card} ${selector}`, (node) => node.textContent);
      // After the order's 101, which carries the emulator's now.
      const at = (minutes: number) =>
        Math.floor(Date.now() / 1000) + 60 * minutes;
      const move = (orderStatus: number, actionTime: number) =>
        http()
          .post(`/local-delivery/test/orders/${shopOrderId}/status`)
          .send({ shopId: 'test_shop_id', orderStatus, actionTime })
          .expect(200);
      try {
        await page.goto(`${url}/tracking`);
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        await markDocument(page);
        await http()
          .post('/local-delivery/orders')
          .send({ ...localOrderExample, shopOrderId })
          .expect(201);
        await status('101');
        expect(await text('.now .state')).toBe(
          '分配骑手 · waiting for a rider',
        );

        await move(102, at(1));
        await status('102');
        expect(await text('.rider .who')).toBe('我是小哥 · 13712345678');
        await move(301, at(10));
        await status('301');
        expect(await text('.now .state')).toBe('配送中 · in delivery');
        const arrival = await page.$eval(`${card} .arrival time`, (node) =>
          node.getAttribute('datetime'),
        );
        expect(arrival).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(await page.$$(`${card} .final`)).toHaveLength(0);

        await move(302, at(30));
        await page.waitForSelector(`${card}[data-final="success"]`, {
          timeout: 15_000,
        });
        expect(await text('.now .final')).toBe('终态 · final: delivered');
        expect(
          await page.$$eval(`${card} .node .action`, (nodes) =>
            nodes.map((node) => node.textContent),
          ),
        ).toEqual([
          '分配骑手 · waiting for a rider',
          '分配骑手成功 · rider assigned',
          '配送中 · in delivery',
          '配送成功 · delivered',
        ]);
        // One card, the same page all along; a reload shows the same.
        expect(await page.$$eval(card, (n) => n.length)).toBe(1);
        expect(await stillTheSameDocument(page)).toBe(true);
        await page.reload();
        await page.waitForSelector(`${card}[data-final="success"]`, {
          timeout: 15_000,
        });
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it('shows a 同城配送 sandbox order moving as its callbacks arrive: status words, verified by sign, the final state, without a reload', async () => {
      const http = () => request(app.getHttpServer());
      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      try {
        await http().post('/intracity/apply').expect(200);
        const store = await http()
          .post('/intracity/stores')
          .send({ ...intracityStoreExample, outStoreId: `GZ-PAGE-${platform}` })
          .expect(201);
        await page.goto(`${url}/tracking`);
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        await markDocument(page);
        // A sandbox order: its callbacks come back to the demo's own route (the default callbackUrl).
        const added = await http()
          .post('/intracity/orders')
          .send({
            ...intracityOrderExample,
            wxStoreId: store.body.wxStoreId as string,
            storeOrderId: `IC-PAGE-${platform}-${Date.now()}`,
          })
          .expect(201);
        const wxOrderId = added.body.wxOrderId as string;
        const card = `.intracity-order[data-wx-order-id="${wxOrderId}"]`;
        const status = (value: number) =>
          page.waitForSelector(`${card}[data-status="${value}"]`, {
            timeout: 15_000,
          });
        const text = (selector: string) =>
          page.$eval(`${card} ${selector}`, (node) => node.textContent);
        const move = (orderStatus: number) =>
          http()
            .post(`/intracity/test/orders/${wxOrderId}/status`)
            .send({ orderStatus })
            .expect(200, {});

        await status(10000);
        await move(30000);
        await status(30000);
        await move(50000);
        await status(50000);
        expect(await text('.now .state')).toBe('配送中 · delivering');
        expect(await text('.now .verified')).toBe('✓ verified by sign');
        expect(await page.$$(`${card} .final`)).toHaveLength(0);

        await move(70000);
        await page.waitForSelector(`${card}[data-final="success"]`, {
          timeout: 15_000,
        });
        expect(await text('.now .state')).toBe('配送完成 · delivered');
        expect(await text('.now .final')).toBe('终态 · final: delivered');
        expect(await text('.now .verified')).toBe('✓ verified by sign');
        expect(
          await page.$$eval(`${card} .node`, (nodes) =>
            nodes.map((node) => [
              node.getAttribute('data-status'),
              node.querySelector('.action')?.textContent,
            ]),
          ),
        ).toEqual([
          ['10000', '订单创建成功 · order created'],
          ['30000', '配送员接单 · courier accepted'],
          ['50000', '配送中 · delivering'],
          ['70000', '配送完成 · delivered'],
        ]);
        // One card, the same page all along (no reload), no script error.
        expect(await page.$$eval(card, (n) => n.length)).toBe(1);
        expect(await stillTheSameDocument(page)).toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it('serves the API docs (Swagger UI) from the demo itself: every tag shown, no script error, nothing fetched elsewhere', async () => {
      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      const elsewhere: string[] = [];
      page.on('pageerror', (error) =>
        problems.push(`page error: ${String(error)}`),
      );
      page.on('request', (req) => {
        if (!req.url().startsWith(url) && !req.url().startsWith('data:'))
          elsewhere.push(req.url());
      });
      try {
        await page.goto(`${url}/docs`);
        await page.waitForSelector('.opblock-tag', { timeout: 15_000 });
        const tags = await page.$$eval('.opblock-tag', (nodes) =>
          nodes.map((n) => n.getAttribute('data-tag')),
        );
        expect(tags).toEqual(
          expect.arrayContaining([
            'orders',
            'accounts',
            'carriers',
            'printers',
            'sandbox',
            'events',
            'tracking',
            'wechat-callback',
            'waybill-tracking',
            'returns',
            'local-delivery',
          ]),
        );
        expect(problems).toEqual([]);
        expect(elsewhere).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it('says live updates are full when the stream cap is reached (TRACKING_MAX_SUBSCRIBERS=1)', async () => {
      const capped = await startDemoApp(
        { TRACKING_MAX_SUBSCRIBERS: '1' },
        false,
        platform,
      );
      await capped.listen(0, '127.0.0.1');
      const cappedUrl = (await capped.getUrl()).replace('[::1]', '127.0.0.1');
      const first = await chromium.browser.newPage();
      const second = await chromium.browser.newPage();
      const status = (page: typeof first, text: string) =>
        page.waitForFunction(
          (expected: string) =>
            document.getElementById('status')?.textContent === expected,
          { timeout: 15_000 },
          text,
        );
      try {
        await first.goto(`${cappedUrl}/tracking`);
        await status(first, 'live');
        await second.goto(`${cappedUrl}/tracking`);
        await status(second, 'live updates are full; reload later');
        // The page itself still lists what arrived: only the live updates are refused.
        expect(
          await second.$eval('#empty', (node) => node.textContent),
        ).toContain('No path update has arrived yet');
      } finally {
        await first.close();
        await second.close();
        await capped.close();
      }
    }, 60_000);

    it("shows a shipment's three steps as POST /shipments runs them, then its waybill's track and its payment's settlement, without a reload", async () => {
      const http = () => request(app.getHttpServer());
      const orderId = `SHIP-PAGE-${platform}-1`;
      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      const card = `.shipment[data-order-id="${orderId}"]`;
      const shown = (selector: string, text: string) =>
        page.waitForFunction(
          (at: string, want: string) =>
            document.querySelector(at)?.textContent?.includes(want) === true,
          { timeout: 15_000 },
          `${card} ${selector}`,
          text,
        );
      try {
        await page.goto(`${url}/tracking`);
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        await markDocument(page);
        const paid = await http().post('/shipping/test/payments').expect(201);
        const tx = paid.body.transactionId as string;
        const shipped = await http()
          .post('/shipments')
          .send(shipBody(orderId, tx))
          .expect(201);
        const waybillId = shipped.body.waybillId as string;
        await page.waitForSelector(`${card}[data-status="completed"]`, {
          timeout: 15_000,
        });
        const steps = await page.$$eval(`${card} .step`, (items) =>
          items.map((item) => ({
            step: item.getAttribute('data-step'),
            status: item.getAttribute('data-status'),
            words: Array.from(item.querySelectorAll('span')).map(
              (span) => span.textContent,
            ),
          })),
        );
        expect(steps).toEqual([
          {
            step: 'waybill',
            status: 'done',
            words: [
              '运单 · waybill',
              '完成 · done',
              '1 attempt',
              `TEST ${waybillId}`,
            ],
          },
          {
            step: 'shippingInfo',
            status: 'done',
            words: [
              '发货信息 · shipping info',
              '完成 · done',
              '1 attempt',
              'express_company TEST',
            ],
          },
          {
            step: 'tracking',
            status: 'done',
            words: [
              '物流跟踪 · buyer tracking',
              '完成 · done',
              '1 attempt',
              `查询组件 · query token ${shipped.body.waybillToken as string}`,
            ],
          },
        ]);
        expect(await page.$eval(`${card} .now`, (n) => n.textContent)).toBe(
          '已发货 · shipped',
        );

        // The carrier picks it up: the track shows on the shipment.
        await pickUpSandboxWaybill(http, orderId, waybillId);
        await shown('.track', '揽件成功 · picked up (1 node)');
        // The buyer confirms receipt and WeChat settles: the settlement shows on it too.
        await settleSandboxPayment(http, tx);
        await shown('.shipping', '交易完成 · completed');
        expect(await stillTheSameDocument(page)).toBe(true);
        expect(problems).toEqual([]);
        // What docs/tracking-shipment.png shows (README, walk-through steps 26–30).
        const screenshot = process.env.SHIPMENT_SCREENSHOT;
        if (screenshot && platform === 'express') {
          await page.setViewport({
            width: 900,
            height: 800,
            deviceScaleFactor: 1,
          });
          await (await page.$(card))?.screenshot({ path: screenshot });
        }
      } finally {
        await page.close();
      }
    }, 60_000);

    it("shows a shipment's failed step with WeChat's error, then the same shipment finished by the next call, without a reload", async () => {
      const http = () => request(app.getHttpServer());
      const orderId = `SHIP-FAIL-${platform}-1`;
      const emulator = app.get(SandboxService).emulator;
      if (!emulator) throw new Error('the demo is not in sandbox mode');
      const page = await chromium.browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      const card = `.shipment[data-order-id="${orderId}"]`;
      const upload = `${card} .step[data-step="shippingInfo"]`;
      try {
        await page.goto(`${url}/tracking`);
        await page.waitForFunction(
          () => document.getElementById('status')?.textContent === 'live',
        );
        const paid = await http().post('/shipping/test/payments').expect(201);
        const body = shipBody(orderId, paid.body.transactionId as string);
        // WeChat refuses the upload once: the waybill is made, the upload fails, tracking waits.
        emulator.faults.inject({
          path: '/wxa/sec/order/upload_shipping_info',
          errcode: 10060001,
          times: 1,
        });
        const refused = await http().post('/shipments').send(body);
        expect(refused.body).toMatchObject({ errcode: 10060001 });
        await page.waitForSelector(`${card}[data-status="failed"]`, {
          timeout: 15_000,
        });
        expect(
          await page.$$eval(`${card} .step`, (items) =>
            items.map((item) => item.getAttribute('data-status')),
          ),
        ).toEqual(['done', 'failed', 'pending']);
        expect(
          await page.$eval(`${upload} .error`, (node) => ({
            errcode: node.getAttribute('data-errcode'),
            text: node.textContent,
          })),
        ).toEqual({
          errcode: '10060001',
          text: expect.stringContaining('10060001'),
        });

        // The same call again finishes what is missing: the upload's second attempt, then tracking.
        await http().post('/shipments').send(body).expect(201);
        await page.waitForSelector(`${card}[data-status="completed"]`, {
          timeout: 15_000,
        });
        expect(
          await page.$$eval(`${upload} span`, (spans) =>
            spans.map((span) => span.textContent),
          ),
        ).toEqual([
          '发货信息 · shipping info',
          '完成 · done',
          '2 attempts',
          'express_company TEST',
        ]);
        expect(await page.$$(`${card} .error`)).toHaveLength(0);
        // One card for the order all along.
        expect(await page.$$(card)).toHaveLength(1);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  });
});
