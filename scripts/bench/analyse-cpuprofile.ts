/**
 * Prints the top functions by self time of a V8 .cpuprofile (from
 * `node --cpu-prof`), and self time per package. Usage:
 *
 *   node -r ts-node/register scripts/bench/analyse-cpuprofile.ts <file.cpuprofile | dir> [--top 15] [--all] [--focus <path part>]
 *
 * `--focus` picks the functions of the inclusive-time table (default: the
 * library's sources; e.g. `--focus node_modules/` for the dependencies).
 * Given a directory, reads its newest profile. When profile-*.ts left a
 * `window-<pid>.json` beside it, only samples inside that window (the load,
 * not the boot) count, unless `--all`.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import * as path from 'node:path';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const REPO_ROOT = path.resolve(__dirname, '../..');
/** The library's own code (the emulator under testing/ runs in another process anyway). */
const LIBRARY_SOURCES = '/libs/wechat-logistics/src/';
/** Not JavaScript: time spent waiting, in V8 itself, or collecting garbage. */
const META = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function newestProfile(target: string): string {
  if (!statSync(target).isDirectory()) return target;
  const files = readdirSync(target)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(target, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (files.length === 0) throw new Error(`no .cpuprofile in ${target}`);
  return files[0];
}

/** `node_modules/@nestjs/core/…` → `@nestjs/core`; library sources → `lib:<folder>`. */
function packageOf(url: string): string {
  if (url === '') return '(native / V8)';
  if (url.startsWith('node:')) {
    // node:_http_client → node:_http_client; node:internal/streams/writable → node:internal/streams
    const parts = url.slice(5).split('/');
    return `node:${parts[0] === 'internal' && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = file.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const relative = path.relative(REPO_ROOT, file);
  const lib = /^libs\/wechat-logistics\/src\/([^/]+)\//.exec(relative);
  if (lib) return `lib:${lib[1]}`;
  return relative.split('/').slice(0, 2).join('/');
}

function location(frame: CallFrame): string {
  if (frame.url === '') return '';
  const file = frame.url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('node_modules/');
  const short =
    modules >= 0
      ? file.slice(modules + 'node_modules/'.length)
      : file.startsWith('node:')
        ? file
        : path.relative(REPO_ROOT, file);
  return `${short}:${frame.lineNumber + 1}`;
}

function readWindow(
  profileFile: string,
): { startUs: number; endUs: number } | undefined {
  const pid = /\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(profileFile)?.[1];
  if (!pid) return undefined;
  const file = path.join(path.dirname(profileFile), `window-${pid}.json`);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as {
    startUs: number;
    endUs: number;
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const target = args.find(
    (arg, i) =>
      !arg.startsWith('--') && !['--top', '--focus'].includes(args[i - 1]),
  );
  if (!target)
    throw new Error(
      'usage: analyse-cpuprofile.ts <file|dir> [--top N] [--all]',
    );
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 15;
  const file = newestProfile(target);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const window = args.includes('--all') ? undefined : readWindow(file);
  const focusIndex = args.indexOf('--focus');
  const focus = focusIndex >= 0 ? args[focusIndex + 1] : LIBRARY_SOURCES;

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (frame: CallFrame) =>
    `${frame.functionName || '(anonymous)'}\u0000${frame.url}\u0000${frame.lineNumber}`;
  const selfUs = new Map<string, number>();
  /** Time with a focused function anywhere on the stack (each function once per sample). */
  const focusInclusiveUs = new Map<string, number>();
  const frames = new Map<string, CallFrame>();
  const perPackage = new Map<string, number>();
  let totalUs = 0;
  let jsUs = 0;
  // timeDeltas[i] is the time since the previous sample: it is billed to sample i.
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.startUs || at > window.endUs)) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    totalUs += delta;
    const key = keyOf(frame);
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    frames.set(key, frame);
    const onStack = new Set<string>();
    for (
      let node: number | undefined = id;
      node !== undefined;
      node = parentOf.get(node)
    ) {
      const caller = byId.get(node)?.callFrame;
      if (caller?.url.includes(focus)) {
        const callerKey = keyOf(caller);
        frames.set(callerKey, caller);
        onStack.add(callerKey);
      }
    }
    onStack.forEach((k) =>
      focusInclusiveUs.set(k, (focusInclusiveUs.get(k) ?? 0) + delta),
    );
    if (!META.has(frame.functionName)) {
      jsUs += delta;
      const pkg = packageOf(frame.url);
      perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + delta);
    }
  });

  const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);
  const pct = (us: number, of: number) =>
    `${((100 * us) / of).toFixed(1).padStart(5)}%`;
  console.log(`profile: ${path.relative(process.cwd(), file)}`);
  console.log(
    window
      ? `window: ${((window.endUs - window.startUs) / 1e6).toFixed(1)} s of load (boot excluded)`
      : 'window: whole run',
  );
  console.log(
    `sampled ${ms(totalUs)} ms, of which JavaScript/native work ${ms(jsUs)} ms`,
  );
  for (const name of META) {
    const us = [...selfUs.entries()]
      .filter(([key]) => key.startsWith(`${name}\u0000`))
      .reduce((sum, [, value]) => sum + value, 0);
    if (us > 0)
      console.log(`  ${name.padEnd(20)} ${ms(us)} ms ${pct(us, totalUs)}`);
  }

  console.log(`\nTop ${top} functions by self time (% of non-idle work):`);
  [...selfUs.entries()]
    .filter(([key]) => !META.has(key.split('\u0000')[0]))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([key, us], rank) => {
      const frame = frames.get(key) as CallFrame;
      console.log(
        `${String(rank + 1).padStart(3)}. ${ms(us)} ms ${pct(us, jsUs)}  ${(frame.functionName || '(anonymous)').padEnd(34)} ${location(frame)}`,
      );
    });

  console.log(
    `\nTop ${top} functions under ${focus} by inclusive time (callees included, % of non-idle work):`,
  );
  [...focusInclusiveUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([key, us], rank) => {
      const frame = frames.get(key) as CallFrame;
      console.log(
        `${String(rank + 1).padStart(3)}. ${ms(us)} ms ${pct(us, jsUs)}  ${(frame.functionName || '(anonymous)').padEnd(34)} ${location(frame)}`,
      );
    });

  console.log('\nSelf time by package (% of non-idle work):');
  [...perPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([pkg, us]) =>
      console.log(`  ${ms(us)} ms ${pct(us, jsUs)}  ${pkg}`),
    );
}

main();
