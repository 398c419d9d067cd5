import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { type BuiltDemo } from './build-demo';
import { track } from './child-reaper';
import { freePort } from './free-port';

/**
 * The demo as production runs it (`node main.js`, see {@link buildDemo}), in a
 * process of its own on a free port, its output kept so tests can count log lines.
 */
export class DemoProcess {
  readonly output: string[] = [];
  private exited: Promise<void>;

  /** Where the demo listens; empty for a fixture. */
  url = '';

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let partial = '';
    const keep = (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      this.output.push(...lines);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(
    build: BuiltDemo,
    env: Record<string, string>,
    readyWithinMs = 60_000,
  ): Promise<DemoProcess> {
    const port = await freePort();
    const demo = DemoProcess.spawn(build, build.entry, {
      PORT: String(port),
      ...env,
    });
    demo.url = `http://127.0.0.1:${port}`;
    await demo.waitUntilHealthy(readyWithinMs);
    return demo;
  }

  /** A fixture of test/cluster/fixtures (no HTTP), ready once it prints a line matching `ready`. */
  static async startFixture(
    build: BuiltDemo,
    name: string,
    env: Record<string, string>,
    ready: RegExp,
    readyWithinMs = 60_000,
  ): Promise<DemoProcess> {
    const fixture = DemoProcess.spawn(build, build.fixture(name), env);
    await fixture.waitForLine(ready, readyWithinMs);
    return fixture;
  }

  private static spawn(
    build: BuiltDemo,
    entry: string,
    env: Record<string, string>,
  ): DemoProcess {
    const child = spawn(process.execPath, ['-r', build.exitWithParent, entry], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_PATH: build.nodePath,
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    track(child);
    return new DemoProcess(child);
  }

  /** Waits for an output line matching `pattern` (fails when the process exits first). */
  async waitForLine(pattern: RegExp, withinMs = 20_000): Promise<string> {
    const until = Date.now() + withinMs;
    for (;;) {
      const line = this.output.find((l) => pattern.test(l));
      if (line !== undefined) return line;
      if (this.child.exitCode !== null)
        throw new Error(`process exited early:\n${this.output.join('\n')}`);
      if (Date.now() > until) {
        await this.stop();
        throw new Error(
          `no line matching ${String(pattern)} in time:\n${this.output.join('\n')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Writes one line to the process's stdin (a fixture's command, e.g. "GO"). */
  send(line: string): void {
    this.child.stdin?.write(`${line}\n`);
  }

  /** Resolves once the process has exited, with the signal that ended it (`null`: it exited by itself). */
  async exit(): Promise<NodeJS.Signals | null> {
    await this.exited;
    return this.child.signalCode;
  }

  /** Log lines matching `pattern`. */
  lines(pattern: RegExp): string[] {
    return this.output.filter((line) => pattern.test(line));
  }

  /** SIGKILL: the process dies at once, whatever it holds (a lock, a request in flight). */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
    this.child.stdin?.destroy();
  }

  /** SIGTERM (the demo closes its Redis and sockets), SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
    this.child.stdin?.destroy();
  }

  private async waitUntilHealthy(withinMs: number): Promise<void> {
    const until = Date.now() + withinMs;
    for (;;) {
      if (this.child.exitCode !== null)
        throw new Error(`demo exited early:\n${this.output.join('\n')}`);
      if (await isHealthy(`${this.url}/health`)) return;
      if (Date.now() > until) {
        await this.stop();
        throw new Error(`demo not healthy in time:\n${this.output.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function isHealthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const outgoing = get(url, { agent: false, timeout: 1000 }, (incoming) => {
      incoming.resume();
      incoming.on('end', () => resolve(incoming.statusCode === 200));
    });
    outgoing.on('timeout', () => outgoing.destroy());
    outgoing.on('error', () => resolve(false));
  });
}
