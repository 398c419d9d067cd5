import { type IncomingHttpHeaders } from 'node:http';

/** One request as the emulator received it, before any fault or check. */
export interface LoggedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** Query parameters (the last value wins when a name repeats). */
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** `rawBody` parsed as JSON, or undefined when empty or not JSON. */
  readonly body: unknown;
  /** Emulator clock, ms. */
  readonly receivedAt: number;
  /**
   * The app the emulator credited the request to: the one a token endpoint's
   * `appid` names, the issuer of a business call's `access_token` (even an
   * expired one), or in Cloud Hosting mode the `from_appid` app or the
   * default one. Absent when no app is known (unknown token or AppID, no token).
   */
  readonly appId?: string;
}

/** Everything the emulator received, so tests can assert what the client sent. */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  all(): LoggedRequest[] {
    return [...this.entries];
  }

  forPath(path: string): LoggedRequest[] {
    return this.entries.filter((entry) => entry.path === path);
  }

  /** Requests credited to one app (see `LoggedRequest.appId`). */
  forApp(appId: string): LoggedRequest[] {
    return this.entries.filter((entry) => entry.appId === appId);
  }

  count(path?: string): number {
    return path === undefined ? this.entries.length : this.forPath(path).length;
  }

  /** The most recent request (for `path` when given). */
  last(path?: string): LoggedRequest | undefined {
    const entries = path === undefined ? this.entries : this.forPath(path);
    return entries[entries.length - 1];
  }

  clear(): void {
    this.entries = [];
  }
}

/** JSON.parse that answers undefined instead of throwing: the log keeps bad bodies raw. */
export function parseJsonOrUndefined(rawBody: string): unknown {
  if (rawBody.trim() === '') return undefined;
  try {
    return JSON.parse(rawBody) as unknown;
  } catch {
    return undefined;
  }
}
