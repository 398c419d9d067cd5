/**
 * The part of `bullmq` / `@nestjs/bullmq` the durable delivery uses, declared
 * structurally so that neither the library's code nor its published types need
 * the packages: they are optional peers, loaded only with `pushDelivery`.
 */
export interface BullJobOptions {
  jobId?: string;
  attempts?: number;
  backoff?: { type: 'exponential' | 'fixed'; delay: number };
  removeOnComplete?: boolean | number | { age?: number; count?: number };
  removeOnFail?: boolean | number | { age?: number; count?: number };
}

export interface BullJob<Data> {
  readonly id?: string;
  readonly data: Data;
  readonly opts: BullJobOptions;
  /** Attempts that ended (failed) before the one now running. */
  readonly attemptsMade: number;
  readonly failedReason?: string;
  readonly finishedOn?: number;
  readonly timestamp: number;
  retry(
    state?: 'failed' | 'completed',
    options?: { resetAttemptsMade?: boolean; resetAttemptsStarted?: boolean },
  ): Promise<void>;
}

export interface BullQueue<Data> {
  readonly name: string;
  readonly opts: { connection?: unknown; prefix?: string };
  add(
    name: string,
    data: Data,
    options?: BullJobOptions,
  ): Promise<BullJob<Data>>;
  getFailed(start?: number, end?: number): Promise<BullJob<Data>[]>;
  getFailedCount(): Promise<number>;
  getJob(id: string): Promise<BullJob<Data> | undefined>;
}

export interface BullWorker {
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(force?: boolean): Promise<void>;
}

export type BullWorkerConstructor = new <Data>(
  queueName: string,
  processor: (job: BullJob<Data>) => Promise<unknown>,
  options: {
    connection?: unknown;
    prefix?: string;
    concurrency?: number;
    lockDuration?: number;
    stalledInterval?: number;
  },
) => BullWorker;

export interface BullmqModule {
  readonly Worker: BullWorkerConstructor;
}

export interface NestBullmqModule {
  getQueueToken(name: string): string;
}
