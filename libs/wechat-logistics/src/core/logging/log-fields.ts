import { WechatTransportError } from '../errors';

/** One field of a log line; `undefined` leaves the field out. */
export type LogFieldValue = string | number | boolean | undefined;
export type LogFieldMap = Readonly<Record<string, LogFieldValue>>;

/**
 * The `key=value` fields every library log line ends with
 * (`api=logistics.addOrder attempt=1 errcode=-1 latencyMs=12`), so operators
 * can grep and parse warnings and errors the same way. A value with spaces,
 * quotes, `=`, control or non-ASCII characters is JSON-quoted (line and
 * paragraph separators, DEL and C1 controls escaped too), so a newline in an
 * errmsg or an appId can never forge a second log line. Every caller-supplied
 * value a library log line shows goes through here. Callers never pass tokens,
 * secrets, passwords or push keys.
 */
export function logFields(fields: LogFieldMap): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string | number | boolean] => {
      return entry[1] !== undefined;
    })
    .map(([key, value]) => `${key}=${quoteIfNeeded(String(value))}`)
    .join(' ');
}

/** What a failed request amounts to: `failure=timeout`, `failure=http-status httpStatus=502`, or the error's name. */
export function failureFields(error: unknown): LogFieldMap {
  if (error instanceof WechatTransportError) {
    return { failure: error.failure, httpStatus: error.httpStatus };
  }
  return { error: error instanceof Error ? error.name : typeof error };
}

/** DEL, the C1 controls (NEL among them) and the Unicode line/paragraph separators: JSON leaves them as they are, some log viewers break lines at them. */
const LINE_BREAKS_JSON_KEEPS = /[\u007F-\u009F\u2028\u2029]/g;

function escapeCodeUnit(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function quoteIfNeeded(text: string): string {
  return text === '' || /[^\x21-\x7E]|["=\\]/.test(text)
    ? JSON.stringify(text).replace(LINE_BREAKS_JSON_KEEPS, escapeCodeUnit)
    : text;
}
