import {
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import { type EmulatorClock } from '../state/emulator-clock';
import { type EmulatorRouter } from './emulator-router';
import { applyFault } from './fault-responder';
import { type FaultInjector } from './fault-injector';
import { readRawBytes, sendJson, sendText } from './http-io';
import { parseJsonOrUndefined, type RequestLog } from './request-log';

export interface RequestListenerDeps {
  readonly clock: EmulatorClock;
  readonly requests: RequestLog;
  readonly faults: FaultInjector;
  readonly router: EmulatorRouter;
  /** Aborted by `stop()`: pending fault delays end instead of holding the process open. */
  readonly lifetime: AbortSignal;
}

/**
 * Every request goes: log → injected fault → router. Logging comes first so
 * tests see even the requests a fault swallowed; faults come before the
 * router so token endpoints and unknown paths can be faulted too.
 */
export function createRequestListener(
  deps: RequestListenerDeps,
): RequestListener {
  return (request, response) => {
    handle(request, response, deps).catch((error: unknown) => {
      if (deps.lifetime.aborted) return; // stop() destroyed the socket on purpose
      const message = error instanceof Error ? error.message : String(error);
      // HTTP 500 rather than WeChat's -1: an emulator bug should not pass for "busy".
      sendJson(response, 500, {
        errcode: -1,
        errmsg: `emulator internal error: ${message}`,
      });
    });
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  deps: RequestListenerDeps,
): Promise<void> {
  const rawBytes = await readRawBytes(request);
  const rawBody = rawBytes.toString('utf8');
  // Prefixing (not resolving against a base) keeps paths like '//x' from becoming hosts.
  const url = new URL(`http://emulator.invalid${request.url ?? '/'}`);
  const method = request.method ?? 'GET';
  const query = Object.fromEntries(url.searchParams);
  const { headers } = request;
  const routed = {
    method,
    path: url.pathname,
    query,
    headers,
    rawBody,
    rawBytes,
  };
  const appId = deps.router.attribute(routed);
  deps.requests.record({
    method,
    path: url.pathname,
    query,
    headers,
    rawBody,
    body: parseJsonOrUndefined(rawBody),
    receivedAt: deps.clock.now(),
    ...(appId === undefined ? {} : { appId }),
  });

  const fault = deps.faults.take(url.pathname);
  if (fault && (await applyFault(fault, response, deps.lifetime)) === 'handled')
    return;

  const reply = deps.router.dispatch(routed);
  if (reply.text === undefined) {
    sendJson(response, reply.httpStatus, reply.body);
    return;
  }
  // An API-security reply: its exact text is what the headers sign.
  const { httpStatus, text, headers: replyHeaders } = reply;
  const contentType = 'application/json; charset=utf-8';
  sendText(response, httpStatus, contentType, text, replyHeaders);
}
