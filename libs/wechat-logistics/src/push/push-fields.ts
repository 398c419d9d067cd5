import { WechatPushError } from './wechat-push.error';

/**
 * Reads the fields of one decoded push (XML: every value a string; JSON:
 * numbers as numbers) for a family's event mapping. Keys are matched
 * case-insensitively because WeChat spells them inconsistently (`DeliveryID`,
 * `WayBillId`), and a capital letter is no reason to lose an event. A field
 * that is missing or of the wrong kind is a `malformed` WechatPushError
 * (400) naming the field, never its value.
 */
export class PushFields {
  constructor(
    private readonly fields: Record<string, unknown>,
    /** What the errors call the message, e.g. `path update event`. */
    private readonly what: string,
    /** Prefix of a nested object's field names in errors, e.g. `Actions[1].`. */
    private readonly path = '',
  ) {}

  optional(key: string): unknown {
    return fieldOf(this.fields, key);
  }

  has(key: string): boolean {
    return this.optional(key) !== undefined;
  }

  string(key: string, allowEmpty = false): string {
    const value = this.optional(key);
    if (value === undefined) throw this.malformed(`${key} is missing`);
    if (typeof value !== 'string')
      throw this.malformed(`${key} is not a string`);
    if (!allowEmpty && value === '') throw this.malformed(`${key} is empty`);
    return value;
  }

  /** An absent string, or one WeChat sent empty, reads as `''`. */
  optionalString(key: string): string {
    return this.optional(key) === undefined ? '' : this.string(key, true);
  }

  /** Whole, non-negative, safe integers only: `"12a"`, `1.5`, `"1e3"` or `" 7"` are refused, not guessed. */
  integer(key: string): number {
    const value = this.optional(key);
    if (value === undefined) throw this.malformed(`${key} is missing`);
    const number =
      typeof value === 'string' && /^\d{1,16}$/.test(value)
        ? Number(value)
        : value;
    if (
      typeof number !== 'number' ||
      !Number.isSafeInteger(number) ||
      number < 0
    ) {
      throw this.malformed(`${key} is not a whole number`);
    }
    return number;
  }

  optionalInteger(key: string): number | undefined {
    return this.optional(key) === undefined ? undefined : this.integer(key);
  }

  /** A nested object (XML: an element with children), read with the same rules. */
  object(key: string): PushFields {
    const value = this.optional(key);
    if (!isRecord(value)) throw this.malformed(`${key} is not an object`);
    return new PushFields(value, this.what, `${this.path}${key}.`);
  }

  /** The nested object at `key`, when present (an empty XML element counts as absent). */
  optionalObject(key: string): PushFields | undefined {
    const value = this.optional(key);
    return value === undefined || value === '' ? undefined : this.object(key);
  }

  malformed(detail: string): WechatPushError {
    return new WechatPushError(
      'malformed',
      `${this.what}: ${this.path}${detail}`,
    );
  }
}

/** A field by its exact name, else by the same name in another case. */
export function fieldOf(fields: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(fields, key)) return fields[key];
  const lower = key.toLowerCase();
  const match = Object.keys(fields).find((k) => k.toLowerCase() === lower);
  return match === undefined ? undefined : fields[match];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
