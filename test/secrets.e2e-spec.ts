import { type INestApplication } from '@nestjs/common';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { CapturingLogger } from './support/capturing-logger';
import { emulatorEnv, startDemoApp } from './support/demo-app';

const SECRET = 'Sup3r-Secret-App-Key-9f8e7d';

/** Everything the process writes to stdout/stderr while `run` executes, besides what the logger gets. */
async function captureOutput(run: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const original = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  const keep = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  process.stdout.write = keep;
  process.stderr.write = keep;
  try {
    await run();
  } finally {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
  }
  return chunks.join('');
}

describe('secrets stay secret', () => {
  it('neither the app secret nor any access token appears in logs or responses, on success or failure', async () => {
    const wechat = await WechatEmulator.start({ appSecret: SECRET });
    const logger = new CapturingLogger();
    const responses: string[] = [];
    const keep = (res: request.Response) =>
      responses.push(
        JSON.stringify({
          headers: res.headers,
          body: res.body,
          text: res.text,
        }),
      );

    const output = await captureOutput(async () => {
      const app: INestApplication = await startDemoApp(
        emulatorEnv(wechat),
        logger,
      );
      const cancel = (orderId: string, body: object) =>
        request(app.getHttpServer())
          .post(`/logistics/orders/${orderId}/cancel`)
          .send(body)
          .then(keep);
      try {
        wechat.orders.seed({
          orderId: 'S1',
          deliveryId: 'TEST',
          waybillId: 'W1',
        });
        await cancel('S1', { deliveryId: 'TEST', waybillId: 'W1' });
        wechat.tokens.revokeAll(); // forces a rejected token and a refresh
        wechat.orders.seed({
          orderId: 'S2',
          deliveryId: 'TEST',
          waybillId: 'W2',
        });
        await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' });
        await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' }); // 409
        await cancel('S3', { deliveryId: 'TEST' }); // 400
        for (const fault of [
          { reset: true },
          { httpStatus: 500 },
          { malformedJson: true },
          { errcode: -1 },
          { errcode: 40001 },
        ]) {
          wechat.faults.inject({
            path: WECHAT_PATHS.cancelOrder,
            times: 10,
            ...fault,
          });
          await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' });
          wechat.faults.clear();
        }
        wechat.faults.inject({
          path: WECHAT_PATHS.cancelOrder,
          hang: true,
          times: 1,
        });
        await cancel('S2', { deliveryId: 'TEST', waybillId: 'W2' }); // 504
      } finally {
        await app.close();
      }
      // A wrong secret: the token endpoint's error must not echo what we sent.
      const wrong = await startDemoApp(
        emulatorEnv(wechat, { WECHAT_APP_SECRET: `${SECRET}-wrong` }),
        logger,
      );
      await request(wrong.getHttpServer())
        .post('/logistics/orders/X/cancel')
        .send({ deliveryId: 'TEST', waybillId: 'W' })
        .then(keep);
      await wrong.close();
    });

    const tokens = new Set(
      wechat.requests
        .all()
        .map((r) => r.query.access_token)
        .filter((t): t is string => !!t),
    );
    expect(tokens.size).toBeGreaterThanOrEqual(2);
    expect(
      logger.lines.some((line) => line.includes('logistics.cancelOrder')),
    ).toBe(true); // the logger did see the calls
    const everything = [logger.text(), output, ...responses].join('\n');
    expect(everything).not.toContain(SECRET);
    for (const token of tokens) expect(everything).not.toContain(token);
    await wechat.stop();
  });
});
