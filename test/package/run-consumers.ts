/**
 * `npm run test:package` (after `npm run pack:lib`): installs the packed
 * tarball into scratch apps outside the checkout, as a user would, compiles a
 * strict consumer and the READMEs' TypeScript against its types, and runs the
 * consumer against the emulator. scenarios.ts lists the apps. Prints one line
 * per check, the versions each app resolved, and `N passed, M failed`; with
 * PACKAGE_RESULTS=<file> it also writes the counts there as JSON (for .ci/run);
 * SCENARIOS=<name>,<name> runs only those apps (while working on one).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  installedOptionalPeers,
  NEST_CLI_JEST,
  runJest,
  writeReadmeTests,
} from './readme-jest';
import { typescriptSnippets } from './readme-snippets';
import { SCENARIOS, type Scenario } from './scenarios';
import {
  cleanEnv,
  compile,
  npmInstall,
  resolvedVersions,
  run,
} from './scratch-app';

const root = join(__dirname, '..', '..');
const CHECK_LINE = /^(not )?ok - /;
let passed = 0;
let failed = 0;

function record(
  scenario: Scenario,
  name: string,
  ok: boolean,
  output?: string,
): boolean {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok' : 'not ok'} - [${scenario.name}] ${name}`);
  if (!ok && output) console.log(indent(output));
  return ok;
}

function indent(text: string): string {
  const lines = text.trim().split('\n');
  const shown = lines.slice(0, 40).map((line) => `    ${line}`);
  if (lines.length > 40) shown.push(`    … ${lines.length - 40} more lines`);
  return shown.join('\n');
}

function findTarball(): string {
  const folder = join(root, 'dist', 'packages');
  const tarballs = readdirSync(folder).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1)
    throw new Error(
      `expected one tarball in ${folder} (npm run pack:lib), found ${tarballs.length}`,
    );
  return join(folder, tarballs[0]);
}

/** The checks' sources in src/; on nodenext they compile twice, as ESM (.mts) and as CommonJS (.cts). */
function writeChecks(scenario: Scenario, app: string): string[] {
  const src = join(app, 'src');
  mkdirSync(src, { recursive: true });
  const extensions = scenario.module === 'nodenext' ? ['mts', 'cts'] : ['ts'];
  const programs: string[] = [];
  for (const extension of extensions) {
    for (const file of ['consumer-check', 'both-entry-points'])
      copyFileSync(
        join(__dirname, 'consumer', `${file}.ts`),
        join(src, `${file}.${extension}`),
      );
    programs.push(`dist/consumer-check.${extension.replace('ts', 'js')}`);
  }
  if (scenario.withSwagger) {
    copyFileSync(
      join(__dirname, 'swagger', 'openapi-check.ts'),
      join(src, 'openapi-check.ts'),
    );
    programs.push('dist/openapi-check.js');
  }
  return programs;
}

/** Each README's TypeScript blocks as the files of one folder under snippets/. */
function writeSnippets(app: string): string[] {
  const readmes = [
    [join(root, 'README.md'), 'snippets/readme'],
    [
      join(root, 'libs', 'wechat-logistics', 'README.md'),
      'snippets/package-readme',
    ],
  ] as const;
  for (const [markdown, folder] of readmes) {
    const snippets = typescriptSnippets(markdown, 'block');
    if (snippets.length === 0)
      throw new Error(`${markdown} has no TypeScript block`);
    for (const snippet of snippets) {
      const file = join(app, folder, snippet.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `// ${snippet.origin}\n${snippet.code}`);
    }
  }
  return readmes.map(([, folder]) => folder);
}

/** Runs one check program and records each of its `ok - …` / `not ok - …` lines. */
function runChecks(scenario: Scenario, app: string, program: string): void {
  const env = cleanEnv(scenario.withSwagger ? {} : { EXPECT_NO_SWAGGER: '1' });
  const ran = run(process.execPath, [program], app, env);
  const lines = ran.output.split('\n').filter((line) => CHECK_LINE.test(line));
  for (const line of lines)
    record(
      scenario,
      `${program}: ${line.replace(CHECK_LINE, '')}`,
      line.startsWith('ok - '),
    );
  if (
    lines.length === 0 ||
    (!ran.ok && lines.every((line) => line.startsWith('ok - ')))
  )
    record(
      scenario,
      `${program} runs its checks and exits 0`,
      false,
      ran.output,
    );
}

