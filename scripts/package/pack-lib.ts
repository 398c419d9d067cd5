/**
 * `npm run pack:lib`: builds the library alone and packs what users install,
 * exactly one `dist/packages/nestjs-wechat-logistics-<version>.tgz`.
 *
 * The staging folder holds nothing but the package: the compiled entry points
 * (and what they import), the manifest, README, LICENSE and CHANGELOG. Before
 * packing it is checked for what must never ship (sources, specs, spec helpers,
 * source maps) and for every `exports` target.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder, forbiddenInPackage } from './package-contents';

const root = join(__dirname, '..', '..');
const library = join(root, 'libs', 'wechat-logistics');
const staging = join(root, 'dist', 'libs', 'wechat-logistics');
const destination = join(root, 'dist', 'packages');

interface Manifest {
  name: string;
  version: string;
  exports: Record<string, string | Record<string, string>>;
}

function main(): void {
  rmSync(staging, { recursive: true, force: true });
  rmSync(destination, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      join(library, 'tsconfig.lib.json'),
    ],
    { stdio: 'inherit' },
  );
  copyFileSync(join(library, 'package.json'), join(staging, 'package.json'));
  copyFileSync(join(library, 'README.md'), join(staging, 'README.md'));
  copyFileSync(join(library, 'CHANGELOG.md'), join(staging, 'CHANGELOG.md'));
  copyFileSync(join(root, 'LICENSE'), join(staging, 'LICENSE'));

  const files = filesUnder(staging).map((file) => relative(staging, file));
  const manifest = JSON.parse(
    readFileSync(join(staging, 'package.json'), 'utf8'),
  ) as Manifest;
  const problems = [
    ...files.filter(forbiddenInPackage).map((file) => `must not ship: ${file}`),
    ...exportTargets(manifest)
      .filter((target) => !files.includes(target))
      .map((target) => `exports names a missing file: ${target}`),
  ];
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }

  mkdirSync(destination, { recursive: true });
  const [packed] = JSON.parse(
    execFileSync(
      'npm',
      ['pack', '--json', '--pack-destination', destination, staging],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  ) as {
    filename: string;
    size: number;
    unpackedSize: number;
    entryCount: number;
  }[];
  console.log(
    `${relative(root, join(destination, packed.filename))}: ${packed.entryCount} files, ` +
      `${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`,
  );
}

function exportTargets(manifest: Manifest): string[] {
  return Object.values(manifest.exports).flatMap((target) =>
    (typeof target === 'string' ? [target] : Object.values(target)).map(
      (path) => path.replace(/^\.\//, ''),
    ),
  );
}

main();
