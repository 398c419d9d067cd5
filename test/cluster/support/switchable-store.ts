import { type Cache, createCache } from 'cache-manager';
import { Keyv, type KeyvStoreAdapter } from 'keyv';

/**
 * How the store answers: normally, never (a frozen Redis), with an error
 * (Redis gone), or reads normally and writes with an error (a full Redis
 * with `noeviction`, a read-only replica).
 */
export type StoreMode = 'ok' | 'hang' | 'fail' | 'refuse-writes';

/**
 * A Keyv store in memory whose behaviour a test switches, for the failure paths
 * a real Redis reaches only with timing luck. Wrapped like the demo wraps Redis:
 * Keyv with `throwOnErrors`, in a cache-manager cache.
 */
export class SwitchableStore {
  mode: StoreMode = 'ok';
  readonly cache: Cache;
  private readonly data = new Map<string, unknown>();

  constructor() {
    const adapter = {
      opts: {},
      namespace: undefined as string | undefined,
      get: (key: string) => this.answer(() => this.data.get(key)),
      set: (key: string, value: unknown) =>
        this.answerWrite(() => {
          this.data.set(key, value);
          return true;
        }),
      delete: (key: string) => this.answerWrite(() => this.data.delete(key)),
      clear: () => this.answer(() => this.data.clear()),
      on: () => adapter,
    } as unknown as KeyvStoreAdapter;
    this.cache = createCache({
      stores: [new Keyv({ store: adapter, throwOnErrors: true })],
    });
  }

  private answerWrite<T>(value: () => T): Promise<T> {
    if (this.mode === 'refuse-writes')
      return Promise.reject(new RefusedWriteError());
    return this.answer(value);
  }

  private answer<T>(value: () => T): Promise<T> {
    if (this.mode === 'hang') return new Promise<T>(() => undefined);
    if (this.mode === 'fail')
      return Promise.reject(new Error('connect ECONNREFUSED'));
    return Promise.resolve(value());
  }
}

/** What node-redis rejects a write with when Redis is full: `OOM command not allowed …`. */
class RefusedWriteError extends Error {
  override readonly name = 'OomError';
}
