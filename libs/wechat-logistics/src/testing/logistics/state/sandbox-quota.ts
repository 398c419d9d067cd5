import { type EmulatorClock } from '../../state/emulator-clock';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The sandbox's daily test-call quota (930564, §6.6: "10 per day"). Off by
 * default so tests are never throttled by surprise; "daily" is a rolling
 * 24 hours, like the force-refresh ration, so tests never straddle midnight.
 * Counted calls: addOrder and testUpdateOrder on the TEST carrier.
 */
export class SandboxQuota {
  private limit: number | undefined;
  private calls: number[] = [];

  constructor(private readonly clock: EmulatorClock) {}

  /** Calls allowed per 24 h; `undefined` turns the quota off. */
  setDailyLimit(limit: number | undefined): void {
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
      throw new RangeError(
        `The sandbox daily limit must be an integer >= 0, got ${limit}`,
      );
    }
    this.limit = limit;
  }

  get dailyLimit(): number | undefined {
    return this.limit;
  }

  /** Sandbox calls counted in the last 24 h. */
  get used(): number {
    const since = this.clock.now() - DAY_MS;
    this.calls = this.calls.filter((at) => at > since);
    return this.calls.length;
  }

  /** Counts one sandbox call; false (answer 930564) when the quota is used up. */
  take(): boolean {
    if (this.limit !== undefined && this.used >= this.limit) return false;
    this.calls.push(this.clock.now());
    return true;
  }

  /** Quota off and nothing counted. */
  reset(): void {
    this.limit = undefined;
    this.calls = [];
  }
}
