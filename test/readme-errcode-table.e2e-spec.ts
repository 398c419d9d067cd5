import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERRCODE_CATALOGUE } from 'nestjs-wechat-logistics';

/** The README's errcode → HTTP table is written by hand; this keeps it equal to the catalogue the filter uses. */
describe("README's errcode table", () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('| errcode | status |'),
    readme.indexOf('Validation failures are'),
  );
  const documented = new Map<number, number>();
  for (const row of section
    .split('\n')
    .filter((line) => /\|\s*\d{3}\s*\|\s*$/.test(line))) {
    const status = Number(/\|\s*(\d{3})\s*\|\s*$/.exec(row)?.[1]);
    const codes =
      row
        .slice(0, row.lastIndexOf('|', row.length - 2))
        .match(/-?\d{4,}|-1\b/g) ?? [];
    for (const code of codes) documented.set(Number(code), status);
  }

  it.each(
    [...ERRCODE_CATALOGUE.values()].map((e) => [e.errcode, e.httpStatus]),
  )('lists errcode %i with status %i', (errcode, status) => {
    expect(documented.get(errcode)).toBe(status);
  });
});
