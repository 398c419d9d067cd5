import { randomBytes } from 'node:crypto';
import { findErrcode } from '../../core/errors/errcode-catalogue';

/** An answer the router hands to the HTTP layer; WeChat answers errors with HTTP 200 too. */
export interface WechatReply {
  readonly httpStatus: number;
  readonly body: Readonly<Record<string, unknown>>;
  /**
   * API security: the exact body text to send instead of `body` as JSON (the
   * encrypted envelope, whose bytes are signed) and the `Wechatmp-*` headers.
   */
  readonly text?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** errmsg texts the emulator needs that the client-side catalogue has no reason to hold. */
const EMULATOR_ONLY_ERRMSGS: Readonly<Record<number, string>> = {
  40066: 'invalid url',
  43001: 'require GET method',
};

/** `xxxxxxxx-xxxxxxxx-xxxxxxxx` hex, the request id WeChat appends to every errmsg. */
export function newRid(): string {
  const hex = randomBytes(12).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16)}`;
}

/** WeChat's typical errmsg for an errcode, without the rid. */
export function errmsgFor(errcode: number): string {
  if (errcode === 0) return 'ok';
  return (
    findErrcode(errcode)?.errmsg ??
    EMULATOR_ONLY_ERRMSGS[errcode] ??
    'unknown error'
  );
}

export function jsonReply(
  body: Record<string, unknown>,
  httpStatus = 200,
): WechatReply {
  return { httpStatus, body };
}

/** `{errcode, errmsg: "<text> rid: …", ...extra}`; pass `errmsg` to send exact text instead. */
export function errorReply(
  errcode: number,
  extra: Record<string, unknown> = {},
  errmsg: string = `${errmsgFor(errcode)} rid: ${newRid()}`,
): WechatReply {
  return jsonReply({ errcode, errmsg, ...extra });
}

/** `{errcode: 0, errmsg: "ok", ...fields}`: success carries no rid. */
export function okReply(fields: Record<string, unknown> = {}): WechatReply {
  return jsonReply({ errcode: 0, errmsg: 'ok', ...fields });
}
