import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';

/** Readers shared by the option resolvers: each names the field it refuses. */
export function optionalString(
  source: object,
  field: string,
  prefix = '',
): string | undefined {
  const value = (source as Record<string, unknown>)[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw new InvalidWechatLogisticsOptionsError(
      prefix + field,
      'must be a string',
    );
  return value.trim() === '' ? undefined : value;
}

export function positiveNumber(
  source: object,
  field: string,
  fallback: number,
  prefix = '',
): number {
  const value = (source as Record<string, unknown>)[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidWechatLogisticsOptionsError(
      prefix + field,
      `must be a number > 0 (got ${typeof value === 'number' ? value : JSON.stringify(value)})`,
    );
  }
  return value;
}

/** A count (sockets, attempts, apps, bytes): a number > 0 with no fraction, `fallback` when absent. */
export function positiveInteger(
  source: object,
  field: string,
  fallback: number,
  prefix = '',
): number {
  const value = positiveNumber(source, field, fallback, prefix);
  if (!Number.isSafeInteger(value))
    throw new InvalidWechatLogisticsOptionsError(
      prefix + field,
      `must be a whole number (got ${value})`,
    );
  return value;
}
