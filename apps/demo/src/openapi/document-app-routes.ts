import { type OpenAPIObject } from '@nestjs/swagger';
import { unknownAppExample } from './error-examples';

/**
 * On `/logistics/apps/{appId}/…` every operation can also answer 404 for an
 * appId the demo does not know: added to those paths only (the operations
 * are shared with the default app's paths, where it cannot happen).
 */
export function documentUnknownApps(document: OpenAPIObject): OpenAPIObject {
  const example = unknownAppExample();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.includes('{appId}')) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (
        !operation ||
        typeof operation !== 'object' ||
        !('responses' in operation)
      )
        continue;
      // A copy: the operation object may be shared with the default app's path.
      const responses = structuredClone(
        (operation as { responses: Record<string, unknown> }).responses,
      );
      const notFound = (responses['404'] ?? {
        description: '',
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/ErrorBody' },
            examples: {},
          },
        },
      }) as {
        description: string;
        content: { 'application/json': { examples: Record<string, unknown> } };
      };
      notFound.description = [notFound.description, example.summary]
        .filter(Boolean)
        .join('; ');
      notFound.content['application/json'].examples.unknownApp = example;
      responses['404'] = notFound;
      (item as Record<string, unknown>)[method] = { ...operation, responses };
    }
  }
  return document;
}
