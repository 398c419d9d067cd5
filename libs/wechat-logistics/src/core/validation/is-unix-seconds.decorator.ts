import {
  type ValidationOptions,
  ValidateBy,
  buildMessage,
} from 'class-validator';

/**
 * The smallest value taken for milliseconds: 1e11 seconds is the year 5138,
 * while every millisecond timestamp since March 1973 is larger.
 */
export const MILLISECONDS_THRESHOLD = 1e11;

/**
 * WeChat's times (`expect_time`, `action_time`) are Unix seconds. `Date.now()`
 * gives milliseconds, and WeChat would read such a value as a date thousands
 * of years ahead; this names the mistake instead of sending it.
 */
export function IsUnixSeconds(
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUnixSeconds',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'number' || value < MILLISECONDS_THRESHOLD,
        defaultMessage: buildMessage(
          (eachPrefix) =>
            `${eachPrefix}$property must be Unix seconds, but $value looks like milliseconds (divide it by 1000)`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
