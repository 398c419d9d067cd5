import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Readable, Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { BODY_LIMIT_BYTES, payloadTooLarge } from './body-limit';
import {
  CONTENT_ENCODINGS,
  bodyNotReceived,
  notDecompressible,
  unsupportedCharset,
  unsupportedEncoding,
} from './body-read-errors';
import { JSON_TYPES } from './media-types';

type FastifyInstance = ReturnType<
  ReturnType<NestFastifyApplication['getHttpAdapter']>['getInstance']
>;

/**
 * Fastify reads a body as it comes; Express's body-parser also decompresses
 * it, checks its charset and caps what it decompresses to. This hook, run
 * before the parsers, gives Fastify the same answers, each an HttpException
 * (Fastify's own errors are not, and Nest would log each as a server error):
 * - a declared length over the limit: 413 at once; a chunked body, or what a
 *   compressed one inflates to: 413 as the count passes the limit. With
 *   `Connection: close`, so Node closes the connection once the answer is out
 *   instead of reading the rest of the body to keep it open;
 * - a Content-Encoding other than identity, gzip, deflate or br, or JSON in a
 *   charset other than UTF-8: 415; a corrupt compressed stream: 400;
 * - a body whose client went away or that the request timeout cut: 400 (Node's
 *   bare "aborted" would be logged as a server error; no one is left to answer).
 */
export function readBodiesAsExpressDoes(instance: FastifyInstance): void {
  // Callback style, not async: no promise per request on the hot path.
  instance.addHook('preParsing', (request, reply, payload, done) => {
    const { headers } = request;
    const declared = headers['content-length'];
    const chunked =
      declared === undefined && headers['transfer-encoding'] !== undefined;
    if (!chunked && !(Number(declared) > 0)) {
      done(null, payload);
      return;
    }
    const tooLarge = () => {
      reply.header('connection', 'close');
      return payloadTooLarge();
    };
    // Fastify itself refuses a body longer than it declared.
    if (Number(declared) > BODY_LIMIT_BYTES) {
      done(tooLarge());
      return;
    }
    const encoding = (headers['content-encoding'] ?? 'identity').toLowerCase();
    if (!CONTENT_ENCODINGS.includes(encoding)) {
      done(unsupportedEncoding(encoding));
      return;
    }
    const charset = jsonCharset(headers['content-type']);
    if (charset !== undefined && !/^utf-?8$/.test(charset)) {
      done(unsupportedCharset(charset));
      return;
    }
    let decoded = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        decoded += chunk.length;
        if (decoded > BODY_LIMIT_BYTES) next(tooLarge());
        else next(null, chunk);
      },
    });
    payload.once('error', () => counted.destroy(bodyNotReceived()));
    if (encoding === 'identity') {
      done(null, payload.pipe(counted));
      return;
    }
    const inflate = decompressor(encoding);
    inflate.once('error', () => counted.destroy(notDecompressible(encoding)));
    // Fastify compares the bytes received with Content-Length, and caps them,
    // on this count when the stream it reads is not the request's own.
    const received = counted as Transform & { receivedEncodedLength: number };
    received.receivedEncodedLength = 0;
    payload.on('data', (chunk: Buffer) => {
      received.receivedEncodedLength += chunk.length;
      if (received.receivedEncodedLength > BODY_LIMIT_BYTES)
        counted.destroy(tooLarge());
    });
    done(null, payload.pipe(inflate).pipe(counted));
  });
}

function decompressor(encoding: string): Readable & NodeJS.WritableStream {
  if (encoding === 'gzip') return zlib.createGunzip();
  if (encoding === 'deflate') return zlib.createInflate();
  return zlib.createBrotliDecompress();
}

/** The charset a JSON body declares, lower-cased; undefined for other types or none. */
function jsonCharset(contentType: string | undefined): string | undefined {
  const [type, ...parameters] = (contentType ?? '').split(';');
  if (!JSON_TYPES.includes(type.trim().toLowerCase())) return undefined;
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith('charset='));
  return charset?.slice('charset='.length).replace(/"/g, '');
}
