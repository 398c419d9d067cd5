import {
  type ValidationArguments,
  type ValidationOptions,
  ValidateBy,
} from 'class-validator';

/**
 * One rule and one message for "a whole number, at least `min`", in place
 * of `@IsInt()` + `@Min()`, whose two messages (`must be an integer number`,
 * `must not be less than 1`) leave a person who sent `"1"` guessing. The
 * message says what to send and what was sent instead when the type is wrong.
 */
export function IsIntegerAtLeast(
  min: number,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return atLeast(
    'isIntegerAtLeast',
    'an integer',
    Number.isInteger,
    min,
    validationOptions,
  );
}

/** A finite number (a fraction allowed: kg, cm), at least `min`; one message, as {@link IsIntegerAtLeast}. */
export function IsNumberAtLeast(
  min: number,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return atLeast(
    'isNumberAtLeast',
    'a number',
    Number.isFinite,
    min,
    validationOptions,
  );
}

function atLeast(
  name: string,
  what: string,
  accepts: (value: number) => boolean,
  min: number,
  validationOptions: ValidationOptions | undefined,
): PropertyDecorator {
  return ValidateBy(
    {
      name,
      constraints: [min],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && accepts(value) && value >= min,
        defaultMessage: (args?: ValidationArguments) =>
          `$property must be ${what} ≥ ${min}${sentInstead(args?.value)}`,
      },
    },
    validationOptions,
  );
}

/** ` (got the string "1")`: only for a value of the wrong type; a number out of range speaks for itself. */
function sentInstead(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? ' (got NaN)' : '';
  if (value === undefined) return '';
  if (typeof value === 'string')
    return ` (got the string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)})`;
  if (value === null) return ' (got null)';
  return ` (got ${Array.isArray(value) ? 'an array' : `a ${typeof value}`})`;
}
