import { requireOptionalPeer } from '../../optional-peer';

/**
 * What the DTOs tell OpenAPI about a field: the subset of `@nestjs/swagger`'s
 * `ApiPropertyOptions` they use, declared here so that neither the library's
 * code nor its published types need `@nestjs/swagger`.
 */
export interface ApiFieldOptions {
  readonly type?: unknown;
  /** `date-time` for a time sent as an RFC 3339 string. */
  readonly format?: string;
  readonly description?: string;
  readonly example?: unknown;
  readonly required?: boolean;
  readonly enum?: Record<string, string | number>;
  readonly enumName?: string;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** An array's item schema when it is not one class (a `oneOf`). */
  readonly items?: Record<string, unknown>;
}

type ApiPropertyFactory = (options: ApiFieldOptions) => PropertyDecorator;

/**
 * `@nestjs/swagger` is an optional peer: an app without it still gets the
 * DTOs, their validation and the service; an app with it gets the API
 * metadata on every field. Resolved once, when the DTO classes are defined
 * (which is when property decorators run).
 */
const apiProperty = requireOptionalPeer<{ ApiProperty: ApiPropertyFactory }>(
  '@nestjs/swagger',
)?.ApiProperty;

/** `@ApiProperty(options)` when `@nestjs/swagger` is installed; otherwise nothing. */
export function ApiField(options: ApiFieldOptions): PropertyDecorator {
  return apiProperty ? apiProperty(options) : () => undefined;
}
