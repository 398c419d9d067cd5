/**
 * How an upstream request failed without a usable WeChat answer:
 * - `timeout`: no answer within `timeoutMs`, or the call's budget ran out;
 * - `network`: connection refused, reset or closed before a reply;
 * - `http-status`: a non-2xx HTTP status (a gateway error page);
 * - `bad-response`: 2xx but not a JSON object (HTML, truncated JSON);
 * - `unverified-response`: the reply to an encrypted and signed request
 *   (`apiSecurity`) failed a check — unknown platform certificate, bad
 *   signature, tampered body, decryption, a timestamp outside the window,
 *   a replayed reply, an unsigned success. WeChat may have acted on the
 *   request, but nothing of the reply is believed; never retried.
 */
export type WechatTransportFailure =
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'bad-response'
  | 'unverified-response';

/** The request to WeChat failed below the errcode level. Never carries the URL's query (it holds the token). */
export class WechatTransportError extends Error {
  override readonly name = 'WechatTransportError';

  constructor(
    readonly failure: WechatTransportFailure,
    readonly api: string,
    detail: string,
    readonly httpStatus?: number,
    options?: { cause?: unknown; advice?: string },
  ) {
    super(
      `${api}: ${detail}${options?.advice ? `. ${options.advice}` : ''}`,
      options,
    );
    this.advice = options?.advice;
  }

  /**
   * What the caller should do before trying again, when the endpoint has
   * more to say than the failure itself (an upload that may have landed).
   * Appended to `message` and to the HTTP body's message.
   */
  readonly advice: string | undefined;

  /** Whether the request may have reached WeChat and been acted on (timeouts and resets). */
  get ambiguous(): boolean {
    return (
      this.failure === 'timeout' ||
      this.failure === 'network' ||
      this.failure === 'bad-response' ||
      this.failure === 'unverified-response'
    );
  }
}
