import * as http from 'node:http';
import * as https from 'node:https';
import { WechatTransportError } from '../errors';

export interface UpstreamRequest {
  /** `logistics.cancelOrder`, …: used in errors and logs. */
  readonly api: string;
  readonly method: 'GET' | 'POST';
  /** Path below the base URL, starting with `/`. */
  readonly path: string;
  /** Query string, already encoded (e.g. `access_token=…`). Never logged or put into errors. */
  readonly query?: string;
  /** Serialised as JSON; Chinese characters stay unescaped, as WeChat asks. */
  readonly body?: unknown;
  readonly timeoutMs: number;
}

/** A reply WeChat sent as a JSON object, errcode not yet interpreted. */
export type UpstreamReply = Record<string, unknown>;

/** Labels (`print_html`) of a 100-order batch fit easily; anything larger is not WeChat. */
const MAX_REPLY_BYTES = 32 * 1024 * 1024;
const IDLE_SOCKET_TIMEOUT_MS = 4000;
const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  accept: 'application/json',
};
const ACCEPT_HEADERS = { accept: 'application/json' };

/**
 * One keep-alive connection pool to WeChat (or a gateway, or the emulator),
 * built on Node's own HTTP client so the library adds as little as possible
 * to each round trip. Turns every failure into a {@link WechatTransportError}.
 */
export class WechatHttpClient {
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

  request(req: UpstreamRequest): Promise<UpstreamReply> {
    // A string, not a Buffer: Node then sends the head and the body as one chunk.
    const payload =
      req.body === undefined ? undefined : JSON.stringify(req.body);
    const headers: http.OutgoingHttpHeaders =
      payload === undefined
        ? ACCEPT_HEADERS
        : {
            ...JSON_HEADERS,
            'content-length': Buffer.byteLength(payload, 'utf8'),
          };
    return new Promise<UpstreamReply>((resolve, reject) => {
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
          path: this.pathPrefix + req.path + (req.query ? `?${req.query}` : ''),
          headers,
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
            const outcome = interpretReply(
              req.api,
              incoming.statusCode ?? 0,
              Buffer.concat(chunks).toString('utf8'),
            );
            if (outcome instanceof WechatTransportError) reject(outcome);
            else resolve(outcome);
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
      outgoing.end(payload);
    });
  }

  /** Closes pooled sockets so the process (or a test) can exit. */
  close(): void {
    this.agent.destroy();
  }
}

function networkError(
  api: string,
  detail: string,
  cause?: unknown,
): WechatTransportError {
  return new WechatTransportError('network', api, detail, undefined, { cause });
}

/** The reply as a JSON object, or the transport error it amounts to (gateway page, truncated body). */
function interpretReply(
  api: string,
  status: number,
  text: string,
): UpstreamReply | WechatTransportError {
  if (status < 200 || status >= 300) {
    return new WechatTransportError(
      'http-status',
      api,
      `HTTP ${status} from upstream`,
      status,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return new WechatTransportError(
      'bad-response',
      api,
      `reply is not JSON (${text.length} bytes)`,
      status,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return new WechatTransportError(
      'bad-response',
      api,
      'reply is not a JSON object',
      status,
    );
  }
  return parsed as UpstreamReply;
}
