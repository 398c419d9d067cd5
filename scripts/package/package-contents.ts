import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `folder`, depth first. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(folder, entry.name))
      : [join(folder, entry.name)],
  );
}

/** A spec, an e2e spec or a spec helper, compiled or not. */
export function isTestFile(file: string): boolean {
  return /\.(spec|e2e-spec|spec-helper)\.(js|d\.ts|ts)$/.test(file);
}

/**
 * What the package must not hold: tests, TypeScript sources (declarations
 * aside), and source maps (they would point at sources that are not shipped).
 */
export function forbiddenInPackage(file: string): boolean {
  return (
    isTestFile(file) ||
    (file.endsWith('.ts') && !file.endsWith('.d.ts')) ||
    file.endsWith('.map')
  );
}
