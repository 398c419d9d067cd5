import { type ClusterTokenRefresh } from './cluster-token-refresh';
import { type LocalTokenCopy } from './local-token-copy';
import { type SharedStore } from '../store/shared-store';
import { type TokenBreaker } from './token-breaker';
import { type TokenProbe, type TokenSource } from './token-source';

/**
 * The tokens of an app the module fetches itself (AppID + AppSecret): the
 * local copy first, then the shared cache, then a refresh through the
 * cluster protocol. Everything here is per app, so one app's wrong secret or
 * revoked token never touches another's calls.
 */
export class FetchedTokenSource implements TokenSource {
  constructor(
    private readonly local: LocalTokenCopy,
    private readonly refresher: ClusterTokenRefresh,
    private readonly breaker: TokenBreaker,
    private readonly store: SharedStore,
  ) {}

  tokenInHand(now: number): string | undefined {
    return this.local.inHand(now);
  }

  async getToken(deadline: number): Promise<string> {
    const inHand = this.local.inHand(Date.now());
    if (inHand !== undefined) return inHand;
    return (
      (await this.refresher.readShared(deadline)) ??
      this.refresher.refresh(deadline)
    );
  }

  async replaceRejected(
    rejected: string,
    deadline: number,
  ): Promise<string | undefined> {
    this.local.rememberRejected(rejected);
    const shared = await this.refresher.readShared(deadline);
    const replacement = shared ?? (await this.refresher.refresh(deadline));
    return replacement === rejected ? undefined : replacement;
  }

  /**
   * A token in hand or in the shared store, or an open breaker, answer at
   * once (a probe every few seconds costs no token fetch); otherwise one is
   * fetched before `deadline`, as a call would. A shared store marked down
   * counts as not ready: the instances no longer share one token. A store
   * that answers reads and only refuses writes does not: calls still get
   * their token (the probe just did), so it is reported beside `ready`.
   */
  async probe(deadline: number): Promise<TokenProbe> {
    const open = this.breaker.openError();
    if (open) return { ready: false, failure: open.error, until: open.until };
    let failure: unknown;
    if (this.local.inHand(Date.now()) === undefined) {
      try {
        await this.getToken(deadline);
      } catch (error) {
        failure = error;
      }
    }
    if (this.store.down) return { ready: false, storeDown: true };
    if (failure === undefined)
      return this.store.writesRefused
        ? { ready: true, storeRefusesWrites: true }
        : { ready: true };
    return {
      ready: false,
      failure,
      until: this.breaker.openError()?.until,
    };
  }
}
