/** Most entries kept: about 25,000 pushes' ledger records (two each) beside the tokens, roughly 12 MB. */
export const PRIVATE_STORE_MAX_ENTRIES = 50_000;
/** How often expired entries are dropped, whether or not anything reads them again. */
export const PRIVATE_STORE_SWEEP_MS = 5000;

interface Entry {
  readonly value: unknown;
  /** Epoch ms; `Infinity` for an entry set without a TTL. */
  readonly expiresAt: number;
}

/**
 * The Keyv store behind the module's private cache (used when the app
 * registers no `CacheModule`). Keyv's default `Map` drops an expired entry
 * only when it is read again, and a push ledger record never is: every
 * distinct push would stay in memory for good. This store forgets by itself:
 * a sweep (an unref'd timer, running only while entries with a TTL exist)
 * drops expired entries, and past `maxEntries` the least recently used one
 * goes first, so the count is bounded whatever the TTLs.
 *
 * It has Map's `get`/`set`/`delete`/`clear`/`has`/`size`, plus the TTL in
 * milliseconds Keyv passes as `set`'s third argument.
 */
export class ExpiringMemoryStore {
  /** Keyv sets this on its store; the keys it passes already carry it. */
  namespace: string | undefined;
  private readonly entries = new Map<string, Entry>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly maxEntries = PRIVATE_STORE_MAX_ENTRIES,
    private readonly sweepEveryMs = PRIVATE_STORE_SWEEP_MS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Map keeps insertion order: moving a read entry to the end makes the first key the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: unknown, ttlMs?: number): boolean {
    const expires = typeof ttlMs === 'number' && ttlMs > 0;
    this.entries.delete(key);
    this.entries.set(key, {
      value,
      expiresAt: expires ? this.now() + ttlMs : Number.POSITIVE_INFINITY,
    });
    while (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
    if (expires) this.startSweeping();
    return true;
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.stopSweeping();
  }

  /** Drops every entry whose time is up; stops the timer once nothing is left to expire. */
  sweep(): void {
    const now = this.now();
    let expiring = 0;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
      else if (entry.expiresAt !== Number.POSITIVE_INFINITY) expiring += 1;
    }
    if (expiring === 0) this.stopSweeping();
  }

  /** Stops the sweep timer (module destroy; Keyv calls it on `disconnect`). */
  disconnect(): void {
    this.stopSweeping();
  }

  private startSweeping(): void {
    if (this.sweeper !== undefined) return;
    this.sweeper = setInterval(() => this.sweep(), this.sweepEveryMs);
    this.sweeper.unref();
  }

  private stopSweeping(): void {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
  }
}
