/**
 * Child process: the load generator. autocannon runs here rather than beside
 * the server it measures, so the two do not share one event loop.
 */
import autocannon from 'autocannon';
import { serveRpc } from '../support/child-rpc';
import { type LoadJob, type LoadResult } from './load-generator';

async function run(job: LoadJob): Promise<LoadResult> {
  const result = await autocannon({
    url: job.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: job.body,
    connections: job.connections,
    duration: job.seconds,
    pipelining: 1,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    seconds: result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

serveRpc(
  { pid: process.pid },
  { run: (job) => run(job as LoadJob) },
  async () => {},
);
