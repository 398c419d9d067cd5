/**
 * RFC 3339 date-times, as WeChat's shipping-info `upload_time` takes them:
 * `2022-12-15T13:29:35+08:00`, `…:35.120+08:00`, `…:35Z`. The numeric offset
 * needs its colon (`+0800` is ISO 8601's basic form, not RFC 3339).
 */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** Beijing time: what WeChat's examples use, and what a Date is sent in. */
const BEIJING_OFFSET_MINUTES = 8 * 60;

/**
 * Whether `text` is an RFC 3339 date-time naming a real instant: a calendar
 * date (no 30 February, which `Date.parse` silently rolls into March), a
 * time up to 23:59:60 and an offset within ±23:59.
 */
export function isRfc3339(text: string): boolean {
  const match = RFC3339.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk =
    match[9] === undefined ||
    (Number(match[9]) <= 23 && Number(match[10]) <= 59);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60 &&
    offsetOk
  );
}

/**
 * The wire form of a time given as a Date or an RFC 3339 string. A string
 * with a numeric offset is sent as given (it is the caller's exact time);
 * a Date, or a `Z` string, is sent in Beijing time with an explicit offset —
 * `2023-11-15T10:00:00+08:00` — and milliseconds only when not zero
 * (WeChat staff advise leaving out `.000`; a `Z` time passed only in one
 * report).
 */
export function toRfc3339(value: Date | string): string {
  if (typeof value === 'string' && !/[Zz]$/.test(value)) return value;
  const instant = typeof value === 'string' ? new Date(value) : value;
  const shifted = new Date(instant.getTime() + BEIJING_OFFSET_MINUTES * 60_000);
  const iso = shifted.toISOString(); // 2023-11-15T10:00:00.000Z, in Beijing's wall time
  const millis = iso.slice(19, 23);
  return `${iso.slice(0, 19)}${millis === '.000' ? '' : millis}+08:00`;
}
