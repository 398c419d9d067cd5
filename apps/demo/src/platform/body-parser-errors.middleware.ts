import { type NextFunction, type Request, type Response } from 'express';
import { payloadTooLarge } from './body-limit';

/**
 * Express error middleware, placed right after the body parsers, for the two
 * errors of theirs a client causes:
 * - body-parser passes on JSON.parse's message, which quotes the body around
 *   the error (`Unexpected token 'h', "{"password":hunter2}" is not valid
 *   JSON`), and Nest answers with it verbatim: a carrier password in a
 *   malformed bindAccount body would come back in the 400, and into every log
 *   that keeps responses. The 400 stays, the excerpt goes.
 * - its 413 says only `request entity too large`, and is not an HttpException,
 *   so Nest logs it as a server error with its stack. It becomes a 413 that
 *   names the limit, and is not logged.
 */
export function answerBodyParserErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const type = (error as { type?: unknown } | null)?.type;
  if (error instanceof SyntaxError && type === 'entity.parse.failed') {
    // Still a SyntaxError with status 400: Nest answers it as its standard 400.
    next(
      Object.assign(new SyntaxError('Request body is not valid JSON'), {
        status: 400,
        statusCode: 400,
        expose: true,
        type: 'entity.parse.failed',
      }),
    );
    return;
  }
  if (type === 'entity.too.large') {
    next(payloadTooLarge());
    return;
  }
  next(error);
}
