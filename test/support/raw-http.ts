import * as http from 'node:http';

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  /** The body parsed as JSON, or undefined. */
  readonly body: unknown;
}

/**
 * One HTTP request with the path sent byte for byte as given (broken
 * percent-encoding, encoded surrogates and all), which URL-normalising
 * clients such as supertest would refuse or repair.
 */
export function rawRequest(
  baseUrl: string,
  options: {
    method: string;
    path: string;
    body?: string;
    headers?: http.OutgoingHttpHeaders;
  },
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const payload =
    options.body === undefined ? undefined : Buffer.from(options.body, 'utf8');
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        hostname,
        port,
        method: options.method,
        path: options.path,
        agent,
        headers: {
          ...options.headers,
          ...(payload ? { 'content-length': payload.length } : {}),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            text,
            body,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** Closes the pooled keep-alive sockets (call in afterAll). */
export function closeRawHttp(): void {
  agent.destroy();
}
