import { WechatTransportError } from '../errors';
import { type WechatHttpService } from '../interfaces/wechat-http-service.interface';
import {
  MAX_REPLY_BYTES,
  type WechatTransport,
  type WechatTransportRequest,
  type WechatTransportResponse,
} from './wechat-transport.interface';

/** The body as axios hands it over: text as asked, unless an app's interceptor parsed it. */
const keepText = (data: unknown): unknown => data;
const anyStatus = (): boolean => true;

/** axios's codes for a request that ran out of time, by its own timer or our abort. */
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);
/** …and for a reply it refused to read (too large, too many redirects). */
const BAD_REPLY_CODES = new Set([
  'ERR_BAD_RESPONSE',
  'ERR_FR_MAX_BODY_LENGTH_EXCEEDED',
  'ERR_FR_TOO_MANY_REDIRECTS',
]);

/**
 * Requests through the app's `HttpService` (@nestjs/axios), for apps whose
 * outbound HTTP must pass their axios setup: a fixed-egress proxy for
 * WeChat's IP whitelist, interceptors (trace headers, audit), agents, mTLS.
 *
 * Every status is handed back (the client above decides what it means), and
 * every failure becomes a WechatTransportError built from axios's error code
 * alone: an AxiosError holds the full URL (with the access token) and the
 * request config (with the app secret in stable_token's body), so it is
 * never thrown on, logged or kept as a cause.
 */
export class HttpServiceTransport implements WechatTransport {
  private readonly baseUrl: string;

  constructor(
    private readonly httpService: WechatHttpService,
    apiBaseUrl: string,
  ) {
    this.baseUrl = apiBaseUrl.replace(/\/+$/, '');
  }

  send(req: WechatTransportRequest): Promise<WechatTransportResponse> {
    return new Promise((resolve, reject) => {
      // Our own clock, not only axios's `timeout`: an app's interceptor may
      // hold a request up before axios's timer even starts.
      const abort = new AbortController();
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const timer = setTimeout(() => {
        settle(() => reject(timeoutError(req)));
        abort.abort();
      }, req.timeoutMs);
      this.dispatch(req, abort.signal).then(
        (response) =>
          settle(() =>
            resolve({
              status: response.status,
              text: asText(response.data),
              headers: flatHeaders(response.headers),
            }),
          ),
        (error: unknown) => settle(() => reject(classify(req, error))),
      );
    });
  }

  private async dispatch(req: WechatTransportRequest, signal: AbortSignal) {
    return this.httpService.axiosRef.request({
      method: req.method,
      url: this.baseUrl + req.pathAndQuery,
      headers: { ...req.headers },
      data: req.body,
      timeout: req.timeoutMs,
      signal,
      responseType: 'text',
      transformResponse: [keepText],
      validateStatus: anyStatus,
      // Like the default transport: a redirect is an answer, not WeChat's.
      maxRedirects: 0,
      maxContentLength: MAX_REPLY_BYTES,
    });
  }

  /** The app owns its HttpService and its agents: nothing of ours to close. */
  close(): void {}
}

function asText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (data === undefined || data === null) return '';
  try {
    return JSON.stringify(data); // an app's interceptor parsed it already
  } catch {
    return ''; // not JSON then: the client answers it as a bad reply
  }
}

/** axios's headers (an AxiosHeaders or a plain object; an interceptor may hand either) as lower-case names, one string each. */
function flatHeaders(headers: unknown): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  if (headers === null || typeof headers !== 'object') return flat;
  const plain =
    typeof (headers as { toJSON?: unknown }).toJSON === 'function'
      ? (headers as { toJSON: () => unknown }).toJSON()
      : headers;
  for (const [name, value] of Object.entries(plain as object))
    if (value !== undefined && value !== null)
      flat[name.toLowerCase()] = Array.isArray(value)
        ? value.join(', ')
        : String(value);
  return flat;
}

function timeoutError(req: WechatTransportRequest): WechatTransportError {
  return new WechatTransportError(
    'timeout',
    req.api,
    `no reply within ${req.timeoutMs} ms`,
  );
}

function classify(
  req: WechatTransportRequest,
  error: unknown,
): WechatTransportError {
  const code = codeOf(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) return timeoutError(req);
  if (code !== undefined && BAD_REPLY_CODES.has(code))
    return new WechatTransportError(
      'bad-response',
      req.api,
      `reply refused by the HTTP client (${code})`,
    );
  // Only the code (ECONNRESET, ERR_NETWORK…) or the error's class name: a
  // message may quote the URL, and an interceptor's error anything at all.
  const what = code ?? (error instanceof Error ? error.name : typeof error);
  return new WechatTransportError(
    'network',
    req.api,
    `request failed (${what})`,
  );
}

function codeOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)
    ? code
    : undefined;
}
