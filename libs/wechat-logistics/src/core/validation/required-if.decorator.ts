import {
  type ValidationOptions,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

/** Present means given at all: `undefined` and `null` are absent, `''` is present (and then fails IsNotEmpty). */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Options for the other validators of a conditional field, so that a missing
 * field reports only the {@link RequiredIf} rule and not "must be a string" too.
 */
export const WHEN_PRESENT: ValidationOptions = {
  validateIf: (_dto: object, value: unknown) => isPresent(value),
};

/**
 * A field WeChat requires only in some cases (`openid` unless `addSource` is 2,
 * `mobile` unless `tel` is given). When `condition(dto)` holds, a missing value
 * fails with "<field> is required <explanation>"; otherwise a missing value
 * skips every validator of the field, as `@IsOptional()` would. A given value
 * is always validated.
 */
export function RequiredIf<T extends object>(
  condition: (dto: T) => boolean,
  explanation: string,
): PropertyDecorator {
  const validateWhen = ValidateIf(
    (dto: object, value: unknown) => isPresent(value) || condition(dto as T),
  );
  const requirement = ValidateBy({
    name: 'requiredIf',
    constraints: [explanation],
    validator: {
      validate: (value: unknown) => isPresent(value),
      defaultMessage: (args) => `${args?.property} is required ${explanation}`,
    },
  });
  return (target: object, propertyKey: string | symbol) => {
    validateWhen(target, propertyKey);
    requirement(target, propertyKey);
  };
}
