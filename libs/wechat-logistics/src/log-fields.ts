import { WechatTransportError } from './errors';

/** One field of a log line; `undefined` leaves the field out. */
export type LogFieldValue = string | number | boolean | undefined;
export type LogFieldMap = Readonly<Record<string, LogFieldValue>>;

/**
 * The `key=value` fields every library log line ends with
 * (`api=logistics.addOrder attempt=1 errcode=-1 latencyMs=12`), so operators
 * can grep and parse warnings and errors the same way. A value with spaces,
 * quotes, `=`, control or non-ASCII characters is JSON-quoted, so a newline in
 * an errmsg can never forge a second log line. Callers never pass tokens,
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

function quoteIfNeeded(text: string): string {
  return text === '' || /[^\x21-\x7E]|["=\\]/.test(text)
    ? JSON.stringify(text)
    : text;
}
