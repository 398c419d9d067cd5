import { ApiField } from './api-field.decorator';
import {
  IsIntegerAtLeast,
  IsNumberAtLeast,
} from '../number-at-least.decorators';
import { type Presence, combine, presenceParts } from './presence';

export interface NumberFieldOptions {
  readonly description: string;
  readonly example: number;
  /** @default 0 */
  readonly min?: number;
  /** @default 'required' */
  readonly presence?: Presence;
}

/** A whole number (counts, ids, fen, Unix seconds), at least `min`. */
export function IntegerField(options: NumberFieldOptions): PropertyDecorator {
  const { description, example, min = 0, presence = 'required' } = options;
  const parts = presenceParts(presence);
  return combine(
    ApiField({
      type: 'integer',
      description,
      example,
      minimum: min,
      required: parts.required,
    }),
    ...parts.leading,
    IsIntegerAtLeast(min, parts.options),
  );
}

/** A finite number that may have a fraction (weight in kg, size in cm), at least `min`. */
export function DecimalField(options: NumberFieldOptions): PropertyDecorator {
  const { description, example, min = 0, presence = 'required' } = options;
  const parts = presenceParts(presence);
  return combine(
    ApiField({
      type: Number,
      description,
      example,
      minimum: min,
      required: parts.required,
    }),
    ...parts.leading,
    IsNumberAtLeast(min, parts.options),
  );
}
