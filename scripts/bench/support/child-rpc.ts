import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';

/** The repository root: children resolve `tsconfig.json` paths from here. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

interface RpcRequest {
  readonly id: number;
  readonly command: string;
  readonly argument: unknown;
}

interface RpcReply {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}

interface ReadyMessage {
  readonly ready: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A forked TypeScript child (ts-node, transpile only) driven by request/reply
 * messages over IPC. The child's `execArgv` is set explicitly, so a parent run
 * with `--cpu-prof` or `--expose-gc` does not pass those flags on.
 */
export class ChildRpc<Ready> {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private exited = false;
  /** Settles once the child has exited. */
  private readonly gone: Promise<unknown>;

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: Ready,
  ) {
    // 'exit', not 'close': a child whose IPC channel the parent disconnected
    // never emits 'close' on Node 20, so waiting for it would hang the bench.
    this.gone = once(child, 'exit').catch(() => undefined);
    child.on('message', (message: unknown) => {
      if (!isRecord(message) || typeof message.id !== 'number') return;
      const reply = message as unknown as RpcReply;
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.result);
    });
    child.once('exit', (code, signal) => {
      this.exited = true;
      const error = new Error(
        `bench child exited (code ${code}, signal ${signal})`,
      );
      this.pending.forEach((waiter) => waiter.reject(error));
      this.pending.clear();
    });
  }

  /** Forks `entry` (a .ts file) and resolves once it has sent its ready message. */
  static async fork<Ready>(entry: string): Promise<ChildRpc<Ready>> {
    const child = fork(entry, [], {
      cwd: REPO_ROOT,
      execArgv: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'],
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<Ready>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (isRecord(message) && 'ready' in message) {
          cleanup();
          resolve((message as unknown as ReadyMessage).ready as Ready);
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`${entry} exited (code ${code}) before it was ready`));
      };
      const cleanup = () => {
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
    return new ChildRpc<Ready>(child, ready);
  }

  call<T>(command: string, argument?: unknown): Promise<T> {
    if (this.exited) return Promise.reject(new Error('bench child is gone'));
    const id = this.nextId++;
    const request: RpcRequest = { id, command, argument };
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (value) => resolve(value as T),
        reject,
      });
      this.child.send(request);
    });
  }

  /** Asks the child to exit (IPC disconnect); kills it if it has not gone within `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    const timer = this.exited
      ? undefined
      : setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.gone;
    clearTimeout(timer);
    await new Promise((resolve) => setImmediate(resolve)); // let the pipes' handles close
  }
}

/**
 * The child's side: announces `ready`, answers each request with its handler's
 * result, and runs `shutdown` then exits when the parent disconnects (or dies).
 */
export function serveRpc(
  ready: unknown,
  handlers: Record<string, (argument: unknown) => unknown>,
  shutdown: () => Promise<void>,
): void {
  const send = (message: RpcReply | ReadyMessage) => {
    if (process.connected) process.send?.(message);
  };
  process.on('message', (message: unknown) => {
    if (!isRecord(message) || typeof message.id !== 'number') return;
    const { id, command, argument } = message as unknown as RpcRequest;
    const handler = handlers[command];
    if (!handler) {
      send({ id, error: `unknown command "${command}"` });
      return;
    }
    Promise.resolve()
      .then(() => handler(argument))
      .then(
        (result) => send({ id, result }),
        (error: unknown) =>
          send({
            id,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
  });
  process.once('disconnect', () => {
    void shutdown().finally(() => process.exit(0));
  });
  send({ ready });
}
