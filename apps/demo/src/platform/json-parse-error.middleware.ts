import { type NextFunction, type Request, type Response } from 'express';

/**
 * body-parser passes on JSON.parse's message, which quotes the body around the
 * error (`Unexpected token 'h', "{"password":hunter2}" is not valid JSON`), and
 * Nest answers with it verbatim: a carrier password in a malformed bindAccount
 * body would come back in the 400, and into every log that keeps responses.
 * This Express error middleware, placed right after the JSON parser, keeps the
 * 400 and drops the excerpt.
 */
export function hideBodyInJsonParseErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  if (
    error instanceof SyntaxError &&
    (error as { type?: unknown }).type === 'entity.parse.failed'
  ) {
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
  next(error);
}
