/**
 * Loads an optional peer (`@nestjs/swagger`, `@opentelemetry/api`) if the app
 * installed it. A `require`, not an import: an import would make the peer a
 * hard dependency of every app. Only "not installed" counts as absent; a peer
 * that is installed but fails to load is an error worth seeing.
 */
export function requireOptionalPeer<T>(name: string): T | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name) as T;
  } catch (error) {
    if (isMissing(error, name)) return undefined;
    throw error;
  }
}

function isMissing(error: unknown, name: string): boolean {
  return (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' &&
    error.message.startsWith(`Cannot find module '${name}'`)
  );
}
