import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { type Cache } from 'cache-manager';
import { type WechatTokenLock } from '../interfaces';
import { withDeadline } from '../timing/deadline';

/** The shared token store failed, did not answer in time, or is being skipped during an outage. */
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
/** What the background probe reads: any key will do, a miss is an answer. */
const PROBE_KEY = 'wechat-logistics:store-probe';

/**
 * The token cache and the token lock as the token service sees them: each
 * operation is bounded by `timeoutMs` (never more than the caller's deadline),
 * failures become {@link TokenStoreUnavailableError} so the caller can fall
 * back to a process-local token. The store counts as down ({@link down}) on an
 * error, or when an operation that timed out still has not answered after a
 * grace period; the outage is logged once (and its end once), and while it
 * lasts operations fail fast instead of each waiting for Redis.
 */
export class SharedTokenStore implements OnModuleDestroy {
  private readonly logger = new Logger('WechatLogistics');
  private failing = false;
  private nextProbeAt = 0;
  private lateAnswerTimer: NodeJS.Timeout | undefined;
  /** While the store is down: asks it every PROBE_INTERVAL_MS, so its return is seen without waiting for a call. */
  private prober: NodeJS.Timeout | undefined;
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
    return this.run(deadline, () => {
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
    await this.run(deadline, () => this.cache.set(key, value, ttlMs));
  }

  async remove(key: string, deadline: number): Promise<void> {
    await this.run(deadline, () => this.cache.del(key));
  }

  /** The owner value when taken, `undefined` when held elsewhere. A lock won after we gave up is freed at once. */
  tryLock(
    key: string,
    ttlMs: number,
    deadline: number,
  ): Promise<string | undefined> {
    return this.run(
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
    return this.run(deadline, () => extend(key, owner, ttlMs));
  }

  unlock(key: string, owner: string, deadline: number): Promise<boolean> {
    return this.run(deadline, () => this.lock.release(key, owner));
  }

  /** Declared down: operations are skipped until a probe succeeds. A slow answer alone does not count. */
  get down(): boolean {
    return this.failing;
  }

  onModuleDestroy(): void {
    this.dispose();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.lateAnswerTimer);
    this.stopProbing();
    if (typeof this.cache.off === 'function') this.cache.off('get', this.onGet);
  }

  /** Not `async`: every call reads the cache through here, so it stays one promise deep. */
  private run<T>(
    deadline: number,
    operation: () => Promise<T>,
    onLate?: (value: T) => void,
  ): Promise<T> {
    const now = Date.now();
    if (this.failing) {
      if (now < this.nextProbeAt)
        return Promise.reject(
          new TokenStoreUnavailableError('the shared token store is down'),
        );
      this.nextProbeAt = now + PROBE_INTERVAL_MS; // this operation is the probe
    }
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
        if (this.failing) this.recovered();
        return result;
      },
      (error: unknown) => {
        if (error instanceof StoreTimeoutError) {
          this.awaitLateAnswer(pending);
          throw error;
        }
        this.failed(error);
        throw new TokenStoreUnavailableError('the shared token store failed', {
          cause: error,
        });
      },
    );
  }

  /** Decides whether a timed-out operation meant a slow store (it answers after all) or a dead one. */
  private awaitLateAnswer(pending: Promise<unknown>): void {
    if (this.lateAnswerTimer !== undefined || this.failing) return;
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
            new StoreTimeoutError(
              `no answer within ${this.timeoutMs + LATE_ANSWER_GRACE_MS} ms`,
            ),
          ),
        ),
      LATE_ANSWER_GRACE_MS,
    );
    this.lateAnswerTimer.unref();
    pending.then(
      () => settle(() => this.recovered()),
      (error: unknown) => settle(() => this.failed(error)),
    );
  }

  private failed(error: unknown): void {
    this.nextProbeAt = Date.now() + PROBE_INTERVAL_MS;
    if (this.failing || this.disposed) return;
    this.failing = true;
    this.startProbing();
    // A name or our own wording only: a store's message could quote keys or values.
    const reason =
      error instanceof TokenStoreUnavailableError
        ? error.message
        : error instanceof Error
          ? error.name !== 'Error'
            ? error.name
            : error.constructor.name
          : 'error';
    this.logger.warn(
      `Shared token store unavailable (${reason}); this instance uses its own copy of the access token until it answers again`,
    );
  }

  /**
   * A quiet instance would otherwise learn of the store's return only from
   * its next call, and a burst after a recovery would find every instance
   * still on its own copy (one token fetch per instance instead of one for
   * the cluster).
   */
  private startProbing(): void {
    if (this.prober !== undefined) return;
    this.prober = setInterval(() => {
      if (!this.failing || this.disposed) return this.stopProbing();
      this.nextProbeAt = 0; // this read is the probe
      this.read(PROBE_KEY, Date.now() + this.timeoutMs).catch(() => undefined);
    }, PROBE_INTERVAL_MS);
    this.prober.unref();
  }

  private stopProbing(): void {
    clearInterval(this.prober);
    this.prober = undefined;
  }

  private recovered(): void {
    if (!this.failing || this.disposed) return;
    this.failing = false;
    this.stopProbing();
    this.logger.log(
      'Shared token store is answering again; instances share one access token again',
    );
  }
}
