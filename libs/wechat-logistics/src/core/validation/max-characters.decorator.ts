import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';

/**
 * For the few WeChat limits given in characters rather than bytes (shipping
 * info's `item_desc`: ≤ 120): counted in Unicode code points, so an emoji
 * (two UTF-16 units) counts once, as WeChat's "characters" do.
 */
export function MaxCharacters(
  limit: number,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxCharacters',
      constraints: [limit],
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || codePoints(value) <= limit,
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be at most $constraint1 characters`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

function codePoints(value: string): number {
  return Array.from(value).length;
}
