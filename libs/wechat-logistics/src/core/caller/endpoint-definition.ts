/** How one WeChat endpoint is called and how its failures may be retried. */
export interface EndpointDefinition {
  /** `logistics.cancelOrder`: the cloud-call name, used in errors and logs. */
  readonly api: string;
  readonly method: 'GET' | 'POST';
  /** Path below the API base URL. */
  readonly path: string;
  /**
   * Reads may also be retried after timeouts and connection resets: repeating
   * them cannot change anything at WeChat. Writes are retried on errcode -1 only.
   */
  readonly safeToRepeat: boolean;
  /**
   * Whether system busy (-1) is retried. `false` for calls where WeChat may
   * have acted before answering -1 and a repeat would act twice (addOrder).
   * A rejected token is still replaced and the request repeated once: WeChat
   * refuses such a request before acting on it.
   * @default true
   */
  readonly retryBusy?: boolean;
  /**
   * Errcodes that, answering a retry after an attempt whose outcome was unknown
   * (-1, timeout, reset), mean that earlier attempt took effect: the call succeeded.
   */
  readonly doneOnRetryErrcodes?: ReadonlySet<number>;
  /**
   * WeChat's server API security (服务端API安全鉴权, api-security.md §5):
   * 'required' — the call is always encrypted and signed (同城配送; WeChat
   * answers an unsigned call 934011), so an app without `apiSecurity`
   * fails before anything is sent; 'supported' — encrypted and signed when
   * the app has `apiSecurity`, plain otherwise. Absent: never (uploads, and
   * every API WeChat does not list).
   */
  readonly apiSecurity?: 'required' | 'supported';
}
