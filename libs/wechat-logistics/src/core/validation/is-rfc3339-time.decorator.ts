import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';
import { isRfc3339 } from '../wire/rfc3339-time';

/**
 * A point in time given as a `Date` or an RFC 3339 string
 * (`2023-11-15T10:00:00+08:00`). WeChat answers a malformed one with an
 * errcode whose text blames the format (shipping info's 268485216); this
 * names the mistake before anything is sent.
 */
export function IsRfc3339Time(
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRfc3339Time',
      validator: {
        validate: (value: unknown) =>
          value instanceof Date
            ? !Number.isNaN(value.getTime())
            : typeof value === 'string' && isRfc3339(value),
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be a Date or an RFC 3339 time with an offset, e.g. 2023-11-15T10:00:00+08:00`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
