import { randomUUID } from 'node:crypto';
import { type WechatTokenLock } from '../interfaces';

/** Expired holders are swept once the map is this large (then at twice the size left): amortised O(1). */
const FIRST_SWEEP_AT = 1024;

/**
 * The default {@link WechatTokenLock}: one process's memory. With the module's
 * in-process single flight in front it is always free when asked, so a single
 * instance runs the very code path a cluster does, minus the waiting.
 * Also the default push claim, keyed per push: a key never released (or
 * released too late) is dropped once expired, so only live holders stay.
 */
export class InMemoryTokenLock implements WechatTokenLock {
  private readonly held = new Map<string, { owner: string; until: number }>();
  private sweepAt = FIRST_SWEEP_AT;

  async tryAcquire(key: string, ttlMs: number): Promise<string | undefined> {
    const now = Date.now();
    const current = this.held.get(key);
    if (current && current.until > now) return undefined;
    const owner = randomUUID();
    this.held.set(key, { owner, until: now + ttlMs });
    if (this.held.size >= this.sweepAt) this.dropExpired(now);
    return owner;
  }

  async extend(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const current = this.held.get(key);
    if (current?.owner !== owner || current.until <= Date.now()) return false;
    current.until = Date.now() + ttlMs;
    return true;
  }

  async release(key: string, owner: string): Promise<boolean> {
    const current = this.held.get(key);
    if (current?.owner !== owner) return false;
    this.held.delete(key); // expired or not, this owner is done with it
    return current.until > Date.now();
  }

  /** Keys held right now or expired and not yet swept (for tests and diagnostics). */
  get size(): number {
    return this.held.size;
  }

  private dropExpired(now: number): void {
    for (const [key, { until }] of this.held)
      if (until <= now) this.held.delete(key);
    this.sweepAt = Math.max(FIRST_SWEEP_AT, 2 * this.held.size);
  }
}
