import { declaredFields } from './validation-messages';

/**
 * Whether `value` is a JSON object: what a DTO is read from. `null`, an
 * array, a string or a number is not; nor is a Buffer or a Map, which only a
 * parser for another content type would have made. Told by its tag, not its
 * prototype, so an object from another realm (a vm context, Jest's) counts.
 */
export function isJsonObject(value: unknown): value is object {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/**
 * Whether a form parser has taken a JSON text apart: it makes the text (up
 * to its first `=` or `&`) one key, so some key starts as JSON does. No field
 * name starts with `{` or `[`; such a body was JSON sent without its
 * `Content-Type: application/json`.
 */
export function isJsonReadAsForm(body: object): boolean {
  return Object.keys(body).some((key) => /^\s*[[{]/.test(key));
}

/** What to send instead of a body that is not a JSON object, naming the DTO's fields. */
export function expectedBodyShape(
  subject: string,
  type: abstract new (...args: never[]) => unknown,
): string {
  const fields = declaredFields(type);
  const shape = `${subject} must be a JSON object`;
  return fields.length === 0
    ? shape
    : `${shape} with the fields of ${type.name}: ${fields.join(', ')}`;
}
