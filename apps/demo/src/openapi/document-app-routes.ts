import { type OpenAPIObject } from '@nestjs/swagger';
import { unknownAppExample } from './error-examples';

interface Operation {
  operationId?: string;
  responses: Record<string, unknown>;
}

/**
 * The `/logistics/apps/{appId}/…` operations share their decorators with the
 * default app's: each gets its own id (`cancelOrder` → `cancelOrderForApp`,
 * so ids stay unique and a generated client has one method per route), and
 * the 404 an appId the demo does not know gets (which cannot happen on the
 * default app's paths).
 */
export function documentAppRoutes(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.includes('{appId}')) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isOperation(operation)) continue;
      // A copy: the operation object may be shared with the default app's path.
      (item as Record<string, unknown>)[method] = {
        ...operation,
        ...(operation.operationId === undefined
          ? {}
          : { operationId: `${operation.operationId}ForApp` }),
        responses: withUnknownApp(structuredClone(operation.responses)),
      };
    }
  }
  return document;
}

function isOperation(value: unknown): value is Operation {
  return typeof value === 'object' && value !== null && 'responses' in value;
}

/** `responses` with the unknown appId's example under 404 (beside any 404 the operation documents). */
function withUnknownApp(
  responses: Record<string, unknown>,
): Record<string, unknown> {
  const example = unknownAppExample();
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
  return responses;
}
