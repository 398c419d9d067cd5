import { type Server, type ServerOptions } from 'node:http';

/**
 * How long a client has to send a whole request, headers and body, unless
 * `HTTP_BODY_TIMEOUT_MS` says otherwise. The demo's bodies are at most
 * 100 KiB: 30 s is generous for a slow mobile link, and a client trickling a
 * body a byte at a time (slowloris) holds its connection no longer than that.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Node's HTTP server settings that cut a request not received in time: it is
 * answered 408 and its connection closed. Node checks its connections on an
 * interval (30 s by default, which would let a short timeout run twice as
 * long), so the check runs at least twice per timeout, and at most once a
 * second. The same settings serve Express (set on the server Nest creates)
 * and Fastify (passed to the server it creates).
 */
export function requestTimeoutSettings(
  requestTimeoutMs: number,
): Required<
  Pick<
    ServerOptions,
    'requestTimeout' | 'headersTimeout' | 'connectionsCheckingInterval'
  >
> {
  return {
    requestTimeout: requestTimeoutMs,
    // Node refuses a headers timeout longer than the request's.
    headersTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.max(
      10,
      Math.min(1000, Math.floor(requestTimeoutMs / 2)),
    ),
  };
}

/** Applies them to a server that is not listening yet (Node reads the interval when it starts listening). */
export function applyRequestTimeouts(
  server: Server,
  requestTimeoutMs: number,
): void {
  Object.assign(server, requestTimeoutSettings(requestTimeoutMs));
}
