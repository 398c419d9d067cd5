/**
 * The library speaks camelCase (the cloud-call names: orderId, deliveryResultcode,
 * spaceX); WeChat's wire speaks snake_case (order_id, delivery_resultcode, space_x).
 * Every documented key converts mechanically, so one converter serves every endpoint.
 * Only keys are converted: values (waybill_data's `SF_bagAddr`) stay as they are.
 */
export function toSnakeKeys(value: unknown): unknown {
  return convertKeys(value, camelToSnake);
}

export function toCamelKeys(value: unknown): unknown {
  return convertKeys(value, snakeToCamel);
}

function convertKeys(
  value: unknown,
  convert: (key: string) => string,
): unknown {
  if (Array.isArray(value))
    return value.map((item) => convertKeys(item, convert));
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Absent optional fields are omitted from the wire, never sent as null;
    // `__proto__` from a hostile reply must not become this object's prototype.
    if (item !== undefined && key !== '__proto__')
      result[convert(key)] = convertKeys(item, convert);
  }
  return result;
}

function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) =>
    letter.toUpperCase(),
  );
}
