import { type TokenCredentials } from './token-fetcher';
import { type TokenKeys } from './token-keys';

/** The settings one app's refresh runs with. */
export interface ClusterRefreshSettings {
  readonly credentials: TokenCredentials;
  readonly keys: TokenKeys;
  readonly tokenEndpoint: 'stable' | 'classic';
  readonly tokenExpiryMarginSeconds: number;
  readonly tokenStoreTimeoutMs: number;
  /** Long enough for the holder's whole refresh (bounded by timeoutMs) and its cache writes. */
  readonly lockTtlMs: number;
}

/** Deadline of a write or unlock that must happen even when the call's budget is spent. */
export function cleanupDeadline(settings: ClusterRefreshSettings): number {
  return Date.now() + settings.tokenStoreTimeoutMs;
}
