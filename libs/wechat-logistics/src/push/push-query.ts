import { WechatPushError } from './wechat-push.error';

/** The query string of a push or URL verification, one value per key. */
export type PushQuery = Readonly<Record<string, string | undefined>>;

/**
 * The query as a framework hands it over: Express's `qs` makes `?a=1&a=2` an
 * array and `?a[b]=1` an object, Fastify makes a repeated key an array.
 */
export type RawPushQuery = Readonly<Record<string, unknown>>;

/** The parameters WeChat signs or that the decoder reads; each must be one short string. */
const READ_PARAMETERS = [
  'signature',
  'msg_signature',
  'timestamp',
  'nonce',
  'echostr',
  'encrypt_type',
] as const;

/**
 * Longest value accepted for one of them. WeChat's are short (a 40-hex
 * signature, 10 digits, a numeric nonce and echostr); a generous bound keeps
 * a megabyte-long parameter from being hashed or echoed back.
 */
export const MAX_QUERY_VALUE_LENGTH = 512;

/**
 * The parameters the decoder reads, each a single string (or absent).
 * Repeated, structured or oversized ones are refused as `malformed` (400):
 * the caller sent something WeChat never sends, which is not worth a stack
 * trace or a line above debug. The value is never quoted back.
 */
export function readPushQuery(query: RawPushQuery | undefined): PushQuery {
  const read: Record<string, string | undefined> = {};
  if (query === null || query === undefined) return read;
  if (typeof query !== 'object')
    throw new WechatPushError(
      'malformed',
      'the query is not a set of parameters',
    );
  for (const name of READ_PARAMETERS) {
    if (!Object.prototype.hasOwnProperty.call(query, name)) continue;
    const value = query[name];
    if (value === undefined) continue;
    if (Array.isArray(value))
      throw new WechatPushError(
        'malformed',
        `query parameter ${name} is repeated (WeChat sends it once)`,
      );
    if (typeof value !== 'string')
      throw new WechatPushError(
        'malformed',
        `query parameter ${name} is not a single value`,
      );
    if (value.length > MAX_QUERY_VALUE_LENGTH)
      throw new WechatPushError(
        'malformed',
        `query parameter ${name} is longer than ${MAX_QUERY_VALUE_LENGTH} characters`,
      );
    read[name] = value;
  }
  return read;
}
