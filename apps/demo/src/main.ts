import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { type DemoEnv } from './config/demo-env';
import { setupApp } from './setup-app';

async function bootstrap(): Promise<void> {
  const app = setupApp(
    await NestFactory.create(AppModule.register(process.env)),
  );
  app.enableShutdownHooks();
  const port = app
    .get(ConfigService<DemoEnv, true>)
    .get('PORT', { infer: true });
  await app.listen(port);
  new Logger('Demo').log(
    `Listening on http://localhost:${port} (API docs at /docs)`,
  );
}

void bootstrap();
