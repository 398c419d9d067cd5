/**
 * Readers for WeChat's replies, which the library never trusts to match the
 * docs: a field of the wrong type reads as absent, an absent list as `[]`, an
 * absent count as 0. Results are built field by field from these, never cast.
 */
export type WireObject = Record<string, unknown>;

export function isWireObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readOptionalString(
  source: WireObject,
  key: string,
): string | undefined {
  const value = source[key];
  return typeof value === 'string' ? value : undefined;
}

/** The string, or `''` when absent. */
export function readString(source: WireObject, key: string): string {
  return readOptionalString(source, key) ?? '';
}

/** A finite number; a numeric string counts too (some SDKs document counts as strings). */
export function readOptionalNumber(
  source: WireObject,
  key: string,
): number | undefined {
  const value = source[key];
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    return Number(value);
  }
  return undefined;
}

/** The number, or `fallback` (0) when absent. */
export function readNumber(
  source: WireObject,
  key: string,
  fallback = 0,
): number {
  return readOptionalNumber(source, key) ?? fallback;
}

/** A boolean, or `fallback` (false) when absent or of another type. */
export function readBoolean(
  source: WireObject,
  key: string,
  fallback = false,
): boolean {
  const value = source[key];
  return typeof value === 'boolean' ? value : fallback;
}

/** The object at `key`, or `{}` when absent (WeChat sends `"shipping": {}` before anything shipped). */
export function readObject(source: WireObject, key: string): WireObject {
  const value = source[key];
  return isWireObject(value) ? value : {};
}

/** The objects of a list; `[]` when absent, items that are not objects dropped. */
export function readObjects(source: WireObject, key: string): WireObject[] {
  const value = source[key];
  return Array.isArray(value) ? value.filter(isWireObject) : [];
}

/** The strings of a list; `[]` when absent, other items dropped. */
export function readStrings(source: WireObject, key: string): string[] {
  const value = source[key];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** The errcode of a reply or batch item; a missing one means success (several endpoints omit it). */
export function readErrcode(source: WireObject): number {
  return readNumber(source, 'errcode', 0);
}
