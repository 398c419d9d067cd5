import { BadRequestException, type INestApplication } from '@nestjs/common';
import { type Server } from 'node:http';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Transform } from 'node:stream';
import { BODY_LIMIT_BYTES, payloadTooLarge } from './body-limit';
import { bodyNotReceived } from './body-read-errors';
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
  refuseOversizedBodies(instance);
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

type FastifyInstance = ReturnType<
  ReturnType<NestFastifyApplication['getHttpAdapter']>['getInstance']
>;

/**
 * Fastify's own 413 (FST_ERR_CTP_BODY_TOO_LARGE) is not an HttpException, so
 * Nest would log every oversized body as a server error. Before the parsers
 * run, a declared length over the limit is refused at once and an undeclared
 * (chunked) one is counted as it streams, both with the 413 that names the
 * limit and `Connection: close`: Node then closes the connection once the
 * answer is out instead of reading the rest of the body to keep it open.
 * A body whose client goes away (or that the request timeout cuts) fails with
 * an HttpException too: Node's bare "aborted" would be logged as a server
 * error, and there is no one left to answer.
 */
function refuseOversizedBodies(instance: FastifyInstance): void {
  // Callback style, not async: no promise per request on the hot path.
  instance.addHook('preParsing', (request, reply, payload, done) => {
    const declared = request.headers['content-length'];
    const chunked =
      declared === undefined &&
      request.headers['transfer-encoding'] !== undefined;
    // Fastify itself refuses a body longer than it declared.
    if (declared !== undefined && Number(declared) > BODY_LIMIT_BYTES) {
      reply.header('connection', 'close');
      done(payloadTooLarge());
      return;
    }
    if (!chunked && !(Number(declared) > 0)) {
      done(null, payload);
      return;
    }
    let received = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        received += chunk.length;
        if (chunked && received > BODY_LIMIT_BYTES) {
          reply.header('connection', 'close');
          next(payloadTooLarge());
        } else next(null, chunk);
      },
    });
    payload.once('error', () => counted.destroy(bodyNotReceived()));
    done(null, payload.pipe(counted));
  });
}
