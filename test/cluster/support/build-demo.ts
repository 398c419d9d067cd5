import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as ts from 'typescript';

export const ROOT = join(__dirname, '..', '..', '..');

/** The demo, the library, and the small apps of test/cluster/fixtures that some tests run as processes. */
const SOURCES = [
  'apps/demo/src',
  'libs/wechat-logistics/src',
  'test/cluster/fixtures',
];
const ALIASES: Record<string, string> = {
  'nestjs-wechat-logistics': 'libs/wechat-logistics/src',
  'nestjs-wechat-logistics/testing': 'libs/wechat-logistics/src/testing',
};

export interface BuiltDemo {
  /** `main.js` of the demo. */
  readonly entry: string;
  /** A fixture's compiled entry, e.g. `fixture('push-worker.main')`. */
  fixture(name: string): string;
  /** Preloaded (`node -r`): ends the demo when the test process's end of its stdin closes. */
  readonly exitWithParent: string;
  /** Lets the build find the repository's packages from its temporary directory. */
  readonly nodePath: string;
  remove(): void;
}

/**
 * The demo and the library transpiled once (as ts-node's transpile-only mode
 * would, types are tsc's job) into a temporary directory, so several demo
 * processes start in a second each instead of each compiling the sources.
 */
export function buildDemo(): BuiltDemo {
  const out = mkdtempSync(join(tmpdir(), 'wechat-demo-'));
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    esModuleInterop: true,
    allowSyntheticDefaultImports: true,
    isolatedModules: true,
  };
  for (const source of SOURCES) {
    for (const file of tsFiles(join(ROOT, source))) {
      const rel = relative(ROOT, file);
      let js = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions,
        fileName: file,
      }).outputText;
      js = js.replace(
        /require\("(nestjs-wechat-logistics(?:\/testing)?)"\)/g,
        (_, alias: string) => {
          const target = relative(
            dirname(join(out, rel)),
            join(out, ALIASES[alias]),
          );
          return `require(${JSON.stringify(target.startsWith('.') ? target : `./${target}`)})`;
        },
      );
      const target = join(out, rel.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, js);
    }
  }
  // A crashed or killed Jest closes our stdin: then the demo must not live on.
  const exitWithParent = join(out, 'exit-with-parent.js');
  writeFileSync(
    exitWithParent,
    [
      "process.stdin.on('end', () => process.exit(0));",
      "process.stdin.on('error', () => process.exit(0));",
      'process.stdin.resume();',
    ].join('\n'),
  );
  return {
    entry: join(out, 'apps', 'demo', 'src', 'main.js'),
    fixture: (name) => join(out, 'test', 'cluster', 'fixtures', `${name}.js`),
    exitWithParent,
    nodePath: join(ROOT, 'node_modules'),
    remove: () => rmSync(out, { recursive: true, force: true }),
  };
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !/\.(e2e-)?spec\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}
