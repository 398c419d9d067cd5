import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';

/**
 * The upper bound beside `IsIntegerAtLeast`'s lower one (a page size,
 * a 32-bit time). Only numbers are checked: the type rule beside it names a
 * value of the wrong type.
 */
export function IsIntegerAtMost(
  max: number,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIntegerAtMost',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || value <= max,
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property must be at most $constraint1`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
