import { UnsupportedMediaTypeException } from '@nestjs/common';

/** The bodies the demo reads: JSON everywhere, and XML for WeChat's pushes. */
export const JSON_TYPES = ['application/json'];
export const XML_TYPES = ['text/xml', 'application/xml'];

/**
 * The 415 for a body of any other type. Without it Express would drop such a
 * body silently and the answer would blame fields that were sent
 * (`deliveryId should not be empty` for curl's default form encoding).
 */
export function unsupportedMediaType(
  contentType: string | undefined,
): UnsupportedMediaTypeException {
  const given = (contentType ?? '').split(';')[0].trim().slice(0, 64);
  return new UnsupportedMediaTypeException(
    `Content-Type ${given === '' ? '(none)' : `"${given}"`} is not accepted: send the body as JSON with "Content-Type: application/json"`,
  );
}

/** Whether `contentType` is one the demo parses. */
export function isAcceptedBodyType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return JSON_TYPES.includes(type) || XML_TYPES.includes(type);
}
