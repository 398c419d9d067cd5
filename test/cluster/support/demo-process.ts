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

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
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
    const child = spawn(
      process.execPath,
      ['-r', build.exitWithParent, build.entry],
      {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_PATH: build.nodePath,
          NO_COLOR: '1',
          PORT: String(port),
          ...env,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    track(child);
    const demo = new DemoProcess(child, `http://127.0.0.1:${port}`);
    await demo.waitUntilHealthy(readyWithinMs);
    return demo;
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
