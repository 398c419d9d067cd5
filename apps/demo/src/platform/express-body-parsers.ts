import { type INestApplication } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { BODY_LIMIT_BYTES } from './body-limit';
import { answerBodyParserErrors } from './body-parser-errors.middleware';
import { XML_TYPES } from './media-types';
import { cutOversizedBodies } from './oversized-body.middleware';
import { refuseUnsupportedBodies } from './unsupported-media-type.middleware';

/**
 * Express: the JSON parser Nest would add (registered here, so the middleware
 * after it can answer its errors: syntax without quoting the body, size
 * naming the limit) and a text parser for WeChat's XML pushes; both keep the
 * raw bytes (`rawBody: true`).
 */
export function useExpressBodyParsers(app: INestApplication): void {
  const express = app as NestExpressApplication;
  // A JSON API: no ETag hashing of every response body, no framework banner.
  express.set('etag', false);
  express.disable('x-powered-by');
  app.use(refuseUnsupportedBodies);
  // Before the parsers: it must see the body as it arrives, not once it is all read.
  app.use(cutOversizedBodies);
  express.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  express.useBodyParser('text', {
    type: XML_TYPES,
    limit: BODY_LIMIT_BYTES,
  });
  // Either parser's malformed-JSON and too-large errors, answered as the client's mistakes they are.
  app.use(answerBodyParserErrors);
}
