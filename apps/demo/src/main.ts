import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { type DemoEnv, validateDemoEnv } from './config/demo-env';
import { createDemoLogger } from './logging/demo-logger';
import { createHttpAdapter } from './platform/demo-platform';
import { SandboxService } from './sandbox/sandbox.service';
import { DEMO_APP_OPTIONS, setupApp } from './setup-app';

async function bootstrap(): Promise<void> {
  // The logger and the platform exist before the app (and its ConfigModule):
  // the same checks, read once more here.
  const env = validateDemoEnv(process.env);
  const app = setupApp(
    await NestFactory.create(
      AppModule.register(process.env),
      createHttpAdapter(env.HTTP_ADAPTER, env),
      { ...DEMO_APP_OPTIONS, logger: createDemoLogger(env) },
    ),
  );
  app.enableShutdownHooks();
  const port = app
    .get(ConfigService<DemoEnv, true>)
    .get('PORT', { infer: true });
  // Every interface, as Express does by default (Fastify's default is loopback only).
  if (env.HTTP_ADAPTER === 'fastify') await app.listen(port, '0.0.0.0');
  else await app.listen(port);
  app.get(SandboxService).connectPush(`http://127.0.0.1:${port}`);
  const mode = env.WECHAT_APP_ID ? 'WeChat' : 'sandbox';
  new Logger('Demo').log(
    `Listening on http://localhost:${port} (${env.HTTP_ADAPTER}, ${mode} mode; API docs at http://localhost:${port}/docs)`,
  );
}

void bootstrap();
