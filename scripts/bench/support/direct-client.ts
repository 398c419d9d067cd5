import * as http from 'node:http';

/** Same headers as the library's client sends with a JSON body. */
const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  accept: 'application/json',
};

/**
 * The baseline: what a hand-written client on Node's own keep-alive
 * `http.Agent` does for one WeChat call (serialise, POST with the token in the
 * query, collect, parse, check errcode) and nothing more.
 */
export class DirectClient {
  private readonly agent: http.Agent;
  private readonly hostname: string;
  private readonly port: number;

  constructor(baseUrl: string, maxSockets = 50) {
    const base = new URL(baseUrl);
    this.hostname = base.hostname;
    this.port = Number(base.port);
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets,
      maxFreeSockets: maxSockets,
      // As the library's client does: idle sockets close before the server's
      // 5 s keep-alive timeout can close one under a request (a "socket hang up").
      timeout: 4000,
    });
  }

  post(
    wirePath: string,
    accessToken: string | undefined,
    body: unknown,
  ): Promise<Record<string, unknown>> {
    const payload = JSON.stringify(body);
    const query =
      accessToken === undefined
        ? ''
        : `?access_token=${encodeURIComponent(accessToken)}`;
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          hostname: this.hostname,
          port: this.port,
          method: 'POST',
          path: wirePath + query,
          headers: {
            ...JSON_HEADERS,
            'content-length': Buffer.byteLength(payload),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const reply = JSON.parse(
                Buffer.concat(chunks).toString('utf8'),
              ) as Record<string, unknown>;
              if (reply.errcode !== undefined && reply.errcode !== 0)
                reject(new Error(`errcode ${JSON.stringify(reply.errcode)}`));
              else resolve(reply);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
