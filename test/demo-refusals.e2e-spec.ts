import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BODY_LIMIT_BYTES } from '../apps/demo/src/platform/body-limit';
import { CapturingLogger } from './support/capturing-logger';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';
import * as http from 'node:http';
import { type AddressInfo } from 'node:net';

/**
 * What a person sees for the mistakes people make, on both platforms: each
 * refusal names what to fix, is one of the documented bodies, sends nothing
 * to WeChat, and is not logged as a server error.
 */
describe.each(PLATFORMS)('the demo refuses clearly — on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    app = await startDemoApp(
      emulatorEnv(wechat, { WECHAT_PUSH_TOKEN: 'refusals-push-token' }),
      logger,
      platform,
    );
  });
  afterAll(async () => {
    await app.close();
    await wechat.stop();
  });
  beforeEach(() => {
    wechat.requests.clear();
    logger.lines.length = 0;
    logger.entries.length = 0;
  });

  const limit = `${BODY_LIMIT_BYTES / 1024} KiB (${BODY_LIMIT_BYTES} bytes)`;

  it.each([
    [
      'a 2 MB JSON body',
      '/logistics/orders/O/cancel',
      'application/json',
      `{"deliveryId":"${'x'.repeat(2 * 1024 * 1024)}"}`,
    ],
    [
      'a 2 MB XML push',
      '/logistics/events',
      'text/xml',
      `<xml>${'x'.repeat(2 * 1024 * 1024)}</xml>`,
    ],
  ])(
    '%s → 413 naming the limit, not logged as an error',
    async (_case, path, contentType, body) => {
      const res = await request(app.getHttpServer())
        .post(path)
        .set('content-type', contentType)
        .send(body);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({
        statusCode: 413,
        message: `Request body is larger than the limit of ${limit}`,
        error: 'Payload Too Large',
      });
      expect(wechat.requests.count()).toBe(0);
      expect(logger.messages('error')).toEqual([]);
    },
  );

  it('a chunked body (no content-length) over the limit → the same 413', async () => {
    const server = app.getHttpServer() as http.Server;
    if (!server.listening)
      await new Promise<void>((resolve) =>
        server.listen(0, '127.0.0.1', resolve),
      );
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<{ status: number; body: string }>(
      (resolve, reject) => {
        const outgoing = http.request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/logistics/orders/O/cancel',
            headers: { 'content-type': 'application/json' },
          },
          (incoming) => {
            let body = '';
            incoming.setEncoding('utf8');
            incoming.on('data', (chunk: string) => (body += chunk));
            incoming.on('end', () =>
              resolve({ status: incoming.statusCode ?? 0, body }),
            );
          },
        );
        outgoing.on('error', reject);
        // No content-length: Node sends it chunked, 16 KiB at a time, past the limit.
        const chunk = 'x'.repeat(16 * 1024);
        outgoing.write('{"deliveryId":"');
        for (let sent = 0; sent <= BODY_LIMIT_BYTES; sent += chunk.length)
          outgoing.write(chunk);
        outgoing.end('"}');
      },
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      statusCode: 413,
      message: `Request body is larger than the limit of ${limit}`,
    });
    expect(logger.messages('error')).toEqual([]);
  });

  it('a body just under the limit still reaches validation (400 naming the fields)', async () => {
    const res = await request(app.getHttpServer())
      .post('/logistics/orders/O/cancel')
      .set('content-type', 'application/json')
      .send(
        JSON.stringify({
          deliveryId: 'TEST',
          note: 'x'.repeat(BODY_LIMIT_BYTES - 200),
        }),
      );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  const addOrderExample = () =>
    JSON.parse(
      readFileSync(
        join(__dirname, '..', 'docs', 'examples', 'add-order.json'),
        'utf8',
      ),
    ) as { cargo: Record<string, unknown>; sender: Record<string, unknown> };

  it("the README's table: a count sent as a string, an unknown field, an empty list → 400s that say what to send", async () => {
    const order = addOrderExample();
    order.cargo.count = '1';
    order.sender.nickname = '小张';
    const added = await request(app.getHttpServer())
      .post('/logistics/orders')
      .send(order)
      .expect(400);
    expect(added.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [
        'sender.nickname is not a known field; sender accepts name, tel, mobile, company, postCode, country, province, city, area, address',
        'cargo.count must be an integer ≥ 1 (got the string "1")',
      ],
    });
    const batch = await request(app.getHttpServer())
      .post('/logistics/orders/batch-get')
      .send({ orderList: [] })
      .expect(400);
    expect(batch.body.message).toEqual([
      'orderList must have 1 to 100 items (got 0)',
    ]);
    expect(wechat.requests.count()).toBe(0);
    expect(logger.messages('error')).toEqual([]);
  });
});
