/**
 * What the DTOs tell OpenAPI about a field: the subset of `@nestjs/swagger`'s
 * `ApiPropertyOptions` they use, declared here so that neither the library's
 * code nor its published types need `@nestjs/swagger`.
 */
export interface ApiFieldOptions {
  readonly type?: unknown;
  readonly description?: string;
  readonly example?: unknown;
  readonly required?: boolean;
  readonly enum?: Record<string, string | number>;
  readonly enumName?: string;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

type ApiPropertyFactory = (options: ApiFieldOptions) => PropertyDecorator;

const SWAGGER = '@nestjs/swagger';

/**
 * `@nestjs/swagger` is an optional peer: an app without it still gets the
 * DTOs, their validation and the service; an app with it gets the API
 * metadata on every field. Resolved once, when the DTO classes are defined
 * (which is when property decorators run).
 */
const apiProperty = loadApiProperty();

/** `@ApiProperty(options)` when `@nestjs/swagger` is installed; otherwise nothing. */
export function ApiField(options: ApiFieldOptions): PropertyDecorator {
  return apiProperty ? apiProperty(options) : () => undefined;
}

function loadApiProperty(): ApiPropertyFactory | undefined {
  try {
    // A require, not an import: an import would make swagger a hard dependency.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(SWAGGER) as { ApiProperty: ApiPropertyFactory })
      .ApiProperty;
  } catch (error) {
    if (isSwaggerMissing(error)) return undefined;
    throw error; // installed but broken: hiding that would silently drop the docs
  }
}

function isSwaggerMissing(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' &&
    error.message.startsWith(`Cannot find module '${SWAGGER}'`)
  );
}
