import {
  ACCESS_TOKEN_FORMAT,
  type AccessTokenRecord,
  accessTokenErrcode,
  generateAccessToken,
  invalidateAccessToken,
} from './access-token';
import { type TokenEndpoint } from '../../core/interfaces/wechat-logistics-module-options.interface';
import { type EmulatorClock } from './emulator-clock';
import { ForceRefreshLimit } from './force-refresh-limit';

/** How long a superseded classic token keeps working (WeChat's 5-minute overlap). */
export const CLASSIC_OVERLAP_SECONDS = 300;
/** A stable token is renewed when fewer than this many seconds of life remain. */
export const STABLE_RENEW_WINDOW_SECONDS = 300;

/** What a token endpoint answers on success (`expires_in` in seconds). */
export interface IssuedAccessToken {
  readonly accessToken: string;
  readonly expiresIn: number;
}

/** A token one of the two token endpoints issued. */
type EndpointTokenRecord = AccessTokenRecord & { readonly kind: TokenEndpoint };

/**
 * One mini program's access tokens, issued and checked the way WeChat does
 * (each app of an emulator has its own authority): classic tokens overlap
 * for 5 minutes, stable tokens are reused until their last 5 minutes, the two
 * sets never affect each other. Also the test hooks to count and revoke them.
 */
export class TokenAuthority {
  private readonly records = new Map<string, AccessTokenRecord>();
  private readonly latest = new Map<TokenEndpoint, EndpointTokenRecord>();
  private readonly fetches = new Map<TokenEndpoint, number>();
  private readonly ration = new ForceRefreshLimit();

  /**
   * `onIssue` hears every new token, so a registry of several apps can tell
   * from a request's token alone which app issued it.
   */
  constructor(
    private readonly clock: EmulatorClock,
    private expiresInSeconds: number,
    private readonly onIssue: (token: string) => void = () => undefined,
  ) {}

  /** /cgi-bin/token: always a new token; the previous one lives on for 300 s. */
  issueClassic(): IssuedAccessToken {
    const previous = this.latest.get('classic');
    if (previous)
      invalidateAccessToken(
        previous,
        this.clock.now() + CLASSIC_OVERLAP_SECONDS * 1000,
      );
    return this.answer(this.issue('classic'));
  }

  /** /cgi-bin/stable_token: the same token while it has life left, unless a rationed force refresh. */
  issueStable(forceRefresh: boolean): IssuedAccessToken {
    const now = this.clock.now();
    if (forceRefresh && this.ration.allows(now)) {
      this.ration.record(now);
      this.liveRecords('stable').forEach((record) =>
        invalidateAccessToken(record, now),
      );
      return this.answer(this.issue('stable'));
    }
    const current = this.latest.get('stable');
    const reusable =
      current !== undefined &&
      accessTokenErrcode(current, now) === 0 &&
      current.expiresAt - now > STABLE_RENEW_WINDOW_SECONDS * 1000;
    // The superseded stable token is left alone: it simply runs out at its own expiry.
    return this.answer(reusable ? current : this.issue('stable'));
  }

  /**
   * A token a third-party platform holds for this app (authorizer_access_token,
   * from the platform's own token endpoint, which the emulator does not serve):
   * it calls every business API like the app's own, and the calls only a
   * platform may make (the plugin applications) accept nothing else. Lives as
   * long as tokens issued now; not counted as a fetch.
   */
  issueAuthorizer(): string {
    return this.record('authorizer').value;
  }

  /** Whether `token` is one `issueAuthorizer()` handed out (valid or not). */
  isAuthorizer(token: string): boolean {
    return this.records.get(token)?.kind === 'authorizer';
  }

  /** 0 when `token` may call business APIs, else the errcode WeChat would answer. */
  verify(token: string | undefined): number {
    if (!token) return 41001;
    if (!ACCESS_TOKEN_FORMAT.test(token)) return 40014;
    const record = this.records.get(token);
    return record ? accessTokenErrcode(record, this.clock.now()) : 40001;
  }

  isValid(token: string): boolean {
    return this.verify(token) === 0;
  }

  /** Makes one token answer 40001 from now on; false when the emulator never issued it. */
  revoke(token: string): boolean {
    const record = this.records.get(token);
    if (record) invalidateAccessToken(record, this.clock.now());
    return record !== undefined;
  }

  /** Every token that currently works answers 40001 from now on (every kind). */
  revokeAll(): void {
    const now = this.clock.now();
    [
      ...this.liveRecords('classic'),
      ...this.liveRecords('stable'),
      ...this.liveRecords('authorizer'),
    ].forEach((record) => invalidateAccessToken(record, now));
  }

  /** The most recently issued token of a kind, valid or not. */
  latestToken(kind: TokenEndpoint): string | undefined {
    return this.latest.get(kind)?.value;
  }

  /** Successful token answers of both endpoints (a reused stable token counts too). */
  get fetchCount(): number {
    return this.fetchCountFor('classic') + this.fetchCountFor('stable');
  }

  fetchCountFor(kind: TokenEndpoint): number {
    return this.fetches.get(kind) ?? 0;
  }

  /** Force refreshes actually performed (rationed-away requests are not counted). */
  get forceRefreshCount(): number {
    return this.ration.count;
  }

  /** Lifetime of tokens issued from now on; tokens already issued keep theirs. */
  setExpiresInSeconds(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new RangeError(
        `expires_in must be a positive number of seconds, got ${seconds}`,
      );
    }
    this.expiresInSeconds = seconds;
  }

  /** Forgets every token and counter; previously issued tokens become unknown (40001). */
  reset(): void {
    this.records.clear();
    this.latest.clear();
    this.fetches.clear();
    this.ration.reset();
  }

  private issue(kind: TokenEndpoint): EndpointTokenRecord {
    const record = this.record(kind);
    this.latest.set(kind, record);
    return record;
  }

  private record<K extends TokenEndpoint | 'authorizer'>(
    kind: K,
  ): AccessTokenRecord & { readonly kind: K } {
    const record = {
      value: generateAccessToken(),
      kind,
      expiresAt: this.clock.now() + this.expiresInSeconds * 1000,
    };
    this.records.set(record.value, record);
    this.onIssue(record.value);
    return record;
  }

  private answer(record: EndpointTokenRecord): IssuedAccessToken {
    this.fetches.set(record.kind, this.fetchCountFor(record.kind) + 1);
    // A reused stable token reports its remaining life, as WeChat's does.
    const expiresIn = Math.ceil((record.expiresAt - this.clock.now()) / 1000);
    return { accessToken: record.value, expiresIn };
  }

  private liveRecords(kind: TokenEndpoint | 'authorizer'): AccessTokenRecord[] {
    const now = this.clock.now();
    return [...this.records.values()].filter(
      (record) => record.kind === kind && accessTokenErrcode(record, now) === 0,
    );
  }
}
