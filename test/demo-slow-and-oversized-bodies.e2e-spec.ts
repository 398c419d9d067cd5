import { type INestApplication } from '@nestjs/common';
import { type Server } from 'node:http';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { BODY_LIMIT_BYTES } from '../apps/demo/src/platform/body-limit';
import { CapturingLogger } from './support/capturing-logger';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';
import {
  countBytesRead,
  portOf,
  slowUpload,
} from './support/socket-upload';

const MiB = 1024 * 1024;
/** A short request timeout for this suite, through the variable the demo reads. */
const TIMEOUT_MS = 600;
const TOO_LARGE = {
  statusCode: 413,
  message: `Request body is larger than the limit of ${BODY_LIMIT_BYTES / 1024} KiB (${BODY_LIMIT_BYTES} bytes)`,
  error: 'Payload Too Large',
};

/**
 * Bodies that would hold a connection or memory: an upload far over the limit
 * is refused once the limit is passed, not once it has all arrived, and the
 * server stops reading it; a body trickled in slower than the request timeout
 * is cut. Judged by the bytes the server read and the bytes the client got to
 * send, never by the clock.
 */
describe.each(PLATFORMS)('slow and oversized bodies — on %s', (platform) => {
  let wechat: WechatEmulator;
  let app: INestApplication;
  let server: Server;
  let bytesRead: () => number;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    app = await startDemoApp(
      emulatorEnv(wechat, { HTTP_BODY_TIMEOUT_MS: String(TIMEOUT_MS) }),
      logger,
      platform,
    );
    server = app.getHttpServer() as Server;
    bytesRead = countBytesRead(server);
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
  });
  afterAll(async () => {
    await app.close();
    await wechat.stop();
  });

  const upload = (
    headers: Record<string, string | number>,
    maxBytes: number,
    pauseMs = 1,
  ) =>
    slowUpload(portOf(server), {
      path: '/logistics/orders/O/cancel',
      headers: { 'content-type': 'application/json', ...headers },
      chunk: Buffer.alloc(16 * 1024, 'x'),
      pauseMs,
      maxBytes,
    });

  it('a declared 100 MiB body sent slowly → 413 at once, and the server reads next to none of it', async () => {
    const before = bytesRead();
    const res = await upload({ 'content-length': 100 * MiB }, 16 * MiB);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual(TOO_LARGE);
    expect(res.headers.connection).toBe('close');
    // Not a byte over the limit needed: the answer comes from the header.
    expect(bytesRead() - before).toBeLessThan(BODY_LIMIT_BYTES);
    expect(res.written).toBeLessThan(16 * MiB);
    expect(logger.messages('error')).toEqual([]);
  });

  it('a chunked body of 100 MiB sent slowly → 413 once the limit is passed, and the server stops reading', async () => {
    const before = bytesRead();
    const res = await upload({ 'transfer-encoding': 'chunked' }, 16 * MiB);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual(TOO_LARGE);
    // The limit, a chunk in flight and what was already in the socket's buffers; not megabytes.
    expect(bytesRead() - before).toBeLessThan(4 * BODY_LIMIT_BYTES);
    expect(res.written).toBeLessThan(16 * MiB);
    expect(logger.messages('error')).toEqual([]);
  });

  it(`a body trickled in a byte at a time is cut after HTTP_BODY_TIMEOUT_MS (${TIMEOUT_MS} ms here) with 408`, async () => {
    const res = await slowUpload(portOf(server), {
      path: '/logistics/orders/O/cancel',
      headers: { 'content-type': 'application/json', 'content-length': 1000 },
      chunk: Buffer.from('x'),
      pauseMs: TIMEOUT_MS / 3,
      maxBytes: 1000,
    });
    expect(res.status).toBe(408);
    // Cut long before the client could finish its 1,000 bytes.
    expect(res.written).toBeLessThan(1000);
    expect(logger.messages('error')).toEqual([]);
  }, 30_000);
});
