import { IsOptional, type ValidationOptions } from 'class-validator';
import { WHEN_PRESENT } from '../required-if.decorator';

/**
 * - `required`: always required;
 * - `optional`: may be absent;
 * - `conditional`: optional in the OpenAPI schema; a `@RequiredIf` rule beside
 *   the field says when it is required.
 */
export type Presence = 'required' | 'optional' | 'conditional';

export interface PresenceParts {
  /** For `@ApiProperty({ required })`. */
  readonly required: boolean;
  /** Decorators that come first (`@IsOptional()` for optional fields). */
  readonly leading: PropertyDecorator[];
  /** Options for the field's type validators. */
  readonly options: ValidationOptions;
}

export function presenceParts(presence: Presence): PresenceParts {
  switch (presence) {
    case 'required':
      return { required: true, leading: [], options: {} };
    case 'optional':
      return { required: false, leading: [IsOptional()], options: {} };
    case 'conditional':
      return { required: false, leading: [], options: WHEN_PRESENT };
  }
}

/**
 * Applies several property decorators as one, last first, exactly as if they
 * were stacked above the property in this order (so validation messages come
 * out in the same order as for a hand-decorated DTO such as CancelOrderDto).
 */
export function combine(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorator of [...decorators].reverse())
      decorator(target, propertyKey);
  };
}
