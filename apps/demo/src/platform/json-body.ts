import { BadRequestException } from '@nestjs/common';

/**
 * The demo's JSON bodies are objects. A body that is valid JSON but a bare
 * value (`null`, `1`, `"x"`, `true`) is refused as such, not as malformed
 * JSON; the same words as WechatValidationPipe's for an array.
 */
export function notAJsonObject(value: unknown): BadRequestException {
  const got =
    value === null
      ? 'null'
      : typeof value === 'string'
        ? 'a string'
        : typeof value === 'number'
          ? 'a number'
          : typeof value === 'boolean'
            ? `${String(value)}`
            : typeof value;
  return new BadRequestException(
    `Request body must be a JSON object (got ${got})`,
  );
}

/**
 * What a body JSON.parse accepts parses to, when that is a bare value rather
 * than an object or array; undefined otherwise (not JSON at all, or an
 * object). For telling "not an object" from "not JSON" after a strict parser
 * refused it.
 */
export function bareJsonValue(text: unknown): { value: unknown } | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value === null || typeof value !== 'object' ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/** Malformed JSON: the 400 that never quotes the body (it may hold a password). */
export const NOT_VALID_JSON = 'Request body is not valid JSON';
