import { type NextFunction, type Request, type Response } from 'express';
import { BODY_LIMIT_BYTES, payloadTooLarge } from './body-limit';

/**
 * Express: a body over the limit is answered 413 as soon as the limit is
 * passed, and the connection closed. body-parser's own limit answers only
 * once the whole body has arrived (it reads the rest "to keep the connection
 * usable"): a 100 MiB upload sent slowly was read to the end before its 413.
 * A declared length over the limit is refused before a byte of the body is
 * read; a chunked body is counted as it streams, beside the parser reading it.
 */
export function cutOversizedBodies(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > BODY_LIMIT_BYTES) {
    answerTooLarge(response);
    return;
  }
  if (declared === undefined && request.headers['transfer-encoding']) {
    // A listener beside the parser's, which attaches in this same tick (the
    // stream flows from the next one), so both see every chunk.
    let received = 0;
    const count = (chunk: Buffer): void => {
      received += chunk.length;
      if (received <= BODY_LIMIT_BYTES) return;
      request.off('data', count);
      if (!response.headersSent) answerTooLarge(response);
    };
    request.on('data', count);
  }
  next();
}

/**
 * The documented 413 body, answered here rather than through Nest's filters:
 * the parser is still reading, and its own error (once the connection is
 * gone) finds the answer already sent. `Connection: close` makes Node close
 * the connection once the answer is out, instead of reading the rest of the
 * body to keep the connection for another request.
 */
function answerTooLarge(response: Response): void {
  response
    .status(413)
    .set('connection', 'close')
    .json(payloadTooLarge().getResponse());
}
