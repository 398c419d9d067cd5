import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** What the developer server answered. */
export interface PushReply {
  readonly status: number;
  readonly body: string;
}

export interface PostOptions {
  readonly body: string;
  readonly contentType: string;
  /** The whole exchange, connect to last body byte, must fit in this window. */
  readonly timeoutMs: number;
  /** Aborted by the emulator's `stop()`. */
  readonly lifetime: AbortSignal;
}

/** Replies are `success` or empty; anything past this is not worth keeping. */
const MAX_REPLY_BYTES = 64 * 1024;

/**
 * One POST with plain node:http(s), no connection reuse (WeChat opens a new
 * connection per push, and nothing idles in a pool after `stop()`). Rejects
 * on a connection error, on the timeout and on `lifetime` abort, with an
 * Error whose message says which.
 */
export function postOnce(url: URL, options: PostOptions): Promise<PushReply> {
  const { body, contentType, timeoutMs, lifetime } = options;
  return new Promise<PushReply>((resolve, reject) => {
    const controller = new AbortController();
    const abort = (reason: Error) => controller.abort(reason);
    const onStop = () => abort(new Error('aborted: the emulator was stopped'));
    const timer = setTimeout(
      () => abort(new Error(`timeout: no reply within ${timeoutMs} ms`)),
      timeoutMs,
    );
    let done = false;
    const settle = (outcome: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      lifetime.removeEventListener('abort', onStop);
      outcome();
    };
    controller.signal.addEventListener('abort', () =>
      settle(() => reject(controller.signal.reason as Error)),
    );
    if (lifetime.aborted) onStop();
    else lifetime.addEventListener('abort', onStop, { once: true });
    if (done) return;

    const payload = Buffer.from(body, 'utf8');
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: 'POST',
        agent: false,
        signal: controller.signal,
        headers: {
          'Content-Type': contentType,
          'Content-Length': payload.length,
        },
      },
      (response) => {
        readReply(response).then(
          (reply) => settle(() => resolve(reply)),
          (error: unknown) => settle(() => reject(asError(error))),
        );
      },
    );
    request.on('error', (error) => settle(() => reject(error)));
    request.end(payload);
  });
}

async function readReply(response: IncomingMessage): Promise<PushReply> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const buffer = chunk as Buffer;
    if (size < MAX_REPLY_BYTES) chunks.push(buffer);
    size += buffer.length;
  }
  return {
    status: response.statusCode ?? 0,
    body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_REPLY_BYTES),
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
