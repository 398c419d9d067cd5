import { BadRequestException, type INestApplication } from '@nestjs/common';
import { type Server } from 'node:http';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { BODY_LIMIT_BYTES } from './body-limit';
import { readBodiesAsExpressDoes } from './fastify-body-stream';
import { NOT_VALID_JSON, notAJsonObject } from './json-body';
import { XML_TYPES, unsupportedMediaType } from './media-types';

/**
 * An HttpException, which Nest answers as its standard 400 without logging it
 * (a plain error with a statusCode would be answered too, but logged as a
 * server error).
 */
function malformedJson(): BadRequestException {
  return new BadRequestException(NOT_VALID_JSON);
}

/**
 * Fastify: its own JSON and text parsers are replaced by a JSON parser whose
 * error does not quote the body (JSON.parse's message does: a carrier
 * password in a malformed bindAccount body would come back in the 400) and a
 * parser for WeChat's XML pushes; both keep the raw bytes (`rawBody: true`).
 * Any other content type is answered 415.
 */
export function useFastifyBodyParsers(app: INestApplication): void {
  const fastify = app as NestFastifyApplication;
  const instance = fastify.getHttpAdapter().getInstance();
  instance.removeAllContentTypeParsers();
  readBodiesAsExpressDoes(instance);
  // `__proto__` / `constructor.prototype` keys are dropped, as ValidationPipe
  // drops them from what Express's parser makes: the same answer on both.
  const parseJson = instance.getDefaultJsonParser('remove', 'remove');
  fastify.useBodyParser<Server>(
    'application/json',
    { bodyLimit: BODY_LIMIT_BYTES },
    (request, body, done) => {
      void parseJson(request, body.toString('utf8'), (error, value) => {
        if (error) done(malformedJson(), undefined);
        // `null` or a bare value: refused as Express's strict parser refuses it.
        else if (value === null || typeof value !== 'object')
          done(notAJsonObject(value), undefined);
        else done(null, value);
      });
    },
  );
  fastify.useBodyParser(XML_TYPES, { bodyLimit: BODY_LIMIT_BYTES });
  // Any other type: the same 415 as on Express, naming what to send.
  instance.addContentTypeParser('*', (request, _payload, done) =>
    done(unsupportedMediaType(request.headers['content-type']), undefined),
  );
}
