import {
  FORCE_REFRESH_DAILY_LIMIT,
  FORCE_REFRESH_MIN_GAP_MS,
} from '../../core/token/force-refresh-ration';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * WeChat's limit on `force_refresh: true` on /cgi-bin/stable_token. "Per day" is a rolling
 * 24-hour window rather than a calendar day so tests never straddle midnight.
 */
export class ForceRefreshLimit {
  private granted: number[] = [];

  /** Whether a force refresh at `now` (emulator ms) is allowed. */
  allows(now: number): boolean {
    const recent = this.granted.filter((at) => at > now - DAY_MS);
    const last = recent[recent.length - 1];
    const spacedEnough =
      last === undefined || now - last >= FORCE_REFRESH_MIN_GAP_MS;
    return spacedEnough && recent.length < FORCE_REFRESH_DAILY_LIMIT;
  }

  record(now: number): void {
    this.granted.push(now);
  }

  /** Force refreshes actually performed since the last reset. */
  get count(): number {
    return this.granted.length;
  }

  reset(): void {
    this.granted = [];
  }
}
