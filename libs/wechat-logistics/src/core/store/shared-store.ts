import { type OnModuleDestroy } from '@nestjs/common';
import { type Cache } from 'cache-manager';
import { type WechatTokenLock } from '../interfaces';
import { withDeadline } from '../timing/deadline';
import {
  type StoreOperationKind,
  StoreOutageDetector,
} from './store-outage-detector';

/** The shared store failed, did not answer in time, or is being skipped during an outage (the name is older than the ledger's use). */
export class TokenStoreUnavailableError extends Error {
  override readonly name = 'TokenStoreUnavailableError';
}

/** The store did not answer within the operation's time. */
class StoreTimeoutError extends TokenStoreUnavailableError {}

/** While the store is down, operations fail at once; it is asked this often (in the background too) whether it is back. */
const PROBE_INTERVAL_MS = 1000;
/**
 * An operation that timed out gets this much longer to answer before the store
 * counts as down: on a busy machine a live store can be late (so can we), and
 * only a store that does not answer at all (frozen, black-holed) is an outage.
 */
const LATE_ANSWER_GRACE_MS = 1000;
/** What the background probes read and write: any key will do, a miss is an answer. */
const PROBE_KEY = 'wechat-logistics:store-probe';
/** The write probe's value lives this long: a probe leaves nothing behind for good. */
const PROBE_TTL_MS = 10_000;

/**
 * The store every instance shares (the app's cache and lock), as the token
 * service, the force-refresh ration and the push ledger see it: each
 * operation is bounded by `timeoutMs` (never more than the caller's deadline),
 * failures become {@link TokenStoreUnavailableError} so the caller can fall
 * back to a process-local token. An operation fails on an error, or when it
 * timed out and still has not answered after a grace period; what that means
 * (the store down, or only refusing writes), the log lines and the skipping
 * while it lasts are the {@link StoreOutageDetector}'s.
 */
export class SharedStore implements OnModuleDestroy {
  private readonly outages = new StoreOutageDetector(
    {
      read: () => this.read(PROBE_KEY, Date.now() + this.timeoutMs),
      write: () =>
        this.write(PROBE_KEY, 1, PROBE_TTL_MS, Date.now() + this.timeoutMs),
    },
    PROBE_INTERVAL_MS,
  );
  private lateAnswerTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** cache-manager answers a failed read as a miss; it only tells through its `get` event. */
  private readFailures = 0;
  private readonly onGet = (event: { error?: unknown }): void => {
    if (event.error !== undefined) this.readFailures += 1;
  };

  constructor(
    private readonly cache: Cache,
    private readonly lock: WechatTokenLock,
    private readonly timeoutMs: number,
  ) {
    if (typeof cache.on === 'function') cache.on('get', this.onGet);
  }

  read<T>(key: string, deadline: number): Promise<T | undefined> {
    return this.run('read', deadline, () => {
      const before = this.readFailures;
      return this.cache.get<T>(key).then((value) => {
        if (this.readFailures !== before)
          throw new TokenStoreUnavailableError('the cache store failed a read');
        return value ?? undefined;
      });
    });
  }

  async write(
    key: string,
    value: unknown,
    ttlMs: number,
    deadline: number,
  ): Promise<void> {
    await this.run('write', deadline, () => this.cache.set(key, value, ttlMs));
  }

  async remove(key: string, deadline: number): Promise<void> {
    await this.run('write', deadline, () => this.cache.del(key));
  }

  /** The owner value when taken, `undefined` when held elsewhere. A lock won after we gave up is freed at once. */
  tryLock(
    key: string,
    ttlMs: number,
    deadline: number,
  ): Promise<string | undefined> {
    return this.run(
      'write',
      deadline,
      () => this.lock.tryAcquire(key, ttlMs),
      (late) => {
        if (late !== undefined)
          this.lock.release(key, late).catch(() => undefined);
      },
    );
  }

