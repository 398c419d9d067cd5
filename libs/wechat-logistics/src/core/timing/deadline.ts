/**
 * The library's one timing module. Every wait is bounded by a deadline (an
 * epoch-milliseconds instant): a call's budget is fixed when it starts, and
 * each step below it — a token wait, a store read, an attempt — gets what is
 * left of it rather than a fresh timeout of its own.
 */

/** Resolves after `ms` (at once when `ms` ≤ 0). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Milliseconds left until `deadline` (0 once it has passed). */
export function msUntil(deadline: number, now = Date.now()): number {
  return Math.max(0, deadline - now);
}

interface Waiter {
  readonly due: number;
  readonly expire: () => void;
}

/**
 * Timeouts of store operations share one coarse timer instead of each arming
 * its own: every call reads the token cache, and a timer per read would cost
 * more than the read itself when the cache is in memory.
 */
const SWEEP_EVERY_MS = 10;
/** The shared timer stops after this many sweeps with nothing to watch. */
const IDLE_SWEEPS = 100;
const waiters = new Set<Waiter>();
let sweeper: NodeJS.Timeout | undefined;
let idleSweeps = 0;

function sweep(): void {
  if (waiters.size === 0) {
    idleSweeps += 1;
    if (idleSweeps >= IDLE_SWEEPS) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
    return;
  }
  idleSweeps = 0;
  const now = Date.now();
  for (const waiter of waiters) {
    if (waiter.due > now) continue;
    waiters.delete(waiter);
    // Decided after the poll phase: on a busy process the timer can come due
    // while the answer already waits in a socket buffer, and that is no timeout.
    setImmediate(waiter.expire);
  }
}

function watch(waiter: Waiter): void {
  waiters.add(waiter);
  if (sweeper === undefined) {
    sweeper = setInterval(sweep, SWEEP_EVERY_MS);
    sweeper.unref();
  }
}

/**
 * `promise`, or `onTimeout()`'s error once `deadline` has passed (give or
 * take the shared timer's 10 ms). A result that arrives too late goes to
 * `onLate` (e.g. to free a lock taken after we gave up).
 */
export function withDeadline<T>(
  promise: Promise<T>,
  deadline: number,
  onTimeout: () => Error,
  onLate?: (value: T) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const waiter: Waiter = {
      due: deadline,
      expire: () => {
        if (settled) return;
        settled = true;
        reject(onTimeout());
      },
    };
    watch(waiter);
    promise.then(
      (value) => {
        if (settled) return onLate?.(value);
        settled = true;
        waiters.delete(waiter);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        waiters.delete(waiter);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * How `work` ended within `deadline`: `undefined` when it resolved, else its
 * error or the timeout's. Never rejects: for running several tasks (push
 * handlers) and reporting each one's failure.
 */
export function settleBy(
  work: Promise<unknown>,
  deadline: number,
  onTimeout: () => Error,
): Promise<Error | undefined> {
  return withDeadline(work, deadline, onTimeout).then(
    () => undefined,
    (error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
  );
}
