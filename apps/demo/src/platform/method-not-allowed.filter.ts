import {
  type ArgumentsHost,
  Catch,
  type HttpServer,
  MethodNotAllowedException,
  NotFoundException,
} from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { routeMethodsAt } from './route-methods';

/**
 * A known path asked with a method it does not take answers 405 with `Allow`
 * (RFC 9110 §15.5.6) instead of Nest's 404, on Express and Fastify: the
 * router's not-found answer reaches the global filters as a
 * NotFoundException, and the router itself says which methods the path
 * takes. Every other 404 (an unknown path, a route's own 404) is unchanged.
 * The body is Nest's, the one error family: `{ statusCode, message, error }`.
 */
@Catch(NotFoundException)
export class MethodNotAllowedFilter extends BaseExceptionFilter {
  constructor(private readonly adapter: HttpServer) {
    super(adapter);
  }

  override catch(exception: NotFoundException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request: unknown = http.getRequest();
    const method = this.adapter.getRequestMethod?.(request).toUpperCase();
    const url = this.adapter.getRequestUrl?.(request);
    const allowed = url === undefined ? [] : routeMethodsAt(this.adapter, url);
    // No route has this path, or one takes this method (the 404 is the route's own).
    if (
      method === undefined ||
      allowed.length === 0 ||
      allowed.includes(method)
    ) {
      super.catch(exception, host);
      return;
    }
    this.adapter.setHeader(http.getResponse(), 'Allow', allowed.join(', '));
    super.catch(
      new MethodNotAllowedException(
        `${method} is not allowed here; this path takes ${allowed.join(', ')}`,
      ),
      host,
    );
  }
}
