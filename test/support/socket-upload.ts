import { type Server } from 'node:http';
import * as net from 'node:net';
import { type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface UploadResult {
  /** The answer's status, or 0 when the connection closed without one. */
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
  /** Body bytes the client handed to its socket before the answer came or the connection closed. */
  readonly written: number;
}

/**
 * One request over a plain socket, its body written `chunk` at a time with a
 * pause between chunks, until the server answers or closes, or `maxBytes`
 * were written: a slow upload, which no HTTP client library lets a test
 * pace or stop halfway.
 */
export function slowUpload(
  port: number,
  options: {
    readonly path: string;
    readonly headers: Record<string, string | number>;
    readonly chunk: Buffer;
    readonly pauseMs: number;
    readonly maxBytes: number;
  },
): Promise<UploadResult> {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  const received: Buffer[] = [];
  let written = 0;
  let done = false;
  const answered = new Promise<void>((resolve) => {
    socket.on('data', (data: Buffer) => {
      received.push(data);
      if (parse(Buffer.concat(received)).complete) resolve();
    });
    socket.on('close', () => resolve());
    // A reset after the answer (the server closed with our bytes unread) is expected.
    socket.on('error', () => resolve());
  });
  void answered.then(() => (done = true));
  const head = [
    `POST ${options.path} HTTP/1.1`,
    'host: 127.0.0.1',
    ...Object.entries(options.headers).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
  const writeAll = async (): Promise<void> => {
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write(head);
    // With transfer-encoding: chunked, each piece is framed as one chunk.
    const chunked = Object.entries(options.headers).some(
      ([k, v]) => k.toLowerCase() === 'transfer-encoding' && v === 'chunked',
    );
    const piece = chunked
      ? Buffer.concat([
          Buffer.from(`${options.chunk.length.toString(16)}\r\n`),
          options.chunk,
          Buffer.from('\r\n'),
        ])
      : options.chunk;
    while (!done && written < options.maxBytes) {
      const flushed = socket.write(piece);
      written += options.chunk.length;
      if (!flushed)
        await Promise.race([
          new Promise((resolve) => socket.once('drain', resolve)),
          answered,
        ]);
      await sleep(options.pauseMs);
    }
  };
  return writeAll()
    .then(() => answered)
    .then(() => {
      socket.destroy();
      const { status, headers, text } = parse(Buffer.concat(received));
      return { status, headers, text, written };
    });
}

/** An HTTP/1.1 answer with a content-length (or none: Node's bare 408). */
function parse(raw: Buffer): {
  status: number;
  headers: Record<string, string>;
  text: string;
  complete: boolean;
} {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, text: '', complete: false };
  const [statusLine, ...lines] = raw.subarray(0, end).toString().split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [
        line.slice(0, colon).trim().toLowerCase(),
        line.slice(colon + 1).trim(),
      ];
    }),
  );
  const body = raw.subarray(end + 4);
  const length = Number(headers['content-length'] ?? 0);
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    text: body.toString('utf8'),
    complete: body.length >= length,
  };
}

/**
 * Counts what the server read from its sockets, in bytes, to tell "answered
 * early and stopped reading" from "answered early, read everything anyway".
 */
export function countBytesRead(server: Server): () => number {
  const sockets: net.Socket[] = [];
  server.on('connection', (socket: net.Socket) => sockets.push(socket));
  return () => sockets.reduce((sum, socket) => sum + socket.bytesRead, 0);
}

/** The port of a listening server. */
export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
