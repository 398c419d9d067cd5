import { parsePushXml } from './push-xml';
import {
  type PushMisconfiguration,
  WechatPushError,
} from './wechat-push.error';

/** The data format chosen in the mini program console (§11). */
export type PushFormat = 'xml' | 'json';

/** Elements that are lists in WeChat's push XML, so one node still reads as an array. */
export const PUSH_XML_LIST_FIELDS: readonly string[] = ['Actions'];

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
/** The media types WeChat pushes with (XML or JSON, as chosen in the console). */
const WECHAT_TYPES =
  /^\s*(text\/xml|application\/xml|application\/json)\s*(;|$)/i;

const NO_RAW_BODY: PushMisconfiguration = {
  cause: 'no-raw-body',
  fix: "pushes arrive without their raw body: create the app with { rawBody: true } and register parsers for text/xml and application/json (Express: app.useBodyParser('text', { type: ['text/xml', 'application/xml'] }); Fastify: app.useBodyParser(['text/xml', 'application/xml'])), and pass req.rawBody to receive()",
};

function isWechatType(contentType: string | undefined): boolean {
  return contentType !== undefined && WECHAT_TYPES.test(contentType);
}

/**
 * The body as text, after the size limit and a strict UTF-8 decode. The size is
 * checked on bytes, before any parsing, so an oversized body costs nothing.
 */
export function readBodyText(
  body: string | Buffer | undefined,
  maxBytes: number,
  contentType?: string,
): string {
  // No raw body: no parser ran for this content type (or the app lacks rawBody).
  if (body === undefined) {
    throw new WechatPushError(
      'unsupported',
      `no raw body for content-type "${(contentType ?? '(none)').slice(0, 64)}": WeChat pushes text/xml or application/json; ` +
        "the app needs { rawBody: true } and a parser for them (app.useBodyParser('text', { type: ['text/xml', 'application/xml'] }))",
      // Only for the types WeChat sends: a correctly set-up app has their raw bytes, so their absence is ours to fix.
      { misconfiguration: isWechatType(contentType) ? NO_RAW_BODY : undefined },
    );
  }
  // A programming error, not WeChat's: say how to fix it instead of failing on `.length`.
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) {
    throw new TypeError(
      `WechatPushService.receive: body must be the raw request body (a Buffer or string), got ${body === null ? 'null' : typeof body}; pass req.rawBody.`,
    );
  }
  const charset = contentType ? CHARSET.exec(contentType)?.[1] : undefined;
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw new WechatPushError(
      'unsupported',
      `charset "${charset.slice(0, 32)}" (only UTF-8 is read)`,
    );
  }
  const size =
    typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
  if (size > maxBytes) {
    throw new WechatPushError(
      'too-large',
      `body is ${size} bytes, over the limit of ${maxBytes}`,
    );
  }
  let text: string;
  try {
    text =
      typeof body === 'string'
        ? body
        : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
            body,
          );
  } catch (error: unknown) {
    throw new WechatPushError('malformed', 'body is not valid UTF-8', {
      cause: error,
    });
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * XML or JSON, by the first non-blank character. The Content-Type is not
 * consulted for this: WeChat does not document the header it sends and proxies
 * rewrite it, while a body cannot lie about its own first character.
 */
export function detectFormat(text: string, what = 'body'): PushFormat {
  const first = /\S/.exec(text)?.[0];
  if (first === '<') return 'xml';
  if (first === '{') return 'json';
  throw new WechatPushError(
    'malformed',
    `${what} is neither an XML document nor a JSON object`,
  );
}

/** The top-level fields of a push body; XML values are all strings at this layer. */
export function parseFields(
  text: string,
  format: PushFormat,
  what = 'body',
): Record<string, unknown> {
  if (format === 'xml') {
    return parsePushXml(text, { listFields: PUSH_XML_LIST_FIELDS });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // No `cause`: V8's JSON.parse message quotes the input, and bodies stay out of errors.
    throw new WechatPushError('malformed', `${what} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new WechatPushError('malformed', `${what} is not a JSON object`);
  }
  return parsed as Record<string, unknown>;
}
