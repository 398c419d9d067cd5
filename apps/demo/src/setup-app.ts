import {
  type INestApplication,
  type NestApplicationOptions,
  ValidationPipe,
} from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { WechatApiExceptionFilter } from 'nestjs-wechat-logistics';
import { BodyDepthPipe } from './body-depth.pipe';
import { hideBodyInJsonParseErrors } from './json-parse-error.middleware';

/** Options for NestFactory.create: push signatures cover the raw bytes, so the parsers keep them. */
export const DEMO_APP_OPTIONS: NestApplicationOptions = { rawBody: true };

/** Pipes, filters and docs: shared by main.ts and the e2e tests, so tests run what production runs. */
export function setupApp(app: INestApplication): INestApplication {
  // The JSON parser Nest would add (100 kB limit → 413), registered here so that
  // the middleware after it can answer its syntax errors without quoting the body.
  (app as NestExpressApplication).useBodyParser('json', { limit: '100kb' });
  app.use(hideBodyInJsonParseErrors);
  // WeChat pushes XML as text/xml (or JSON, through the parser above).
  (app as NestExpressApplication).useBodyParser('text', {
    type: ['text/xml', 'application/xml'],
    limit: '100kb',
  });
  app.useGlobalPipes(
    // First: a body nested thousands of levels deep would overflow the ValidationPipe's stack.
    new BodyDepthPipe(),
    new ValidationPipe({
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
