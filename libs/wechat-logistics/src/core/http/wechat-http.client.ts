import { WechatTransportError } from '../errors';
import {
  type WechatTransport,
  type WechatTransportResponse,
} from './wechat-transport.interface';

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

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  accept: 'application/json',
};
const ACCEPT_HEADERS = { accept: 'application/json' };

/**
 * Speaks JSON with WeChat over a {@link WechatTransport} (Node's HTTP client
 * or the app's HttpService): serialises the body, and decides once, for both
 * transports, what a reply means — a JSON object, or the
 * {@link WechatTransportError} that a gateway page, a non-2xx status or a
 * truncated body amounts to.
 */
export class WechatHttpClient {
  constructor(private readonly transport: WechatTransport) {}

  request(req: UpstreamRequest): Promise<UpstreamReply> {
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    return this.exchange({ ...req, bodyText: body }).then(({ status, text }) =>
      parseReply(req.api, status, text),
    );
  }

  /**
   * Sends a body already serialised (API security signs the exact text it
   * sends) with extra headers, and hands back the 2xx reply as received —
   * text and headers — for the caller to verify before parsing. A non-2xx
   * status is the same transport error as for {@link request}.
   */
  exchange(req: RawUpstreamRequest): Promise<WechatTransportResponse> {
    const body = req.bodyText;
    return this.transport
      .send({
        api: req.api,
        method: req.method,
        pathAndQuery: req.query ? `${req.path}?${req.query}` : req.path,
        headers: {
          ...(body === undefined
            ? ACCEPT_HEADERS
            : {
                ...JSON_HEADERS,
                'content-length': String(Buffer.byteLength(body, 'utf8')),
              }),
          ...req.headers,
        },
        body,
        timeoutMs: req.timeoutMs,
      })
      .then((response) => {
        assertSuccessStatus(req.api, response.status);
        return response;
      });
  }

  /** Closes pooled sockets so the process (or a test) can exit. */
  close(): void {
    this.transport.close();
  }
}

/** A request whose body is already text, with headers of its own (`Wechatmp-*`). */
export interface RawUpstreamRequest extends Omit<UpstreamRequest, 'body'> {
  readonly bodyText?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A gateway page or any other non-2xx status is no answer of WeChat's. */
function assertSuccessStatus(api: string, status: number): void {
  if (status < 200 || status >= 300) {
    throw new WechatTransportError(
      'http-status',
      api,
      `HTTP ${status} from upstream`,
      status,
    );
  }
}

/** A 2xx reply as a JSON object, or the transport error it amounts to (gateway page, truncated body). */
export function parseReply(
  api: string,
  status: number,
  text: string,
): UpstreamReply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WechatTransportError(
      'bad-response',
      api,
      `reply is not JSON (${text.length} bytes)`,
      status,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new WechatTransportError(
      'bad-response',
      api,
      'reply is not a JSON object',
      status,
    );
  }
  return parsed as UpstreamReply;
}
