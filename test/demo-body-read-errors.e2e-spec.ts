import { type INestApplication } from '@nestjs/common';
import * as http from 'node:http';
import { type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { BODY_LIMIT_BYTES } from '../apps/demo/src/platform/body-limit';
import { CapturingLogger } from './support/capturing-logger';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';

/** One POST with the body's bytes exactly as given (supertest would JSON-encode a Buffer). */
function post(
  server: http.Server,
  headers: http.OutgoingHttpHeaders,
  body: Buffer,
): Promise<{ status: number; body: unknown }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/logistics/orders/O/cancel',
        headers: { 'content-length': body.length, ...headers },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, body: JSON.parse(text) }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const json = 'application/json';

/**
 * Bodies the demo cannot read because of what the client sent (an encoding or
 * charset it does not read, a corrupt gzip stream, JSON that is not an
 * object) are the client's mistakes: a 4xx with the documented body, the same
 * on both platforms, sending nothing to WeChat and logging nothing at ERROR
 * (body-parser's own errors were logged with their stacks, 10 lines each).
 */
describe.each(PLATFORMS)('bodies the demo cannot read — on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  let server: http.Server;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    app = await startDemoApp(emulatorEnv(wechat), logger, platform);
    server = app.getHttpServer() as http.Server;
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
  });
  afterAll(async () => {
    await app.close();
    await wechat.stop();
  });
  beforeEach(() => {
    wechat.requests.clear();
    logger.entries.length = 0;
  });
  afterEach(() => {
    expect(wechat.requests.count()).toBe(0);
    expect(logger.messages('error')).toEqual([]);
  });

  const valid = Buffer.from('{"deliveryId":"TEST"}');

  it.each([
    [
      'an unknown Content-Encoding',
      { 'content-type': json, 'content-encoding': 'x-foo' },
      valid,
      415,
      'Content-Encoding "x-foo" is not accepted: send the body uncompressed, or compressed with gzip, deflate, br',
    ],
    [
      'JSON in latin1',
      { 'content-type': `${json}; charset=latin1` },
      valid,
      415,
      'Charset "latin1" is not accepted: send the body in UTF-8',
    ],
    [
      'a corrupt gzip stream',
      { 'content-type': json, 'content-encoding': 'gzip' },
      Buffer.from('this is not gzip'),
      400,
      'Request body could not be decompressed: it is not valid "gzip" data',
    ],
    [
      'a gzip stream inflating past the limit',
      { 'content-type': json, 'content-encoding': 'gzip' },
      gzipSync(`{"deliveryId":"${'x'.repeat(4 * BODY_LIMIT_BYTES)}"}`),
      413,
      `Request body is larger than the limit of ${BODY_LIMIT_BYTES / 1024} KiB (${BODY_LIMIT_BYTES} bytes)`,
    ],
    [
      'a JSON null',
      { 'content-type': json },
      Buffer.from('null'),
      400,
      'Request body must be a JSON object (got null)',
    ],
    [
      'a bare JSON number',
      { 'content-type': json },
      Buffer.from(' 42'),
      400,
      'Request body must be a JSON object (got a number)',
    ],
  ])(
    '%s → its 4xx with the documented body',
    async (_case, headers, body, status, message) => {
      const res = await post(server, headers, body);
      expect(res).toEqual({
        status,
        body: {
          statusCode: status,
          message,
          error: http.STATUS_CODES[status],
        },
      });
    },
  );

  it('a valid gzip JSON body is read as the plain one (reaches validation)', async () => {
    const res = await post(
      server,
      { 'content-type': json, 'content-encoding': 'gzip' },
      gzipSync(valid),
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('waybillId');
  });
});
