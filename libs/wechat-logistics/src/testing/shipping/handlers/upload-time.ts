/**
 * RFC 3339 date-time as WeChat accepts it (shipping-info.md §3.8): `Z` or
 * `±HH:MM`, an optional fraction of any length (RFC 3339's `time-secfrac` is
 * "." 1*DIGIT, and the library sends a given string as it is); `±HHMM` too,
 * which production accepted (COMM).
 */
const RFC_3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

/** `upload_time` in ms since the epoch, or undefined when it is not an RFC 3339 time (268485216). */
export function parseUploadTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = RFC_3339.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone] = match;
  const offset =
    zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction.slice(0, 4)}${offset}`;
  const ms = Date.parse(iso);
  // Date.parse rolls 2023-02-30 over to March: a real calendar date must round-trip.
  if (Number.isNaN(ms) || Number(month) > 12 || Number(day) > 31)
    return undefined;
  const check = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day)),
  );
  if (check.getUTCDate() !== Number(day)) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60)
    return undefined;
  return ms;
}
