import * as path from 'node:path';
import { ChildRpc } from '../support/child-rpc';

export interface LoadJob {
  readonly url: string;
  readonly body: string;
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  /** Requests completed. */
  readonly total: number;
  /** How long the run really lasted, s. */
  readonly seconds: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** autocannon in a child process, one job at a time. */
export class LoadGenerator {
  private constructor(private readonly rpc: ChildRpc<{ pid: number }>) {}

  static async start(): Promise<LoadGenerator> {
    return new LoadGenerator(
      await ChildRpc.fork(path.join(__dirname, 'autocannon-host.ts')),
    );
  }

  run(job: LoadJob): Promise<LoadResult> {
    return this.rpc.call('run', job);
  }

  stop(): Promise<void> {
    return this.rpc.stop();
  }
}
