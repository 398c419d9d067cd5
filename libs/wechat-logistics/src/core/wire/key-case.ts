/**
 * The library speaks camelCase (the cloud-call names: orderId, deliveryResultcode,
 * spaceX); WeChat's wire speaks snake_case (order_id, delivery_resultcode, space_x).
 * Every documented key converts mechanically, so one converter serves every endpoint.
 * Only keys are converted: values (waybill_data's `SF_bagAddr`) stay as they are.
 */
export function toSnakeKeys(value: unknown): unknown {
  return convertKeys(value, snakeNames);
}

export function toCamelKeys(value: unknown): unknown {
  return convertKeys(value, camelNames);
}

/**
 * Converted names, remembered: the documented keys are a few hundred, and a
 * regex replace per key per call was a visible share of a call's CPU. Bounded,
 * because replies may carry keys nobody documented.
 */
class KeyNames {
  private static readonly MAX_REMEMBERED = 2000;
  private readonly names = new Map<string, string>();

  constructor(private readonly convert: (key: string) => string) {}

  of(key: string): string {
    let name = this.names.get(key);
    if (name === undefined) {
      name = this.convert(key);
      if (this.names.size < KeyNames.MAX_REMEMBERED) this.names.set(key, name);
    }
    return name;
  }
}

const snakeNames = new KeyNames((key) =>
  key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
);
const camelNames = new KeyNames((key) =>
  key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()),
);

function convertKeys(value: unknown, names: KeyNames): unknown {
  if (Array.isArray(value))
    return value.map((item) => convertKeys(item, names));
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const item = source[key];
    // Absent optional fields are omitted from the wire, never sent as null;
    // `__proto__` from a hostile reply must not become this object's prototype.
    if (item !== undefined && key !== '__proto__')
      result[names.of(key)] = convertKeys(item, names);
  }
  return result;
}
