/** What {@link TokenSource.probe} found. */
export type TokenProbe =
  | {
      readonly ready: true;
      /** The shared store answers reads but refuses writes: calls still get tokens, new ones are not shared. */
      readonly storeRefusesWrites?: true;
    }
  | { readonly ready: false; readonly storeDown: true }
  | {
      readonly ready: false;
      readonly failure: unknown;
      /** Set when the breaker is open: calls fail fast with `failure` until then. */
      readonly until?: number;
    };

/**
 * One app's access tokens, as the caller needs them. Every wait is bounded
 * by the caller's `deadline` (epoch ms): the call's budget, not a fresh timeout.
 */
export interface TokenSource {
  /** A token usable now without waiting (the common case, answered without a promise), if any. */
  tokenInHand(now: number): string | undefined;
  /** A token to use now: the one at hand, the shared one, or a fresh one. */
  getToken(deadline: number): Promise<string>;
  /**
   * WeChat rejected `rejected` (40001 / 40014 / 42001). The token to retry
   * with, or `undefined` when the only token to be had is the rejected one.
   */
  replaceRejected(
    rejected: string,
    deadline: number,
  ): Promise<string | undefined>;
  /** Whether calls can get a token now, for readiness probes (see the health indicator). */
  probe(deadline: number): Promise<TokenProbe>;
}
