import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';

type EnumLike = Record<string, string | number>;

/**
 * The values of a TypeScript enum, without the reverse mappings of numeric
 * enums (`AddSource[0] === 'MiniProgram'`).
 */
export function enumValues(entity: EnumLike): (string | number)[] {
  return Object.entries(entity)
    .filter(([key]) => Number.isNaN(Number(key)))
    .map(([, value]) => value);
}

/**
 * Like class-validator's `@IsEnum`, which also accepts a numeric enum's member
 * *names* (`'MiniProgram'` for `AddSource`), but accepts only the values and
 * lists them with their meaning: "addSource must be one of 0 (MiniProgram), 2 (AppOrH5)".
 */
export function IsEnumValue(
  entity: EnumLike,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  const values = enumValues(entity);
  const listed = Object.entries(entity)
    .filter(([key]) => Number.isNaN(Number(key)))
    .map(([name, value]) =>
      typeof value === 'number' ? `${value} (${name})` : `"${value}"`,
    )
    .join(', ');
  return ValidateBy(
    {
      name: 'isEnumValue',
      constraints: [values],
      validator: {
        validate: (value: unknown) => (values as unknown[]).includes(value),
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property must be one of ${listed}`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
