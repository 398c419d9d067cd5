import { UnsupportedMediaTypeException } from '@nestjs/common';

/**
 * The 415 for a body of a type the routes do not read: the app's own
 * middleware answers it from the `Content-Type` header, and
 * WechatValidationPipe answers it for a JSON body a form parser has already
 * taken apart (curl's `-d` without `-H 'Content-Type: application/json'`).
 * The header is cut to its media type (64 characters at most); the body is never quoted.
 */
export function unsupportedMediaType(
  contentType: string | undefined,
): UnsupportedMediaTypeException {
  const given = (contentType ?? '').split(';')[0].trim().slice(0, 64);
  return new UnsupportedMediaTypeException(
    `Content-Type ${given === '' ? '(none)' : `"${given}"`} is not accepted: send the body as JSON with "Content-Type: application/json"`,
  );
}
