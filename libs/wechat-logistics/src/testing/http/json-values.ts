/** Type guards for untrusted JSON bodies: WeChat answers a wrong type like a missing field. */

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** Absent, or a string (possibly empty): the shape of an optional text field. */
export function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}
