import { type SharedStore } from '../store/shared-store';

/**
 * With a lock that can renew (`extend`), the holder keeps this short lease
 * alive while it refreshes: if it dies mid-refresh, the others take over
 * within the lease instead of waiting out a TTL sized for a whole refresh.
 */
export const LOCK_LEASE_MS = 2000;
const LEASE_RENEW_EVERY_MS = Math.floor(LOCK_LEASE_MS / 3);

/** Renews the holder's lease until the refresh is over (see LOCK_LEASE_MS). */
export function keepLease(
  store: SharedStore,
  lockKey: string,
  owner: string,
  cleanupDeadline: () => number,
): NodeJS.Timeout {
  const lease = setInterval(() => {
    store
      .extendLock(lockKey, owner, LOCK_LEASE_MS, cleanupDeadline())
      .catch(() => false);
  }, LEASE_RENEW_EVERY_MS);
  lease.unref();
  return lease;
}

/**
 * Frees the lock once the new token is in the shared cache: the cluster
 * waits for that write, this instance's callers do not (on a frozen store
 * the write and the unlock could each take the whole store timeout).
 */
export function unlockAfter(
  store: SharedStore,
  lockKey: string,
  owner: string,
  written: Promise<void>,
  lease: NodeJS.Timeout | undefined,
  cleanupDeadline: () => number,
): void {
  void written
    .then(() => {
      clearInterval(lease);
      return store.unlock(lockKey, owner, cleanupDeadline());
    })
    .catch(() => false);
}
