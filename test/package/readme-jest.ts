/**
 * The package README's tests, run the way a user runs them: its TypeScript
 * blocks pasted into the scratch app's `src/` and each `*.spec.ts` block run
 * with the app's own Jest and ts-jest, under the settings `nest new --strict`
 * writes (package.json's `jest`, tsconfig.json).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { typescriptSnippets } from './readme-snippets';
import { type CommandResult, cleanEnv, run } from './scratch-app';

export const PACKAGE_README = join(
  __dirname,
  '..',
  '..',
  'libs',
  'wechat-logistics',
  'README.md',
);

/** package.json's `jest` of a Nest 11 CLI app. */
export const NEST_CLI_JEST = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: 'src',
  testRegex: '.*\\.spec\\.ts$',
  transform: { '^.+\\.(t|j)s$': 'ts-jest' },
  testEnvironment: 'node',
};

/** tsconfig.json of `nest new --strict` (Nest 11 CLI), which ts-jest compiles the tests with. */
const NEST_CLI_TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    resolvePackageJsonExports: true,
    esModuleInterop: true,
    isolatedModules: true,
    declaration: true,
    removeComments: true,
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    allowSyntheticDefaultImports: true,
    target: 'ES2023',
    sourceMap: true,
    outDir: './dist',
    baseUrl: './',
    incremental: true,
    skipLibCheck: true,
    strictNullChecks: true,
    forceConsistentCasingInFileNames: true,
    noImplicitAny: true,
    strictBindCallApply: true,
    noFallthroughCasesInSwitch: true,
  },
};

export interface ReadmeSpec {
  /** `parcels.spec.ts (README.md:120)`, for the report. */
  readonly name: string;
  readonly file: string;
}

/** Writes the app's tsconfig.json and every TypeScript block of the package README into `src/`; returns the spec blocks. */
export function writeReadmeTests(app: string): ReadmeSpec[] {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify(NEST_CLI_TSCONFIG, null, 2),
  );
  const specs: ReadmeSpec[] = [];
  for (const snippet of typescriptSnippets(PACKAGE_README, 'block')) {
    writeFileSync(join(app, 'src', snippet.file), snippet.code);
    if (snippet.file.endsWith('.spec.ts'))
      specs.push({
        name: `${snippet.file} (${snippet.origin})`,
        file: `src/${snippet.file}`,
      });
  }
  if (specs.length === 0)
    throw new Error(`${PACKAGE_README} has no *.spec.ts block`);
  return specs;
}

/**
 * One spec file with the app's own Jest (`npx jest <file>`, without npx's
 * lookup). Nest's log lines are dropped from the output, so a failure's
 * report starts with Jest's own lines.
 */
export function runJest(app: string, spec: ReadmeSpec): CommandResult {
  const jest = join(app, 'node_modules', 'jest', 'bin', 'jest.js');
  const { ok, output } = run(
    process.execPath,
    [jest, '--ci', spec.file],
    app,
    cleanEnv({ NO_COLOR: '1' }),
  );
  const jestLines = output
    .split('\n')
    .filter((line) => !/^\[Nest\] \d+/.test(line));
  return { ok, output: jestLines.join('\n') };
}

/**
 * The optional peers (the tarball's `peerDependenciesMeta`) the app can
 * resolve: none, for the scenario that proves the package without them.
 */
export function installedOptionalPeers(app: string): CommandResult {
  const script = `
    const meta = require('nestjs-wechat-logistics/package.json').peerDependenciesMeta;
    const optional = Object.keys(meta).filter((name) => meta[name].optional);
    const found = optional.filter((name) => require('node:fs').existsSync('node_modules/' + name));
    console.log(found.length === 0 ? 'none of ' + optional.join(', ') : 'installed: ' + found.join(', '));
    process.exit(found.length === 0 ? 0 : 1);`;
  return run(process.execPath, ['-e', script], app);
}
