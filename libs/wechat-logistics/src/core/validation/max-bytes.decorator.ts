import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';

/**
 * WeChat's field limits count UTF-8 bytes, not characters: a Chinese character
 * takes 3 of them, so "≤ 64" allows 21 of those. Too long a field costs a round
 * trip and errcode 9300526; this catches it before anything is sent.
 */
export function MaxBytes(
  limit: number,
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxBytes',
      constraints: [limit],
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' ||
          Buffer.byteLength(value, 'utf8') <= limit,
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be at most $constraint1 bytes in UTF-8 (a Chinese character is 3 bytes)`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
