/** One HTTP attempt of a call, ended once with what came back. */
export interface AttemptRecord {
  end(outcome: { errcode: number } | { error: unknown }): void;
}

/**
 * What the library tells OpenTelemetry: a span per library call (named after
 * the API, `logistics.cancelOrder`), a child span per HTTP attempt and per
 * token fetch, a call-duration histogram and a token-fetch counter.
 */
export interface WechatTelemetry {
  call<T>(api: string, run: () => Promise<T>): Promise<T>;
  attempt(
    api: string,
    method: 'GET' | 'POST',
    path: string,
    attempt: number,
  ): AttemptRecord;
  tokenFetch<T>(
    api: string,
    forceRefresh: boolean,
    run: () => Promise<T>,
  ): Promise<T>;
}

export const NO_ATTEMPT: AttemptRecord = { end: () => undefined };

/** Without `@opentelemetry/api` installed: nothing recorded, nothing spent. */
export const NO_TELEMETRY: WechatTelemetry = {
  call: (_api, run) => run(),
  attempt: () => NO_ATTEMPT,
  tokenFetch: (_api, _force, run) => run(),
};
