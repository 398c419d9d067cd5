import { type INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { SandboxService } from '../../apps/demo/src/sandbox/sandbox.service';
import { type WaybillBuyerLinks } from '../../apps/demo/src/tracking/waybill-buyer-links';
import { startDemoApp } from './demo-app';
import { type DemoPlatform } from './platforms';
import { moveSandboxWaybill } from './sandbox-carrier';

/** One of the README's example bodies (docs/examples/). */
export const example = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'docs', 'examples', name), 'utf8'),
  ) as Record<string, unknown>;

export interface BuyerSideSandbox {
  readonly app: INestApplication;
  http(): ReturnType<typeof request>;
  /** A fresh TEST waybill, picked up: its pushed track puts it on /tracking/waybills. */
  pickedUpWaybill(): Promise<{ orderId: string; waybillId: string }>;
  /** testUpdateOrder on the waybill; resolves once the demo answered the push. */
  move(
    orderId: string,
    waybillId: string,
    actionType: number,
    actionMsg: string,
    actionTime: number,
  ): Promise<void>;
  /** The waybill's buyer side as GET /tracking/waybills shows it. */
  linksOf(waybillId: string): Promise<WaybillBuyerLinks | undefined>;
}

/**
 * The demo in sandbox mode for the file (one boot per platform), listening
 * so the emulator's pushes reach it, with the steps the buyer-side suites
 * share.
 */
export function useBuyerSideSandbox(platform: DemoPlatform): BuyerSideSandbox {
  const h = {} as { app: INestApplication };
  let run = 0;
  beforeAll(async () => {
    h.app = await startDemoApp({}, false, platform);
    await h.app.listen(0, '127.0.0.1');
    h.app
      .get(SandboxService)
      .connectPush((await h.app.getUrl()).replace('[::1]', '127.0.0.1'));
  });
  afterAll(() => h.app?.close());
  const http = () => request(h.app.getHttpServer());
  const sandbox: BuyerSideSandbox = {
    get app() {
      return h.app;
    },
    http,
    async move(orderId, waybillId, actionType, actionMsg, actionTime) {
      await moveSandboxWaybill(http, orderId, waybillId, {
        actionType,
        actionMsg,
        actionTime,
      });
      await h.app.get(SandboxService).emulator!.pushes.settled();
    },
    async pickedUpWaybill() {
      const orderId = `BUYER-${platform}-${(run += 1)}-${Date.now()}`;
      const added = await http()
        .post('/logistics/orders')
        .send({ ...example('add-order.json'), orderId })
        .expect(201);
      const waybillId = added.body.waybillId as string;
      await sandbox.move(orderId, waybillId, 100001, '揽件成功', 1764140400);
      return { orderId, waybillId };
    },
    async linksOf(waybillId) {
      const res = await http().get('/tracking/waybills').expect(200);
      return (
        res.body as { waybillId: string; buyer?: WaybillBuyerLinks }[]
      ).find((w) => w.waybillId === waybillId)?.buyer;
    },
  };
  return sandbox;
}
