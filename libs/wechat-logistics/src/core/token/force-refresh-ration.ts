import { type SharedStore } from '../store/shared-store';

/** WeChat grants at most this many `force_refresh: true` stable tokens a day… */
export const FORCE_REFRESH_DAILY_LIMIT = 20;
/** …at least this far apart; beyond the ration it silently hands back the old token. */
export const FORCE_REFRESH_MIN_GAP_MS = 30_000;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Our side of WeChat's force-refresh ration, kept in the shared cache so a whole
 * cluster draws from one allowance rather than each instance from its own.
 * "A day" is a rolling 24 hours: never more than 20 in any calendar day either.
 * The read-modify-write is only safe while holding the token lock, which is the
 * only place the token service calls it. When the ration cannot be read or
 * recorded (store down) no force refresh is granted: unaccounted ones could
 * exhaust WeChat's allowance for the rest of the cluster.
 */
export class ForceRefreshRation {
  constructor(
    private readonly store: SharedStore,
    private readonly key: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one force refresh from the ration; false when none is left now. */
  async tryTake(deadline: number): Promise<boolean> {
    let stored: unknown;
    try {
      stored = await this.store.read<unknown>(this.key, deadline);
    } catch {
      return false;
    }
    const now = this.now();
    const recent = (Array.isArray(stored) ? stored : []).filter(
      (at): at is number =>
        typeof at === 'number' && at > now - DAY_MS && at <= now,
    );
    const last = recent.length > 0 ? Math.max(...recent) : undefined;
    if (
      recent.length >= FORCE_REFRESH_DAILY_LIMIT ||
      (last !== undefined && now - last < FORCE_REFRESH_MIN_GAP_MS)
    ) {
      return false;
    }
    try {
      await this.store.write(this.key, [...recent, now], DAY_MS, deadline);
    } catch {
      return false;
    }
    return true;
  }
}
