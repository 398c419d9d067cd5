import {
  type INestApplication,
  type NestApplicationOptions,
  ValidationPipe,
} from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { WechatApiExceptionFilter } from 'nestjs-wechat-logistics';

/** Options for NestFactory.create: push signatures cover the raw bytes, so the parsers keep them. */
export const DEMO_APP_OPTIONS: NestApplicationOptions = { rawBody: true };

/** Pipes, filters and docs: shared by main.ts and the e2e tests, so tests run what production runs. */
export function setupApp(app: INestApplication): INestApplication {
  // WeChat pushes XML as text/xml; JSON goes through the default JSON parser (100 kB limit → 413).
  (app as NestExpressApplication).useBodyParser('text', {
    type: ['text/xml', 'application/xml'],
    limit: '100kb',
  });
  app.useGlobalPipes(
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
