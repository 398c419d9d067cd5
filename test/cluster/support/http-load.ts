import { Agent, request } from 'node:http';

export interface CallOutcome {
  readonly status: number;
  readonly ms: number;
  readonly body: Record<string, unknown>;
}

/** Figures a run reports: calls, failures (non-2xx or network), the longest call. */
export interface RunFigures {
  calls: number;
  failures: number;
  longestMs: number;
  /** Status and body of the first failed call, to tell what went wrong. */
  firstFailure?: string;
}

/**
 * One HTTP client for the whole file, closed in afterAll so Jest exits cleanly.
 * A connection per call: a kept-alive one can be reused just as the server
 * drops it for idling (Node's 5 s keepAliveTimeout), a reset no demo caused.
 */
export class HttpLoad {
  private readonly agent = new Agent({ keepAlive: false, maxSockets: 2048 });

  /** POST/GET with a JSON body; never throws (a network failure is status 0). */
  call(
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
  ): Promise<CallOutcome> {
    const startedAt = Date.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve) => {
      const finish = (status: number, text: string) => {
        let parsed: Record<string, unknown> = {};
        try {
          parsed = JSON.parse(text) as Record<string, unknown>;
        } catch {
          parsed = { text };
        }
        resolve({ status, ms: Date.now() - startedAt, body: parsed });
      };
      const outgoing = request(
        url,
        {
          method,
          agent: this.agent,
          headers: payload
            ? {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(payload),
              }
            : {},
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () =>
            finish(incoming.statusCode ?? 0, Buffer.concat(chunks).toString()),
          );
          incoming.on('error', (error) => finish(0, String(error)));
        },
      );
      outgoing.on('error', (error) => finish(0, String(error)));
      outgoing.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `tasks` with at most `concurrency` in flight at once. */
export async function runPooled<T>(
  tasks: (() => Promise<T>)[],
  concurrency: number,
): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, tasks.length) }, worker),
  );
  return results;
}

export function figures(outcomes: CallOutcome[]): RunFigures {
  const failed = outcomes.filter((o) => o.status < 200 || o.status >= 300);
  return {
    calls: outcomes.length,
    failures: failed.length,
    longestMs: Math.max(0, ...outcomes.map((o) => o.ms)),
    firstFailure:
      failed.length > 0
        ? `${failed[0].status} ${JSON.stringify(failed[0].body)}`
        : undefined,
  };
}
