import { type NextFunction, type Request, type Response } from 'express';
import { isAcceptedBodyType, unsupportedMediaType } from './media-types';

/**
 * Express: a request that carries a body of a type no parser reads is
 * answered 415 before it reaches a route (Fastify does the same through its
 * catch-all content-type parser, see fastify-body-parsers.ts).
 */
export function refuseUnsupportedBodies(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const hasBody =
    request.headers['transfer-encoding'] !== undefined ||
    Number(request.headers['content-length'] ?? 0) > 0;
  if (hasBody && !isAcceptedBodyType(request.headers['content-type'])) {
    next(unsupportedMediaType(request.headers['content-type']));
    return;
  }
  next();
}
