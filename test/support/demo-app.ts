import { type INestApplication, type LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { AppModule } from '../../apps/demo/src/app.module';
import { validateDemoEnv } from '../../apps/demo/src/config/demo-env';
import {
  type DemoPlatform,
  createHttpAdapter,
  whenReady,
} from '../../apps/demo/src/platform/demo-platform';
import { DEMO_APP_OPTIONS, setupApp } from '../../apps/demo/src/setup-app';

/**
 * The demo app exactly as main.ts builds it, configured from `env`, on
 * Express or Fastify, on no port (supertest drives `getHttpServer()`).
 */
export async function startDemoApp(
  env: Record<string, string | undefined>,
  logger: LoggerService | false = false,
  platform: DemoPlatform = 'express',
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(env)],
  })
    .setLogger(logger === false ? silentLogger : logger)
    .compile();
  const app = setupApp(
    moduleRef.createNestApplication(
      createHttpAdapter(platform, validateDemoEnv(env)),
      {
        ...DEMO_APP_OPTIONS,
        logger,
      },
    ),
  );
  await app.init();
  await whenReady(app);
  return app;
}

/** The demo pointed at a test's own emulator, with a short timeout so fault tests stay fast. */
export function emulatorEnv(
  emulator: WechatEmulator,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    WECHAT_APP_ID: emulator.appId,
    WECHAT_APP_SECRET: emulator.appSecret,
    WECHAT_API_BASE_URL: emulator.url,
    WECHAT_TIMEOUT_MS: '500',
    ...extra,
  };
}

const silentLogger: LoggerService = {
  log() {},
  error() {},
  warn() {},
  debug() {},
  verbose() {},
  fatal() {},
};
