import { randomBytes } from 'node:crypto';

import { type TokenEndpoint } from '../../core/interfaces/wechat-logistics-module-options.interface';

/**
 * Shape of a well-formed token. Anything else is answered with 40014 ("invalid
 * access_token") rather than 40001, as WeChat distinguishes malformed from unknown.
 */
export const ACCESS_TOKEN_FORMAT = /^[A-Za-z0-9_-]{64,512}$/;

/** One issued token and the moments it stops working. */
export interface AccessTokenRecord {
  readonly value: string;
  /**
   * Which endpoint issued it (WeChat keeps the two sets fully independent),
   * or 'authorizer': a third-party platform's authorizer_access_token for
   * this app, handed out by a test (`tokens.issueAuthorizer()`).
   */
  readonly kind: TokenEndpoint | 'authorizer';
  /** Emulator ms; at or after this instant the token answers 42001. */
  readonly expiresAt: number;
  /** Emulator ms; set when superseded or revoked; from then on the token answers 40001. */
  invalidFrom?: number;
}

/** 128 characters of base64url: long and opaque like WeChat's real tokens. */
export function generateAccessToken(): string {
  return randomBytes(96).toString('base64url');
}

/**
 * 0 while the token works, else the errcode it earns. Whichever cut-off comes
 * first wins, so a token superseded in its last minutes still ends as "expired".
 */
export function accessTokenErrcode(
  record: AccessTokenRecord,
  now: number,
): 0 | 40001 | 42001 {
  const { invalidFrom, expiresAt } = record;
  if (
    invalidFrom !== undefined &&
    now >= invalidFrom &&
    invalidFrom < expiresAt
  ) {
    return 40001;
  }
  return now >= expiresAt ? 42001 : 0;
}

/** Invalidates the token at `at` unless it already stops working earlier. */
export function invalidateAccessToken(
  record: AccessTokenRecord,
  at: number,
): void {
  record.invalidFrom = Math.min(record.invalidFrom ?? Infinity, at);
}
