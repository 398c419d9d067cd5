import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { type DemoEnv, validateDemoEnv } from './config/demo-env';
import { createDemoLogger } from './logging/demo-logger';
import { SandboxService } from './sandbox/sandbox.service';
import { DEMO_APP_OPTIONS, setupApp } from './setup-app';

async function bootstrap(): Promise<void> {
  // The logger exists before the app (and its ConfigModule): the same checks, read once more here.
  const logger = createDemoLogger(validateDemoEnv(process.env));
  const app = setupApp(
    await NestFactory.create(AppModule.register(process.env), {
      ...DEMO_APP_OPTIONS,
      logger,
    }),
  );
  app.enableShutdownHooks();
  const port = app
    .get(ConfigService<DemoEnv, true>)
    .get('PORT', { infer: true });
  await app.listen(port);
  app
    .get(SandboxService)
    .connectPush(`http://127.0.0.1:${port}/logistics/events`);
  new Logger('Demo').log(
    `Listening on http://localhost:${port} (API docs at /docs)`,
  );
}

void bootstrap();
