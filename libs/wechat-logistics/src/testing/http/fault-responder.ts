import { type ServerResponse, STATUS_CODES } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type EmulatorFault } from './fault-injector';
import { sendJson, sendText } from './http-io';
import { errorReply } from './wechat-reply';

/** What happens after a fault acted: the request is finished, or normal handling goes on. */
export type FaultOutcome = 'handled' | 'continue';

/** A truncated success body: parses as nothing, like a reply cut off mid-stream. */
export const MALFORMED_JSON_BODY = '{"errcode":0,"errm';

/** The kind of page a gateway in front of WeChat answers with. */
function defaultHtml(httpStatus: number): string {
  const title = `${httpStatus} ${STATUS_CODES[httpStatus] ?? 'Error'}`;
  return (
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  );
}

/**
 * Carries out one injected fault on a response. `lifetime` is aborted when the
 * emulator stops, so a pending delay never keeps the process (or Jest) alive.
 */
export async function applyFault(
  fault: Readonly<EmulatorFault>,
  response: ServerResponse,
  lifetime: AbortSignal,
): Promise<FaultOutcome> {
  if (fault.delayMs !== undefined && fault.delayMs > 0) {
    await sleep(fault.delayMs, undefined, { signal: lifetime });
  }
  if (fault.reset) {
    // RST rather than FIN, so clients see ECONNRESET as with a real dropped connection.
    response.socket?.resetAndDestroy();
    return 'handled';
  }
  if (fault.hang) {
    // Deliberately never answered; stop() destroys the socket.
    return 'handled';
  }
  if (fault.httpStatus !== undefined) {
    const html = fault.htmlBody ?? defaultHtml(fault.httpStatus);
    sendText(response, fault.httpStatus, 'text/html', html);
    return 'handled';
  }
  if (fault.malformedJson) {
    sendText(
      response,
      200,
      'application/json; charset=utf-8',
      MALFORMED_JSON_BODY,
    );
    return 'handled';
  }
  if (
    fault.errcode !== undefined ||
    fault.errmsg !== undefined ||
    fault.body !== undefined
  ) {
    const errcode = fault.errcode ?? 0;
    const errmsg = fault.errmsg ?? (errcode === 0 ? 'ok' : undefined);
    const reply = errorReply(errcode, fault.body, errmsg);
    sendJson(response, reply.httpStatus, reply.body);
    return 'handled';
  }
  return 'continue';
}
