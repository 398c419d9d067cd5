/**
 * The two strings of this family that look alike and must never be swapped
 * (reference §4.12): the carrier's tracking number (`waybillId`, what the
 * logistics assistant's addOrder returns and what you register) and the
 * opaque `waybill_token` WeChat returns for it — one per component, and the
 * query component's token is not the message component's (§4.5).
 *
 * The brands exist for the compiler only: at run time each is a plain string,
 * so they serialise, store and log like one. A token is assignable to
 * `string`, but not to `WaybillId` and not to the other component's token.
 */
declare const waybillTokenBrand: unique symbol;

/** The query component's (查询组件) token: from `traceWaybill`, for `queryTrace`, `updateWaybillGoods` and the mini program's `openWaybillTracking({ waybillToken })`. */
export type TraceWaybillToken = string & {
  readonly [waybillTokenBrand]: 'trace';
};

/** The message component's (物流消息) token: from `followWaybill`, for `queryFollowTrace` and `updateFollowWaybillGoods`. */
export type FollowWaybillToken = string & {
  readonly [waybillTokenBrand]: 'follow';
};

/** Either component's token (opaque; 64 base64url characters in every example, §4.1). */
export type WaybillToken = TraceWaybillToken | FollowWaybillToken;

/**
 * A carrier's tracking number (运单号). Any plain string is one, so ids from
 * addOrder or a database pass as they are; a `WaybillToken` is refused by the
 * compiler.
 */
export type WaybillId = string & { readonly [waybillTokenBrand]?: never };

/**
 * What a token may look like before it is trusted as one: printable ASCII,
 * no spaces, at most 512 characters. Tokens are opaque (§4.1): the examples
 * are 64 base64url characters, but nothing promises that length, so only a
 * value that cannot be a token (empty, spaced, binary, huge) is refused.
 */
export const WAYBILL_TOKEN_PATTERN = /^[\x21-\x7e]{1,512}$/;

/**
 * Re-brands a query-component token that was stored as a plain string
 * (a database column, a message): `queryTrace({ waybillToken:
 * asTraceWaybillToken(row.traceToken) })`. Throws a `TypeError` for a value
 * that cannot be a token — without quoting it. It cannot tell which
 * component issued a token (WeChat's tokens carry no marker), so keep the
 * two in separate columns and call the matching function; a follow token
 * sent to `queryTrace` is answered 9300507 by WeChat.
 */
export function asTraceWaybillToken(value: string): TraceWaybillToken {
  return checkToken(value, 'asTraceWaybillToken') as TraceWaybillToken;
}

/** Re-brands a stored message-component token; as {@link asTraceWaybillToken}. */
export function asFollowWaybillToken(value: string): FollowWaybillToken {
  return checkToken(value, 'asFollowWaybillToken') as FollowWaybillToken;
}

function checkToken(value: unknown, caller: string): string {
  if (typeof value !== 'string' || !WAYBILL_TOKEN_PATTERN.test(value)) {
    const what =
      typeof value === 'string'
        ? `a string of ${value.length} characters that is not printable ASCII without spaces, 1 to 512 characters`
        : `a ${value === null ? 'null' : typeof value}`;
    throw new TypeError(`${caller} expects a waybill_token; got ${what}`);
  }
  return value;
}
