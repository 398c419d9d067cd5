import { type EmulatorClock } from '../../state/emulator-clock';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Calls counted per key over a rolling 24 hours (like the sandbox quota: a
 * test never straddles midnight). `take` counts a call unless the key's
 * limit is reached.
 */
export class DailyCallQuota {
  private readonly calls = new Map<string, number[]>();

  constructor(private readonly clock: EmulatorClock) {}

  /** Calls counted for `key` in the last 24 h. */
  used(key: string): number {
    const since = this.clock.now() - DAY_MS;
    const recent = (this.calls.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.calls.delete(key);
    else this.calls.set(key, recent);
    return recent.length;
  }

  /** Whether one more call fits under `limit`; counts it when it does. */
  take(key: string, limit: number): boolean {
    if (this.used(key) >= limit) return false;
    const list = this.calls.get(key) ?? [];
    list.push(this.clock.now());
    this.calls.set(key, list);
    return true;
  }

  clear(): void {
    this.calls.clear();
  }
}
