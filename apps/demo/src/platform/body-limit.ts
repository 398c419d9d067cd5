import { PayloadTooLargeException } from '@nestjs/common';

/** Largest request body the demo parses (JSON or XML); larger ones are answered 413. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * The 413 for a body over the limit, naming it. An HttpException, so Nest
 * answers it without logging: a client's oversized body is not a server error.
 */
export function payloadTooLarge(): PayloadTooLargeException {
  return new PayloadTooLargeException(
    `Request body is larger than the limit of ${BODY_LIMIT_BYTES / 1024} KiB (${BODY_LIMIT_BYTES} bytes)`,
  );
}
