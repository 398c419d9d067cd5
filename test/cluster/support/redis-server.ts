import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { track } from './child-reaper';
import { freePort } from './free-port';

/** The redis-server binary, when this machine has one (CI installs it; see .ci/run). */
export const REDIS_SERVER_BIN = [
  '/usr/bin/redis-server',
  ...(process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'redis-server')),
].find((path) => existsSync(path));

/** A Redis to test against: `REDIS_TEST_URL` (CI), else one this test starts. */
export const HAVE_REDIS =
  Boolean(process.env.REDIS_TEST_URL) || REDIS_SERVER_BIN !== undefined;

/** `describe` when Redis can be had, else a skip that says why. */
export function describeWithRedis(
  name: string,
  body: () => void,
  { ownServer = false }: { ownServer?: boolean } = {},
): void {
  const available = ownServer ? REDIS_SERVER_BIN !== undefined : HAVE_REDIS;
  if (available) {
    describe(name, body);
    return;
  }
  describe.skip(
    `${name} (skipped: no redis-server binary${ownServer ? '' : ' and no REDIS_TEST_URL'}; install redis-server to run it)`,
    body,
  );
}

/**
 * A throwaway redis-server on a free loopback port, no persistence, that the
 * test can stop, restart (same port, empty) and pause (SIGSTOP: a Redis that
 * accepts connections and never answers). A shell wrapper kills it when our
 * end of its stdin closes, so it never outlives the test process.
 */
export class RedisServer {
  private wrapper: ChildProcess | undefined;
  private pid: number | undefined;

  private constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<RedisServer> {
    if (!REDIS_SERVER_BIN) throw new Error('redis-server is not installed');
    const server = new RedisServer(await freePort());
    await server.launch();
    return server;
  }

  async launch(): Promise<void> {
    const wrapper = spawn(
      'sh',
      [
        '-c',
        '"$@" & pid=$!; echo "$pid"; read _ignored; kill -9 "$pid" 2>/dev/null',
        'sh',
        REDIS_SERVER_BIN as string,
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    track(wrapper);
    this.wrapper = wrapper;
    this.pid = await new Promise<number>((resolve, reject) => {
      wrapper.stdout?.once('data', (chunk: Buffer) =>
        resolve(Number(chunk.toString().trim().split('\n')[0])),
      );
      wrapper.once('error', reject);
    });
    await waitForPong(this.port, 10_000);
  }

  /** Kills Redis outright (a crash: clients see their connections reset). */
  async stop(): Promise<void> {
    const wrapper = this.wrapper;
    if (!wrapper) return;
    this.wrapper = undefined;
    const exited = new Promise<void>((resolve) => {
      if (wrapper.exitCode !== null) resolve();
      else wrapper.once('exit', () => resolve());
    });
    this.signal('SIGCONT');
    wrapper.stdin?.end(); // the wrapper kills redis-server and exits
    await exited;
    await waitUntilClosed(this.port, 5000);
  }

  /** Freezes Redis: connections stay open, nothing is answered. */
  pause(): void {
    this.signal('SIGSTOP');
  }

  resume(): void {
    this.signal('SIGCONT');
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.pid === undefined) return;
    try {
      process.kill(this.pid, signal);
    } catch {
      // already gone
    }
  }
}

/** The URL of a Redis for tests that only need one: REDIS_TEST_URL, else a server of our own. */
export async function testRedis(): Promise<{
  url: string;
  stop: () => Promise<void>;
}> {
  const shared = process.env.REDIS_TEST_URL;
  if (shared) return { url: shared, stop: async () => undefined };
  const server = await RedisServer.start();
  return { url: server.url, stop: () => server.stop() };
}

async function waitForPong(port: number, withinMs: number): Promise<void> {
  const until = Date.now() + withinMs;
  for (;;) {
    if (await ping(port)) return;
    if (Date.now() > until)
      throw new Error(`redis-server on port ${port} did not answer PING`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitUntilClosed(port: number, withinMs: number): Promise<void> {
  const until = Date.now() + withinMs;
  while (Date.now() < until && (await ping(port)))
    await new Promise((resolve) => setTimeout(resolve, 50));
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
