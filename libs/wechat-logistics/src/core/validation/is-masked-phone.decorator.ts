import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';

/**
 * A phone number masked for display, last four digits shown: `189****1234`,
 * `021-****1234`, `****123-8008` (shipping info's contact fields). Digits,
 * `*`, `-`, `+` and spaces, at least one `*`, ending in four digits — so a
 * full number, which WeChat asks never to receive there, is refused before
 * it leaves this server.
 */
const MASKED_PHONE = /^(?=[^*]*\*)[\d*+\- ]*\d{4}$/;

export function IsMaskedPhone(
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMaskedPhone',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || MASKED_PHONE.test(value),
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be a masked phone number showing only its last 4 digits, e.g. 189****1234 or 021-****1234`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
