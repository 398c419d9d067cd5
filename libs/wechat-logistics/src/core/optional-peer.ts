/**
 * Loads an optional peer (`@nestjs/swagger`, `@opentelemetry/api`, `bullmq`…)
 * if the app installed it. A `require`, not an import: an import would make the
 * peer a hard dependency of every app. Only "not installed" counts as absent; a
 * peer that is installed but fails to load (its own dependency missing, an
 * error while it loads) is an error worth seeing.
 */
export function requireOptionalPeer<T>(name: string): T | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name) as T;
  } catch (error) {
    if (isPeerNotInstalled(error, name)) return undefined;
    throw error;
  }
}

const NOT_FOUND_CODES: readonly unknown[] = [
  // Node's require, and Jest's resolver ("Cannot find module 'x' from 'y'")
  'MODULE_NOT_FOUND',
  // Node's ESM loader ("Cannot find package 'x' imported from y")
  'ERR_MODULE_NOT_FOUND',
];

/**
 * Whether `error` says that `name` itself is not installed. Read by its code
 * and message, never `instanceof Error`: Jest runs the package in a vm context
 * whose `Error` is not the one its resolver throws, so a realm check would
 * turn every missing optional peer into a crash under Jest. The message must
 * name the peer, so a peer whose own dependency is missing still fails loudly.
 */
export function isPeerNotInstalled(error: unknown, name: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    NOT_FOUND_CODES.includes(code) &&
    typeof message === 'string' &&
    (message.startsWith(`Cannot find module '${name}'`) ||
      message.startsWith(`Cannot find package '${name}'`))
  );
}
