import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Scenario } from './scenarios';

export interface CommandResult {
  readonly ok: boolean;
  readonly output: string;
}

/** The environment of `npm run` minus its npm_* settings, so each scratch app gets npm's defaults. */
export function cleanEnv(
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!key.toLowerCase().startsWith('npm_')) env[key] = value;
  return { ...env, ...extra };
}

export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env = cleanEnv(),
): CommandResult {
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

const PEER_TROUBLE =
  /ERESOLVE|peer dep|invalid peer|conflicting peer|overriding peer|unmet peer/i;

/** A plain `npm install` (no --legacy-peer-deps, no --force); any peer warning counts as a failure. */
export function npmInstall(
  app: string,
  args: readonly string[],
): CommandResult {
  const { ok, output } = run(
    'npm',
    ['install', '--no-audit', '--no-fund', ...args],
    app,
  );
  const trouble = output.split('\n').some((line) => PEER_TROUBLE.test(line));
  return { ok: ok && !trouble, output };
}

/** `name@version …` of what the app resolved at its top level. */
export function resolvedVersions(app: string): string {
  const { output } = run('npm', ['ls', '--depth=0', '--json'], app);
  try {
    const tree = JSON.parse(output) as {
      dependencies?: Record<string, { version?: string }>;
    };
    return Object.entries(tree.dependencies ?? {})
      .map(([name, { version }]) => `${name}@${version ?? '?'}`)
      .join(' ');
  } catch {
    return '(npm ls failed)';
  }
}

/**
 * Compiles one folder of the app with its own TypeScript under a strict app's
 * settings: `strict`, `skipLibCheck: false` (the package's declarations are
 * checked too). `types` is left alone, as apps leave it.
 */
export function compile(
  scenario: Scenario,
  app: string,
  folder: string,
  emit: boolean,
): CommandResult {
  const commonjs = scenario.module === 'commonjs';
  const config = `tsconfig.${folder.replace(/\W+/g, '-')}.json`;
  const tsconfig = {
    compilerOptions: {
      strict: true,
      skipLibCheck: false,
      noEmit: !emit,
      noEmitOnError: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
      target: 'ES2022',
      module: commonjs ? 'commonjs' : 'nodenext',
      moduleResolution: commonjs ? 'node10' : 'nodenext',
      rootDir: folder,
      outDir: 'dist',
    },
    include: [folder],
  };
  writeFileSync(join(app, config), JSON.stringify(tsconfig, null, 2));
  const tsc = join(app, 'node_modules', 'typescript', 'bin', 'tsc');
  return run(process.execPath, [tsc, '-p', config], app);
}
