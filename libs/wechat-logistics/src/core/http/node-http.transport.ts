import * as http from 'node:http';
import * as https from 'node:https';
import { WechatTransportError } from '../errors';
import {
  MAX_REPLY_BYTES,
  type WechatTransport,
  type WechatTransportRequest,
  type WechatTransportResponse,
} from './wechat-transport.interface';

const IDLE_SOCKET_TIMEOUT_MS = 4000;

/**
 * The default transport: one keep-alive connection pool on Node's own HTTP
 * client, so the library adds as little as possible to each round trip.
 */
export class NodeHttpTransport implements WechatTransport {
  private readonly agent: http.Agent;
  private readonly transport: typeof http | typeof https;
  private readonly hostname: string;
  private readonly port: number | undefined;
  private readonly pathPrefix: string;

  constructor(apiBaseUrl: string, maxSockets: number) {
    const base = new URL(apiBaseUrl);
    const secure = base.protocol === 'https:';
    this.transport = secure ? https : http;
    this.agent = new (secure ? https.Agent : http.Agent)({
      keepAlive: true,
      maxSockets,
      maxFreeSockets: maxSockets,
      // Idle sockets are closed after 4 s, before a server's keep-alive timeout
      // (Node's default is 5 s) can close them under a request just being sent:
      // that race surfaces as a reset, which a write must not blindly repeat.
      timeout: IDLE_SOCKET_TIMEOUT_MS,
    });
    this.hostname = base.hostname.replace(/^\[|\]$/g, '');
    this.port = base.port ? Number(base.port) : undefined;
    this.pathPrefix = base.pathname.replace(/\/+$/, '');
  }

  send(req: WechatTransportRequest): Promise<WechatTransportResponse> {
    return new Promise<WechatTransportResponse>((resolve, reject) => {
      let settled = false;
      const fail = (error: WechatTransportError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outgoing.destroy();
        reject(error);
      };
      const outgoing = this.transport.request(
        {
          agent: this.agent,
          hostname: this.hostname,
          port: this.port,
          method: req.method,
          path: this.pathPrefix + req.pathAndQuery,
          headers: req.headers,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          let size = 0;
          incoming.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_REPLY_BYTES) {
              fail(
                new WechatTransportError(
                  'bad-response',
                  req.api,
                  `reply larger than ${MAX_REPLY_BYTES} bytes`,
                ),
              );
              return;
            }
            chunks.push(chunk);
          });
          incoming.on('aborted', () =>
            fail(networkError(req.api, 'connection closed mid-reply')),
          );
          incoming.on('error', (cause) =>
            fail(networkError(req.api, 'connection failed mid-reply', cause)),
          );
          incoming.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            resolve({
              status: incoming.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              headers: flatHeaders(incoming.headers),
            });
          });
        },
      );
      const timer = setTimeout(
        () =>
          fail(
            new WechatTransportError(
              'timeout',
              req.api,
              `no reply within ${req.timeoutMs} ms`,
            ),
          ),
        req.timeoutMs,
      );
      outgoing.on('error', (cause: NodeJS.ErrnoException) =>
        fail(
          networkError(
            req.api,
            `request failed (${cause.code ?? cause.message})`,
            cause,
          ),
        ),
      );
      // A string, not a Buffer: Node then sends the head and the body as one chunk.
      outgoing.end(req.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Node's headers (lower-case names already) as one string each. */
function flatHeaders(
  headers: http.IncomingHttpHeaders,
): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers))
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

/** Node's own socket errors carry no URL, header or body: safe to keep as the cause. */
function networkError(
  api: string,
  detail: string,
  cause?: unknown,
): WechatTransportError {
  return new WechatTransportError('network', api, detail, undefined, { cause });
}
