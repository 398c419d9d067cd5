import { type WaybillDataItem } from '../../../logistics/results/waybill-data-item';

/**
 * The `waybill_data` a carrier would answer for a new waybill (§2.6). SF's
 * keys are the documented ones (集包地 and 三段码); other carriers' keys are
 * not documented, so they get one generic sort mark. Values only need to be
 * plausible and stable for the same receiver.
 */
export function generateWaybillData(
  deliveryId: string,
  receiver: unknown,
): WaybillDataItem[] {
  const city = textField(receiver, 'city') || '广州市';
  const area = textField(receiver, 'area');
  const code = sortCode(`${city}${area}`);
  if (deliveryId === 'SF') {
    return [
      { key: 'SF_bagAddr', value: city.replace(/市$/, '') },
      {
        key: 'SF_mark',
        value: `${code.slice(0, 3)}- ${code.slice(3, 5)}-${code.slice(5, 7)} ${code.slice(7)}`,
      },
    ];
  }
  return [{ key: 'Mark', value: `${city}${area} ${code.slice(0, 3)}` }];
}

/** A string field of an untrusted JSON object, or ''. */
export function textField(value: unknown, name: string): string {
  if (typeof value !== 'object' || value === null) return '';
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' ? field : '';
}

/** Ten digits derived from the destination, like a routing code (deterministic for tests). */
function sortCode(destination: string): string {
  let hash = 7;
  for (const char of destination) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1e10;
  }
  return String(hash).padStart(10, '0');
}
