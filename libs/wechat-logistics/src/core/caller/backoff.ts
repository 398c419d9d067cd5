/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random,
 * so many callers retrying after the same busy reply spread out instead of
 * hitting WeChat again in lockstep, yet each still waits a meaningful time.
 */
export function backoffDelayMs(
  retry: number,
  baseDelayMs: number,
  maxDelayMs: number,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
