// A developer server for the push specs: a real node:http server on
// 127.0.0.1:0 that verifies and decodes with the library's PushMessageDecoder.
// Named `-spec.ts` so the build skips it and Jest does not run it.
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type DecodedPush,
  type PathUpdateEvent,
  PushMessageDecoder,
  type PushMessageDecoderOptions,
} from '../../push';
import { type AddExpressPathMessage } from '../logistics/push/add-express-path-message';
import { type EmulatedPushMessage } from './emulated-push-message';

/** One request as the receiver saw it, with what the decoder made of it. */
export interface ReceivedPush {
  readonly method: string;
  readonly path: string;
  /** Query parameters in the order they were sent. */
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  readonly decoded?: DecodedPush;
  /** Why the decoder refused it. */
  readonly error?: unknown;
}

/** How to answer the n-th request (0-based): a body, a status, a delay, or silence. */
export interface ReceiverReply {
  readonly status?: number;
  readonly body?: string;
  readonly delayMs?: number;
  /** Never answer (the emulator must time out or be stopped). */
  readonly hang?: boolean;
}

export type ReplyPlan = (index: number, push: ReceivedPush) => ReceiverReply;

export const ANSWER_SUCCESS: ReplyPlan = () => ({ body: 'success' });

export class PushReceiver {
  readonly received: ReceivedPush[] = [];
  plan: ReplyPlan = ANSWER_SUCCESS;
  private readonly closing = new AbortController();
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly decoder: PushMessageDecoder,
  ) {
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        void this.answer(
          this.record(
            request.method ?? '',
            request.url ?? '/',
            request.headers,
            rawBody,
          ),
          response,
        );
      });
    });
  }

  static async start(
    decoderOptions: PushMessageDecoderOptions,
    path = '/wechat/push',
  ): Promise<PushReceiver> {
    const server = createServer();
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    const { port } = server.address() as AddressInfo;
    return new PushReceiver(
      server,
      `http://127.0.0.1:${port}${path}`,
      new PushMessageDecoder(decoderOptions),
    );
  }

  /** Path-update events the decoder accepted, in arrival order. */
  events(): PathUpdateEvent[] {
    return this.received.flatMap((push) =>
      push.decoded?.kind === 'path-update' ? [push.decoded.event] : [],
    );
  }

  /** Resolves once `count` requests have arrived. */
  async waitFor(count: number): Promise<void> {
    while (this.received.length < count) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async close(): Promise<void> {
    this.closing.abort();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(
    method: string,
    url: string,
    headers: IncomingHttpHeaders,
    rawBody: string,
  ): ReceivedPush {
    const parsed = new URL(`http://receiver.invalid${url}`);
    const query = Object.fromEntries(parsed.searchParams);
    let push: ReceivedPush = {
      method,
      path: parsed.pathname,
      query,
      headers,
      rawBody,
    };
    try {
      const decoded = this.decoder.decode({
        query,
        body: rawBody,
        contentType: headers['content-type'],
      });
      push = { ...push, decoded };
    } catch (error: unknown) {
      push = { ...push, error };
    }
    this.received.push(push);
    this.waiters.splice(0).forEach((wake) => wake());
    return push;
  }

  private async answer(
    push: ReceivedPush,
    response: ServerResponse,
  ): Promise<void> {
    const reply = push.error
      ? { status: 401, body: 'refused' }
      : this.plan(this.received.length - 1, push);
    if (reply.hang) return;
    if (reply.delayMs) {
      try {
        await sleep(reply.delayMs, undefined, { signal: this.closing.signal });
      } catch {
        return;
      }
    }
    if (response.destroyed) return;
    response.writeHead(reply.status ?? 200, { 'Content-Type': 'text/plain' });
    response.end(reply.body ?? '');
  }
}

/** The decoder's camelCase view of an `add_express_path` event the emulator logged in WeChat's spelling. */
export function asDecoded(logged: EmulatedPushMessage): PathUpdateEvent {
  if (logged.Event !== 'add_express_path') {
    throw new Error(`expected an add_express_path event, got ${logged.Event}`);
  }
  const message = logged as AddExpressPathMessage;
  return {
    toUserName: message.ToUserName,
    fromUserName: message.FromUserName,
    createTime: message.CreateTime,
    msgType: message.MsgType,
    event: message.Event,
    deliveryId: message.DeliveryID,
    waybillId: message.WayBillId,
    orderId: message.OrderId,
    version: message.Version,
    count: message.Count,
    actions: message.Actions.map((action) => ({
      actionTime: action.ActionTime,
      actionType: action.ActionType,
      actionMsg: action.ActionMsg,
    })),
  };
}