  /** Whether the lock can renew a lease (`WechatTokenLock.extend`). */
  get leasesLocks(): boolean {
    return typeof this.lock.extend === 'function';
  }

  /** Renews `owner`'s lease on `key`; false when the lock cannot, or `owner` lost it. */
  extendLock(
    key: string,
    owner: string,
    ttlMs: number,
    deadline: number,
  ): Promise<boolean> {
    const extend = this.lock.extend?.bind(this.lock);
    if (!extend) return Promise.resolve(false);
    return this.run('write', deadline, () => extend(key, owner, ttlMs));
  }

  unlock(key: string, owner: string, deadline: number): Promise<boolean> {
    return this.run('write', deadline, () => this.lock.release(key, owner));
  }

  /** Declared down (reads fail): operations are skipped until a read succeeds. A slow answer alone does not count. */
  get down(): boolean {
    return this.outages.down;
  }

  /** Reads are answered, writes refused: calls go on with the tokens the store holds. */
  get writesRefused(): boolean {
    return this.outages.writesRefused;
  }

  onModuleDestroy(): void {
    this.dispose();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.lateAnswerTimer);
    this.outages.dispose();
    if (typeof this.cache.off === 'function') this.cache.off('get', this.onGet);
  }

  /** Not `async`: every call reads the cache through here, so it stays one promise deep. */
  private run<T>(
    kind: StoreOperationKind,
    deadline: number,
    operation: () => Promise<T>,
    onLate?: (value: T) => void,
  ): Promise<T> {
    const now = Date.now();
    const refusal = this.outages.refusal(kind, now);
    if (refusal !== undefined)
      return Promise.reject(new TokenStoreUnavailableError(refusal));
    const budget = Math.min(this.timeoutMs, deadline - now);
    if (budget <= 0)
      return Promise.reject(
        new TokenStoreUnavailableError('no time left for the store'),
      );
    let pending: Promise<T>;
    try {
      pending = operation();
    } catch (error) {
      pending = Promise.reject(
        error instanceof Error ? error : new Error(String(error)),
      );
    }
    return withDeadline(
      pending,
      now + budget,
      () => new StoreTimeoutError(`no answer within ${budget} ms`),
      onLate,
    ).then(
      (result) => {
        this.outages.succeeded(kind);
        return result;
      },
      (error: unknown) => {
        if (error instanceof StoreTimeoutError) {
          this.awaitLateAnswer(kind, pending);
          throw error;
        }
        this.failed(kind, error);
        throw new TokenStoreUnavailableError('the shared token store failed', {
          cause: error,
        });
      },
    );
  }

  /** Decides whether a timed-out operation meant a slow store (it answers after all) or a dead one. */
  private awaitLateAnswer(
    kind: StoreOperationKind,
    pending: Promise<unknown>,
  ): void {
    if (this.lateAnswerTimer !== undefined || this.outages.down) return;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(this.lateAnswerTimer);
      this.lateAnswerTimer = undefined;
      outcome();
    };
    this.lateAnswerTimer = setTimeout(
      () =>
        settle(() =>
          this.failed(
            kind,
            new StoreTimeoutError(
              `no answer within ${this.timeoutMs + LATE_ANSWER_GRACE_MS} ms`,
            ),
          ),
        ),
      LATE_ANSWER_GRACE_MS,
    );
    this.lateAnswerTimer.unref();
    pending.then(
      () => settle(() => this.outages.succeeded(kind)),
      (error: unknown) => settle(() => this.failed(kind, error)),
    );
  }

  private failed(kind: StoreOperationKind, error: unknown): void {
    if (this.disposed) return;
    // A name or our own wording only: a store's message could quote keys or values.
    const reason =
      error instanceof TokenStoreUnavailableError
        ? error.message
        : error instanceof Error
          ? error.name !== 'Error'
            ? error.name
            : error.constructor.name
          : 'error';
    this.outages.failed(kind, reason);
  }
}
