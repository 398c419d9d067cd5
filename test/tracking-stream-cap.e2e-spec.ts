import { type INestApplication } from '@nestjs/common';
import * as http from 'node:http';
import { type AddressInfo } from 'node:net';
import { CapturingLogger } from './support/capturing-logger';
import { startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';

/** GET /tracking/stream: its status and, once answered, its body so far; `close` ends it. */
function openStream(port: number): Promise<{
  status: number;
  body: () => string;
  /** Settles when the stream's connection closes, saying whether the server ended the stream first. */
  ended: Promise<'by the server' | 'cut off'>;
  close(): void;
}> {
  return new Promise((resolve, reject) => {
    const outgoing = http.get(
      {
        host: '127.0.0.1',
        port,
        path: '/tracking/stream',
        headers: { accept: 'text/event-stream' },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('error', () => undefined);
        // `complete`: the response's last chunk arrived (the server ended it).
        const ended = new Promise<'by the server' | 'cut off'>((done) =>
          incoming.on('close', () =>
            done(incoming.complete ? 'by the server' : 'cut off'),
          ),
        );
        const answer = {
          status: incoming.statusCode ?? 0,
          body: () => text,
          ended,
          close: () => outgoing.destroy(),
        };
        // A refusal is read to its end; a stream is handed over open.
        if (answer.status === 200) resolve(answer);
        else incoming.on('end', () => resolve(answer));
      },
    );
    outgoing.on('error', reject);
  });
}

/**
 * Every open live-tracking stream is a subscriber each update is written to;
 * past TRACKING_MAX_SUBSCRIBERS (here 2) a new one is refused with a 503 that
 * says so, and a seat freed by a closed stream is taken again.
 */
describe.each(PLATFORMS)('live-tracking stream cap — on %s', (platform) => {
  let app: INestApplication;
  let port: number;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    app = await startDemoApp(
      { TRACKING_MAX_SUBSCRIBERS: '2' },
      logger,
      platform,
    );
    await app.listen(0, '127.0.0.1');
    port = ((app.getHttpServer() as http.Server).address() as AddressInfo).port;
  });
  afterAll(() => app.close());

  const opened: { close(): void }[] = [];
  // Streams left open would hold app.close() (and the run) forever.
  afterEach(() => opened.splice(0).forEach((stream) => stream.close()));
  const open = async () => {
    const stream = await openStream(port);
    opened.push(stream);
    return stream;
  };

  it('answers the stream over the cap 503 naming it, and opens one again once a stream closes', async () => {
    const first = await open();
    const second = await open();
    expect([first.status, second.status]).toEqual([200, 200]);

    const refused = await open();
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body())).toEqual({
      statusCode: 503,
      message: 'Live updates are full (2 streams open): reload later',
      error: 'Service Unavailable',
    });

    first.close();
    // The server frees the seat when it sees the connection close: retried until it has.
    let reopened = await open();
    for (let attempt = 0; reopened.status !== 200 && attempt < 100; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      reopened = await open();
    }
    expect(reopened.status).toBe(200);
    expect(logger.messages('error')).toEqual([]);
  });
});

/**
 * A tracking page left open must not hold the demo's shutdown: the server
 * waits for its connections to close, so the streams end first.
 */
describe.each(PLATFORMS)(
  'live-tracking streams at shutdown — on %s',
  (platform) => {
    it('app.close() ends the open streams and returns', async () => {
      const app = await startDemoApp({}, false, platform);
      await app.listen(0, '127.0.0.1');
      const port = (
        (app.getHttpServer() as http.Server).address() as AddressInfo
      ).port;
      const streams = [await openStream(port), await openStream(port)];
      expect(streams.map((stream) => stream.status)).toEqual([200, 200]);
      const closing = app.close();
      // Were the streams left open, close() would wait for the clients to hang
      // up: here they do after 10 s, so the test fails rather than hanging the run.
      const hangUp = setTimeout(
        () => streams.forEach((stream) => stream.close()),
        10_000,
      );
      try {
        expect(
          await Promise.all(streams.map((stream) => stream.ended)),
        ).toEqual(['by the server', 'by the server']);
      } finally {
        clearTimeout(hangUp);
        await closing;
      }
    }, 20_000);
  },
);
