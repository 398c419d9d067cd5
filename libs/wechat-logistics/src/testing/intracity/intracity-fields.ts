import { type WechatReply } from '../http/wechat-reply';
import { isFiniteNumber, isJsonObject } from '../http/json-values';
import { fieldInvalid, fieldRequired } from './intracity-errors';

export type FieldKind = 'string' | 'number' | 'integer' | 'object' | 'array';

/** A field the endpoint needs, checked in the order listed (the first bad one is named). */
export type FieldRule = readonly [name: string, kind: FieldKind];

const matches: Record<FieldKind, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: isFiniteNumber,
  integer: Number.isInteger,
  object: isJsonObject,
  array: Array.isArray,
};

/**
 * The 934001 for the first required field that is missing (absent, null or
 * `''`) or of the wrong type, named with `prefix` (`cargo.cargo_name`);
 * undefined when all are there.
 */
export function firstBadField(
  body: Readonly<Record<string, unknown>>,
  rules: readonly FieldRule[],
  prefix = '',
): WechatReply | undefined {
  for (const [name, kind] of rules) {
    const value = body[name];
    const field = `${prefix}${name}`;
    if (value === undefined || value === null || value === '')
      return fieldRequired(field);
    if (!matches[kind](value)) return fieldInvalid(field);
  }
  return undefined;
}

/** The 934001 for an optional field that is present with the wrong type. */
export function badOptionalField(
  body: Readonly<Record<string, unknown>>,
  rules: readonly FieldRule[],
  prefix = '',
): WechatReply | undefined {
  for (const [name, kind] of rules) {
    const value = body[name];
    if (value !== undefined && value !== null && !matches[kind](value))
      return fieldInvalid(`${prefix}${name}`);
  }
  return undefined;
}

/** A string field, or undefined when absent or not a non-empty string. */
export function text(
  body: Readonly<Record<string, unknown>>,
  name: string,
): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
