/**
 * The named fields as strings when every required one is a non-empty string
 * and every optional one present is a string; otherwise undefined (the caller
 * answers its endpoint's "args error").
 */
export function readStringFields<R extends string, O extends string = never>(
  body: Readonly<Record<string, unknown>>,
  required: readonly R[],
  optional: readonly O[] = [],
): (Record<R, string> & Partial<Record<O, string>>) | undefined {
  const fields: Record<string, string> = {};
  for (const name of required) {
    const value = body[name];
    if (typeof value !== 'string' || value === '') return undefined;
    fields[name] = value;
  }
  for (const name of optional) {
    const value = body[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') return undefined;
    fields[name] = value;
  }
  return fields as Record<R, string> & Partial<Record<O, string>>;
}
