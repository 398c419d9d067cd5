import { type IncomingMessage, type ServerResponse } from 'node:http';

/** Reads the whole request body as UTF-8 (WeChat bodies are small JSON documents). */
export async function readRawBody(request: IncomingMessage): Promise<string> {
  return (await readRawBytes(request)).toString('utf8');
}

/** The request body's exact bytes: what an API-security signature covers. */
export async function readRawBytes(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(
      typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer),
    );
  }
  return Buffer.concat(chunks);
}

/**
 * Writes a complete response with an explicit Content-Length and no
 * `Connection: close`, so clients can keep the socket alive and reuse it.
 */
export function sendText(
  response: ServerResponse,
  httpStatus: number,
  contentType: string,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.writableEnded || response.destroyed) return;
  const payload = Buffer.from(text, 'utf8');
  response.writeHead(httpStatus, {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': payload.length,
  });
  response.end(payload);
}

/** JSON with Chinese left unescaped, as WeChat sends it. */
export function sendJson(
  response: ServerResponse,
  httpStatus: number,
  body: unknown,
): void {
  sendText(
    response,
    httpStatus,
    'application/json; charset=utf-8',
    JSON.stringify(body),
  );
}
