import { Logger } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { clientBodyError } from './body-read-errors';
import { NOT_VALID_JSON, bareJsonValue, notAJsonObject } from './json-body';

const logger = new Logger('HTTP');

/**
 * Express error middleware, placed right after the body parsers, for the
 * errors of theirs a client causes:
 * - body-parser passes on JSON.parse's message, which quotes the body around
 *   the error (`Unexpected token 'h', "{"password":hunter2}" is not valid
 *   JSON`), and Nest answers with it verbatim: a carrier password in a
 *   malformed bindAccount body would come back in the 400, and into every log
 *   that keeps responses. The 400 stays, the excerpt goes; a body that is
 *   valid JSON but not an object (`null`) is told so instead.
 * - its other client errors (413, an encoding or charset it does not read, a
 *   corrupt gzip stream, a body cut short) are not HttpExceptions, so Nest
 *   would log each as a server error with its stack and answer without the
 *   documented `error` field. They become the HttpExceptions for them
 *   (body-read-errors.ts), logged at debug only.
 */
export function answerBodyParserErrors(
  error: unknown,
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  // Already answered (cutOversizedBodies' 413): the parser's late error, once the connection is closed, has no one to go to.
  if (response.headersSent) return;
  const type = (error as { type?: unknown } | null)?.type;
  if (error instanceof SyntaxError && type === 'entity.parse.failed') {
    // strict mode refuses any body that does not start with { or [.
    const bare = bareJsonValue((error as { body?: unknown }).body);
    if (bare) {
      next(notAJsonObject(bare.value));
      return;
    }
    // Still a SyntaxError with status 400: Nest answers it as its standard 400.
    next(
      Object.assign(new SyntaxError(NOT_VALID_JSON), {
        status: 400,
        statusCode: 400,
        expose: true,
        type: 'entity.parse.failed',
      }),
    );
    return;
  }
  const refusal = clientBodyError(error, request.headers);
  if (refusal === undefined) {
    next(error);
    return;
  }
  logger.debug(
    `${request.method} body refused with ${refusal.getStatus()}: ${refusal.message}`,
  );
  next(refusal);
}
