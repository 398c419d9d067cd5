import { type HttpServer } from '@nestjs/common';
import { type FastifyInstance } from 'fastify';

/** An Express 5 router's entry: a route (with its methods) or a middleware (without). */
interface ExpressLayer {
  route?: { methods: Record<string, boolean | undefined> };
  match(path: string): unknown;
}

/**
 * The methods the app's router answers at `url` (path and query, as
 * requested), asked of the router Nest registered the routes on, so they are
 * matched exactly as requests are (parameters, case, trailing slash,
 * Fastify's parameter length). GET brings HEAD, as both routers answer it.
 * Sorted; empty when no route has this path.
 */
export function routeMethodsAt(adapter: HttpServer, url: string): string[] {
  const methods =
    adapter.getType() === 'fastify'
      ? fastifyMethodsAt(adapter.getInstance() as FastifyInstance, url)
      : expressMethodsAt(
          (adapter.getInstance() as { router: { stack: ExpressLayer[] } })
            .router.stack,
          url,
        );
  return [...methods].sort();
}

function fastifyMethodsAt(fastify: FastifyInstance, url: string): Set<string> {
  // findRoute matches a request's URL as find-my-way does for the request itself.
  return new Set(
    fastify.supportedMethods.filter(
      (method) => fastify.findRoute({ method, url }) !== null,
    ),
  );
}

function expressMethodsAt(stack: ExpressLayer[], url: string): Set<string> {
  // Express matches the path alone (router's getPathname).
  const path = url.split('?', 1)[0];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [method, handled] of Object.entries(layer.route.methods))
      if (handled && method !== '_all') methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return methods;
}
