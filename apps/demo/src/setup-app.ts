import {
  type INestApplication,
  type NestApplicationOptions,
} from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  WechatApiExceptionFilter,
  WechatValidationPipe,
} from 'nestjs-wechat-logistics';
import { platformOf } from './platform/demo-platform';
import { useExpressBodyParsers } from './platform/express-body-parsers';
import { useFastifyBodyParsers } from './platform/fastify-body-parsers';
import { MethodNotAllowedFilter } from './platform/method-not-allowed.filter';
import { documentAppRoutes } from './openapi/document-app-routes';
import { ErrorBody } from './openapi/error-body.schema';
import { dropAbsentPathParameters } from './openapi/openapi-path-parameters';

/**
 * Options for NestFactory.create: push signatures cover the raw bytes, so the
 * parsers keep them; the parsers are the ones setupApp registers (JSON, XML),
 * not Nest's defaults, which would add a urlencoded parser no route takes.
 */
export const DEMO_APP_OPTIONS: NestApplicationOptions = {
  rawBody: true,
  bodyParser: false,
};

/**
 * Parsers, pipes, filters and docs, on Express or Fastify: shared by main.ts
 * and the e2e tests, so tests run what production runs.
 */
export function setupApp(app: INestApplication): INestApplication {
  if (platformOf(app) === 'fastify') useFastifyBodyParsers(app);
  else useExpressBodyParsers(app);
  app.useGlobalPipes(
    // ValidationPipe's answers; valid flat bodies skip its per-request metadata
    // lookup, and bodies nested thousands of levels deep get a 400, not a stack overflow.
    new WechatValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
    }),
  );
  app.useGlobalFilters(
    new WechatApiExceptionFilter(),
    // A wrong method on a known path: 405 with Allow, not Nest's 404.
    new MethodNotAllowedFilter(app.getHttpAdapter()),
  );
  const document = documentAppRoutes(
    dropAbsentPathParameters(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('nestjs-wechat-logistics demo')
          .setDescription(
            'Every capability of the WeChat logistics assistant (物流助手), order shipping info (发货信息管理), waybill tracking for buyers (物流服务) and returns (退货组件) APIs over REST. ' +
              'Every error body has statusCode, message and error; WeChat refusals add errcode, errmsg, rid and the carrier fields.',
          )
          .setVersion('0.1.0')
          .build(),
        { extraModels: [ErrorBody] },
      ),
    ),
  );
  SwaggerModule.setup('docs', app, document);
  return app;
}
