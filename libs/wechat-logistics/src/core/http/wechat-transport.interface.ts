/** One HTTP request to WeChat, as the transports see it. */
export interface WechatTransportRequest {
  /** `logistics.cancelOrder`, …: named in the errors a transport raises. */
  readonly api: string;
  readonly method: 'GET' | 'POST';
  /** Path below the API base URL and the encoded query: `/cgi-bin/…?access_token=…`. Never logged or put into errors. */
  readonly pathAndQuery: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON text of the body, if any. */
  readonly body?: string;
  /** The whole exchange, reply body included, must end within this. */
  readonly timeoutMs: number;
}

/** Whatever HTTP status came back, the body as text, and the headers (names in lower case; repeated ones joined by ', '). */
export interface WechatTransportResponse {
  readonly status: number;
  readonly text: string;
  /** Read by API security (`Wechatmp-*`); never logged. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/**
 * How requests reach WeChat: Node's own HTTP client by default, or the app's
 * `HttpService` (@nestjs/axios). A transport only moves bytes; what a status
 * or a body means is decided once, above it, so both behave the same.
 * `send` resolves with any HTTP status and rejects only with a
 * `WechatTransportError` (`timeout`, `network`, or `bad-response` for a reply
 * too large) whose message and cause hold no URL, header or body.
 */
export interface WechatTransport {
  send(request: WechatTransportRequest): Promise<WechatTransportResponse>;
  /** Frees pooled connections so the app (or a test) can exit. */
  close(): void;
}

/** Labels (`print_html`) of a 100-order batch fit easily; anything larger is not WeChat. */
export const MAX_REPLY_BYTES = 32 * 1024 * 1024;
