import { ValidateBy } from 'class-validator';

/**
 * A rule about a field that depends on other fields of the same object
 * (shipping info: "one package in unified mode", "split delivery only for
 * express"). `holds(value, dto)` says whether it is met; the message names
 * the field first, as every other message does. Only checked when the field
 * is present: its own decorators say whether it may be absent.
 */
export function CrossFieldRule<T extends object>(
  name: string,
  holds: (value: unknown, dto: T) => boolean,
  message: string | ((value: unknown, dto: T) => string),
): PropertyDecorator {
  return ValidateBy({
    name,
    validator: {
      validate: (value: unknown, args) =>
        value === undefined ||
        value === null ||
        holds(value, args?.object as T),
      defaultMessage: (args) =>
        `${args?.property} ${
          typeof message === 'string'
            ? message
            : message(args?.value, args?.object as T)
        }`,
    },
  });
}
