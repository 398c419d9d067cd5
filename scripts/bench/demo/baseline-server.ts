import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';
import { DirectClient } from '../support/direct-client';
import { CANCEL_WIRE_PATH } from '../support/fixtures';
import { type UpstreamInfo } from '../support/upstream';
import { type RunningServer } from './demo-server';

const ROUTE = /^\/logistics\/orders\/([^/?]+)\/cancel(?:\?.*)?$/;
const MAX_BODY_BYTES = 100 * 1024;
const ALLOWED_FIELDS = new Set(['deliveryId', 'waybillId', 'openid']);

function send(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}

function badRequest(response: ServerResponse, messages: string[]): void {
  send(response, 400, {
    statusCode: 400,
    message: messages,
    error: 'Bad Request',
  });
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('error', reject);
    request.on('end', () =>
      resolve(
        size > MAX_BODY_BYTES
          ? undefined
          : Buffer.concat(chunks).toString('utf8'),
      ),
    );
  });
}

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value !== '';

/** The checks the demo's OrderIdPipe and ValidationPipe make on a cancel, by hand. */
function validate(
  orderId: string,
  body: unknown,
): string[] | Record<string, string> {
  const messages: string[] = [];
  if (orderId.trim() === '') messages.push('orderId should not be empty');
  if (Buffer.byteLength(orderId, 'utf8') > 512)
    messages.push('orderId must be at most 512 bytes in UTF-8');
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return [...messages, 'body must be an object'];
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields))
    if (!ALLOWED_FIELDS.has(key))
      messages.push(`property ${key} should not exist`);
  if (!isNonEmptyString(fields.deliveryId))
    messages.push('deliveryId must be a non-empty string');
  if (!isNonEmptyString(fields.waybillId))
    messages.push('waybillId must be a non-empty string');
  if (fields.openid !== undefined && !isNonEmptyString(fields.openid))
    messages.push('openid must be a non-empty string');
  if (messages.length > 0) return messages;
  const wire: Record<string, string> = {
    order_id: orderId,
    delivery_id: fields.deliveryId as string,
    waybill_id: fields.waybillId as string,
  };
  if (fields.openid !== undefined) wire.openid = fields.openid as string;
  return wire;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  upstream: DirectClient,
  token: string,
): Promise<void> {
  const match = request.method === 'POST' && ROUTE.exec(request.url ?? '');
  if (!match) return send(response, 404, { statusCode: 404 });
  let orderId: string;
  try {
    orderId = decodeURIComponent(match[1]);
  } catch {
    return badRequest(response, ['orderId is not valid URL encoding']);
  }
  const raw = await readBody(request);
  if (raw === undefined)
    return send(response, 413, { statusCode: 413, message: 'too large' });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return badRequest(response, ['body is not JSON']);
  }
  const checked = validate(orderId, body);
  if (Array.isArray(checked)) return badRequest(response, checked);
  try {
    const reply = await upstream.post(CANCEL_WIRE_PATH, token, checked);
    send(response, 200, {
      deliveryResultcode: reply.delivery_resultcode,
      deliveryResultmsg: reply.delivery_resultmsg,
    });
  } catch (error) {
    send(response, 502, { statusCode: 502, message: (error as Error).message });
  }
}

/**
 * The baseline for the demo: a plain `node:http` server doing the same job by
 * hand (route, the same field checks, one keep-alive upstream call with a
 * token fetched once at start) and nothing else.
 */
export async function startBaselineServer(
  upstream: UpstreamInfo,
): Promise<RunningServer> {
  const { client, token } = await connectUpstream(upstream);
  const server = createServer((request, response) => {
    handle(request, response, client, token).catch(() =>
      send(response, 500, { statusCode: 500 }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      client.close();
    },
  };
}

/** A keep-alive client to the upstream and a token fetched once, as a hand-written server would hold them. */
export interface UpstreamConnection {
  readonly client: DirectClient;
  readonly token: string;
}

export async function connectUpstream(
  upstream: UpstreamInfo,
): Promise<UpstreamConnection> {
  const client = new DirectClient(upstream.url);
  const tokenReply = await client.post('/cgi-bin/stable_token', undefined, {
    grant_type: 'client_credential',
    appid: upstream.appId,
    secret: upstream.appSecret,
    force_refresh: false,
  });
  const token = tokenReply.access_token;
  if (typeof token !== 'string') throw new Error('no access_token');
  return { client, token };
}