/** The package README's tests, each block run by the app's own Jest, with no optional peer installed. */
function runReadmeTests(scenario: Scenario, app: string): void {
  const peers = installedOptionalPeers(app);
  record(
    scenario,
    `no optional peer installed (${peers.output.trim()})`,
    peers.ok,
  );
  for (const spec of writeReadmeTests(app)) {
    const ran = runJest(app, spec);
    record(
      scenario,
      `the package README's ${spec.name} passes under Jest`,
      ran.ok,
      ran.output,
    );
  }
}

function runScenario(
  scenario: Scenario,
  tarball: string,
  workRoot: string,
): string {
  const started = Date.now();
  const app = join(workRoot, scenario.name);
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: scenario.name,
        version: '1.0.0',
        private: true,
        ...(scenario.readmeJest ? { jest: NEST_CLI_JEST } : {}),
      },
      null,
      2,
    ),
  );
  console.log(`# ${scenario.name}: ${scenario.description}`);
  const steps: [string, string[]][] = [
    ["the app's own packages", [...scenario.dependencies]],
    ['its dev tools', ['--save-dev', ...scenario.devDependencies]],
    ['the tarball', [tarball]],
  ];
  const installed = steps.every(([what, args]) => {
    const { ok, output } = npmInstall(app, args);
    return record(
      scenario,
      `plain npm install of ${what}, no peer warning`,
      ok,
      output,
    );
  });
  const versions = resolvedVersions(app);
  if (installed) {
    const loaded = run(
      process.execPath,
      [
        '-e',
        "require('nestjs-wechat-logistics'); require('nestjs-wechat-logistics/testing')",
      ],
      app,
    );
    record(
      scenario,
      'node -e "require(both entry points)"',
      loaded.ok,
      loaded.output,
    );

    const programs = writeChecks(scenario, app);
    const compiled = compile(scenario, app, 'src', true);
    record(
      scenario,
      `strict compile of the checks (module ${scenario.module})`,
      compiled.ok,
      compiled.output,
    );
    if (compiled.ok)
      for (const program of programs) runChecks(scenario, app, program);

    if (scenario.readmeSnippets) {
      for (const folder of writeSnippets(app)) {
        const checked = compile(scenario, app, folder, false);
        record(
          scenario,
          `every TypeScript block of ${folder} compiles strictly`,
          checked.ok,
          checked.output,
        );
      }
    }
    if (scenario.readmeJest) runReadmeTests(scenario, app);
  }
  return `${scenario.name} (${((Date.now() - started) / 1000).toFixed(0)} s): ${versions}`;
}

/** Every scenario, or those SCENARIOS names; an unknown name is an error, not an empty run. */
function chosenScenarios(): readonly Scenario[] {
  const names = process.env.SCENARIOS?.split(',').filter(Boolean);
  if (!names?.length) return SCENARIOS;
  const unknown = names.filter(
    (name) => !SCENARIOS.some((s) => s.name === name),
  );
  if (unknown.length > 0)
    throw new Error(
      `unknown SCENARIOS ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
  return SCENARIOS.filter((scenario) => names.includes(scenario.name));
}

function main(): void {
  const tarball = findTarball();
  // Outside the checkout, so nothing resolves through the repository's node_modules.
  const workRoot = mkdtempSync(join(tmpdir(), 'wechat-logistics-consumers-'));
  const started = Date.now();
  const summaries: string[] = [];
  try {
    for (const scenario of chosenScenarios())
      summaries.push(runScenario(scenario, tarball, workRoot));
  } finally {
    if (process.env.KEEP_CONSUMERS === '1')
      console.log(`scratch apps kept in ${workRoot}`);
    else rmSync(workRoot, { recursive: true, force: true });
  }
  console.log(`\n# resolved versions\n${summaries.join('\n')}`);
  console.log(
    `# package checks took ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (process.env.PACKAGE_RESULTS)
    writeFileSync(
      process.env.PACKAGE_RESULTS,
      JSON.stringify({ passed, failed }),
    );
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main();
