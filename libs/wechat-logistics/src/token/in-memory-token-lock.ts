import { randomUUID } from 'node:crypto';
import { type WechatTokenLock } from '../interfaces';

/**
 * The default {@link WechatTokenLock}: one process's memory. With the module's
 * in-process single flight in front it is always free when asked, so a single
 * instance runs the very code path a cluster does, minus the waiting.
 */
export class InMemoryTokenLock implements WechatTokenLock {
  private readonly held = new Map<string, { owner: string; until: number }>();

  async tryAcquire(key: string, ttlMs: number): Promise<string | undefined> {
    const now = Date.now();
    const current = this.held.get(key);
    if (current && current.until > now) return undefined;
    const owner = randomUUID();
    this.held.set(key, { owner, until: now + ttlMs });
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
    if (current?.owner !== owner || current.until <= Date.now()) return false;
    this.held.delete(key);
    return true;
  }
}
