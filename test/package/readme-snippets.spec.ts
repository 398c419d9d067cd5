import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  forbiddenInPackage,
  isTestFile,
} from '../../scripts/package/package-contents';
import { devInstallArgs, typescriptSnippets } from './readme-snippets';

describe('typescriptSnippets', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'snippets-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function markdown(text: string): string {
    const file = join(folder, 'README.md');
    writeFileSync(file, text);
    return file;
  }

  it('takes every ts block, named by its `// file.ts` first line or numbered, and no other language', () => {
    const file = markdown(
      [
        '# Title',
        '```bash',
        'npm i x',
        '```',
        '```ts',
        '// app.module.ts',
        'export class AppModule {}',
        '```',
        'text',
        '```typescript',
        "import { AppModule } from './app.module';",
        '```',
        '```json',
        '{}',
        '```',
      ].join('\n'),
    );
    expect(typescriptSnippets(file, 'block')).toEqual([
      {
        file: 'app.module.ts',
        code: '// app.module.ts\nexport class AppModule {}\n',
        origin: 'README.md:5',
      },
      {
        file: 'block-2.ts',
        code: "import { AppModule } from './app.module';\n",
        origin: 'README.md:10',
      },
    ]);
  });

  it('refuses an unclosed block rather than compiling half of it', () => {
    const file = markdown('```ts\nconst a = 1;\n');
    expect(() => typescriptSnippets(file, 'block')).toThrow(/unclosed/);
  });

  it('finds blocks in both READMEs of the repository', () => {
    const root = join(__dirname, '..', '..');
    expect(
      typescriptSnippets(join(root, 'README.md'), 'b').length,
    ).toBeGreaterThan(5);
    expect(
      typescriptSnippets(join(root, 'libs/wechat-logistics/README.md'), 'b')
        .length,
    ).toBeGreaterThan(2);
  });
});

describe('devInstallArgs', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'install-line-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function markdown(text: string): string {
    const file = join(folder, 'README.md');
    writeFileSync(file, text);
    return file;
  }

  it('takes the packages of the one `npm i -D` line of a bash block, not of prose or other blocks', () => {
    const file = markdown(
      [
        'Run `npm i -D left-pad` in prose.',
        '```bash',
        'npm i nestjs-wechat-logistics',
        'npm i -D typescript@~5.9  jest@^30',
        '```',
        '```ts',
        'npm i -D not-a-command',
        '```',
      ].join('\n'),
    );
    expect(devInstallArgs(file)).toEqual(['typescript@~5.9', 'jest@^30']);
  });

  it('refuses a README with none or with two, rather than guess which CI should install', () => {
    expect(() => devInstallArgs(markdown('no line'))).toThrow(/found 0/);
    const two = '```bash\nnpm i -D a\n```\n```sh\nnpm i -D b\n```\n';
    expect(() => devInstallArgs(markdown(two))).toThrow(/found 2/);
  });

  it('finds the test tools in the package README', () => {
    const readme = join(
      __dirname,
      '..',
      '..',
      'libs/wechat-logistics/README.md',
    );
    expect(devInstallArgs(readme)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ts-jest@/)]),
    );
  });
});

describe('what a package or a build may hold', () => {
  it.each([
    ['dto/cancel-order.dto.js', false],
    ['dto/cancel-order.dto.d.ts', false],
    ['README.md', false],
    ['dto/cancel-order.dto.ts', true],
    ['dto/cancel-order.dto.js.map', true],
    ['dto/add-order.dto.spec.js', true],
    ['dto/add-order.dto.spec.d.ts', true],
    ['testing/emulator-http.spec-helper.js', true],
    ['test/x.e2e-spec.js', true],
  ])('%s forbidden in the package: %s', (file, forbidden) => {
    expect(forbiddenInPackage(file)).toBe(forbidden);
  });

  it('tells tests from production files by name', () => {
    expect(isTestFile('api/endpoint-definition.js')).toBe(false);
    expect(isTestFile('dto/support.spec-helper.js')).toBe(true);
    expect(isTestFile('validation/quick-validator.spec.ts')).toBe(true);
  });
});
