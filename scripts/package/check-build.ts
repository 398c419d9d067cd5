/**
 * `ts-node scripts/package/check-build.ts <folder>`: fails when a build output
 * holds a compiled spec or spec helper (CI runs it on `npm run build`'s demo).
 */
import { relative } from 'node:path';
import { filesUnder, isTestFile } from './package-contents';

const folder = process.argv[2];
if (!folder) throw new Error('usage: check-build.ts <build folder>');
const files = filesUnder(folder);
const tests = files.filter(isTestFile);
if (files.length === 0 || tests.length > 0) {
  console.error(
    files.length === 0
      ? `${folder} is empty`
      : `the build holds tests:\n${tests.map((file) => relative(folder, file)).join('\n')}`,
  );
  process.exit(1);
}
console.log(`${folder}: ${files.length} files, no spec`);
