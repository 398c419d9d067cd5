import { type OpenAPIObject } from '@nestjs/swagger';

/**
 * A controller mounted at several paths (`/logistics/…` and
 * `/logistics/apps/:appId/…`) documents its path parameters on each of them;
 * this keeps a path parameter only on the paths that actually have it.
 */
export function dropAbsentPathParameters(
  document: OpenAPIObject,
): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item)) {
      const parameters = (operation as { parameters?: unknown[] } | undefined)
        ?.parameters;
      if (!Array.isArray(parameters)) continue;
      (operation as { parameters: unknown[] }).parameters = parameters.filter(
        (parameter) => {
          const { in: where, name } = parameter as {
            in?: string;
            name?: string;
          };
          return where !== 'path' || path.includes(`{${name}}`);
        },
      );
    }
  }
  return document;
}
