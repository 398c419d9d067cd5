import {
  type INestApplication,
  type NestApplicationOptions,
} from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  WechatApiExceptionFilter,
  WechatValidationPipe,
} from 'nestjs-wechat-logistics';
import { hideBodyInJsonParseErrors } from './json-parse-error.middleware';

/**
 * Options for NestFactory.create: push signatures cover the raw bytes, so the
 * parsers keep them; the parsers are the two setupApp registers (JSON, XML),
 * not Nest's defaults, which would add a urlencoded parser no route takes.
 */
export const DEMO_APP_OPTIONS: NestApplicationOptions = {
  rawBody: true,
  bodyParser: false,
};

/** Pipes, filters and docs: shared by main.ts and the e2e tests, so tests run what production runs. */
export function setupApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  // A JSON API: no ETag hashing of every response body, no framework banner.
  express.set('etag', false);
  express.disable('x-powered-by');
  // The JSON parser Nest would add (100 kB limit → 413), registered here so that
  // the middleware after it can answer its syntax errors without quoting the body.
  express.useBodyParser('json', { limit: '100kb' });
  app.use(hideBodyInJsonParseErrors);
  // WeChat pushes XML as text/xml (or JSON, through the parser above).
  express.useBodyParser('text', {
    type: ['text/xml', 'application/xml'],
    limit: '100kb',
  });
  app.useGlobalPipes(
    // ValidationPipe's answers; valid flat bodies skip its per-request metadata
    // lookup, and bodies nested thousands of levels deep get a 400, not a stack overflow.
    new WechatValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
    }),
  );
  app.useGlobalFilters(new WechatApiExceptionFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('nestjs-wechat-logistics demo')
      .setDescription(
        'Every capability of the WeChat logistics assistant (物流助手) API over REST',
      )
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
}
