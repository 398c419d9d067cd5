/** One line per cause per minute: enough for an operator, bounded for a flood. */
export const LOG_INTERVAL_MS = 60_000;
/** Causes remembered at once; the oldest is forgotten first (keys can hold an appId a caller chose). */
const MAX_KEYS = 1000;

/**
 * Decides which log lines of a repeating cause are written: the first one,
 * then one per interval, each carrying how many were left out since the
 * last. A push flood or a Redis outage then costs one line a minute, not
 * one per request.
 */
export class OncePerInterval {
  private readonly due = new Map<string, { until: number; left: number }>();

  constructor(private readonly intervalMs = LOG_INTERVAL_MS) {}

  /** `undefined`: stay quiet (counted); else write the line, with this many left out before it. */
  take(key: string, now = Date.now()): number | undefined {
    const entry = this.due.get(key);
    if (entry && now < entry.until) {
      entry.left += 1;
      return undefined;
    }
    this.due.delete(key);
    if (this.due.size >= MAX_KEYS) {
      const oldest = this.due.keys().next().value;
      if (oldest !== undefined) this.due.delete(oldest);
    }
    this.due.set(key, { until: now + this.intervalMs, left: 0 });
    return entry?.left ?? 0;
  }
}
