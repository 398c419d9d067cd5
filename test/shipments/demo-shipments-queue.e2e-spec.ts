import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import * as http from 'node:http';
import { type AddressInfo } from 'node:net';
import request from 'supertest';
import {
  RedisServer,
  describeWithRedis,
} from '../cluster/support/redis-server';
import { waitFor } from '../cluster/support/wait';
import { emulatorEnv, startDemoApp } from '../support/demo-app';
import { PLATFORMS } from '../support/platforms';
import { seedPayment, shipBody, stepRequests } from './shipment-route-fixtures';

/**
 * Durable shipments (`WECHAT_SHIPMENT_DELIVERY=queue`) with two demo
 * instances on one Redis: `POST /shipments?wait=false` on one answers 202
 * with the shipment recorded, the queue runs its steps, and the other
 * instance's `GET /shipments/:orderId`, `GET /tracking/shipments` and open
 * tracking stream all see it move to completed.
 */
describeWithRedis('demo: durable shipments across two instances', () => {
  let redis: RedisServer;
  let wechat: WechatEmulator;

  beforeAll(async () => {
    redis = await RedisServer.start();
    wechat = await WechatEmulator.start();
  }, 30_000);
  afterAll(async () => {
    await wechat?.stop();
    await redis?.stop();
  });

  describe.each(PLATFORMS)('on %s', (platform) => {
    let first: INestApplication;
    let second: INestApplication;
    beforeAll(async () => {
      const env = emulatorEnv(wechat, {
        REDIS_URL: redis.url,
        WECHAT_SHIPMENT_DELIVERY: 'queue',
        WECHAT_TIMEOUT_MS: '3000',
        CARRIER_CODES: '{"TEST":"TEST"}',
      });
      first = await startDemoApp(env, false, platform);
      second = await startDemoApp(env, false, platform);
      await second.listen(0, '127.0.0.1');
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
    });

    it('answers 202 with the shipment queued; the queue ships it once, and the other instance shows it completed, live', async () => {
      const orderId = `SHIP-QUEUE-${platform}`;
      // The second instance's tracking stream, open before the shipment.
      const messages: string[] = [];
      const server = second.getHttpServer() as http.Server;
      const { port } = server.address() as AddressInfo;
      const stream = http.get(
        `http://127.0.0.1:${port}/tracking/stream`,
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => messages.push(chunk));
        },
      );
      stream.on('error', () => undefined);
      try {
        const before = stepRequests(wechat);
        const shipped = shipBody(orderId, seedPayment(wechat));
        const queued = await request(first.getHttpServer())
          .post('/shipments?wait=false')
          .send(shipped)
          .expect(202);
        expect(queued.body).toMatchObject({ orderId, status: 'queued' });

        await waitFor('the queued shipment to complete', async () => {
          const res = await request(second.getHttpServer()).get(
            `/shipments/${orderId}`,
          );
          return res.status === 200 && res.body.status === 'completed';
        });
        const after = stepRequests(wechat);
        expect({
          waybill: after.waybill - before.waybill,
          shippingInfo: after.shippingInfo - before.shippingInfo,
          tracking: after.tracking - before.tracking,
        }).toEqual({ waybill: 1, shippingInfo: 1, tracking: 1 });

        const listed = await request(second.getHttpServer())
          .get('/tracking/shipments')
          .expect(200);
        expect(
          (listed.body as { orderId: string }[]).find(
            (s) => s.orderId === orderId,
          ),
        ).toMatchObject({ status: 'completed' });
        // The first instance follows the record and publishes each change
        // through Redis. The stream sends nothing to tell when the second has
        // subscribed, so until its page has the completed state, the same
        // shipment is asked for again (it answers from the record, sends
        // nothing to WeChat, and is followed and published once more).
        await waitFor(
          'the completed shipment on the other instance’s stream',
          async () => {
            const seen = messages
              .join('')
              .split('\n\n')
              .some(
                (message) =>
                  message.startsWith('event: shipment\n') &&
                  message.includes(`"orderId":"${orderId}"`) &&
                  message.includes('"status":"completed"'),
              );
            if (!seen)
              await request(first.getHttpServer())
                .post('/shipments')
                .send(shipped)
                .expect(201);
            return seen;
          },
        );
        expect(stepRequests(wechat)).toEqual(after);
      } finally {
        stream.destroy();
      }
    }, 60_000);
  });
});
