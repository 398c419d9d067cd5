import {
  BadRequestException,
  type HttpException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { type IncomingHttpHeaders } from 'node:http';
import { payloadTooLarge } from './body-limit';

/** The encodings the demo decompresses, named in the 415 for any other. */
export const CONTENT_ENCODINGS = ['identity', 'gzip', 'deflate', 'br'];

/**
 * A header value as it may appear in a message: short, and only the
 * characters a token has, so nothing a client sends can forge a log line or
 * smuggle markup into an answer.
 */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  return `"${text.replace(/[^\w.+-]/g, '?').slice(0, 40)}"`;
}

export function unsupportedEncoding(encoding: unknown): HttpException {
  return new UnsupportedMediaTypeException(
    `Content-Encoding ${quoted(encoding)} is not accepted: send the body uncompressed, or compressed with ${CONTENT_ENCODINGS.slice(1).join(', ')}`,
  );
}

export function unsupportedCharset(charset: unknown): HttpException {
  return new UnsupportedMediaTypeException(
    `Charset ${quoted(charset)} is not accepted: send the body in UTF-8`,
  );
}

export function notDecompressible(encoding: unknown): HttpException {
  return new BadRequestException(
    `Request body could not be decompressed: it is not valid ${quoted(encoding)} data`,
  );
}

export function bodyNotReceived(): HttpException {
  return new BadRequestException('Request body was not received in full');
}

/**
 * body-parser's errors that the client caused (an encoding or charset the
 * demo does not read, a corrupt compressed stream, a body cut short), as the
 * HttpExceptions Nest answers with the documented body (`statusCode`,
 * `message`, `error`) and does not log as server errors. Its own errors
 * carry a bare `message` and no `error`, and Nest logs them at ERROR with
 * their stack: 50,000 lines for 5,000 such requests. Undefined for the rest.
 */
export function clientBodyError(
  error: unknown,
  headers: IncomingHttpHeaders,
): HttpException | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { type, status, charset, encoding } = error as {
    type?: unknown;
    status?: unknown;
    charset?: unknown;
    encoding?: unknown;
  };
  switch (type) {
    case 'entity.too.large':
      return payloadTooLarge();
    case 'charset.unsupported':
      return unsupportedCharset(charset);
    case 'encoding.unsupported':
      return unsupportedEncoding(encoding);
    case 'request.aborted':
    case 'request.size.invalid':
      return bodyNotReceived();
  }
  if (status !== 400) return undefined;
  const contentEncoding = headers['content-encoding'] ?? 'identity';
  // zlib's error, passed on by body-parser with status 400 and no type.
  if (type === undefined && contentEncoding !== 'identity')
    return notDecompressible(contentEncoding);
  return new BadRequestException('Request body could not be read');
}
