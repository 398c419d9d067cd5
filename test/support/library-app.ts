import { HttpModule, HttpService } from '@nestjs/axios';
import { CacheModule } from '@nestjs/cache-manager';
import {
  type INestApplicationContext,
  type LoggerService,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type Cache } from 'cache-manager';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import {
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type TransportName } from './transports';

export interface LibraryApp {
  app: INestApplicationContext;
  service: WechatLogisticsService;
  cache: Cache;
}

/**
 * A bare app: CacheModule (memory) plus the module, to drive the service
 * directly; over `HttpService`, the module gets a real one from HttpModule.
 * Its log goes to `logger` when given (a test that makes it log an error
 * checks the line there), else to Nest's console logger.
 */
export async function startLibraryApp(
  options: WechatLogisticsModuleOptions,
  transport: TransportName = 'node:http',
  logger?: LoggerService,
): Promise<LibraryApp> {
  const wechat =
    transport === 'HttpService'
      ? WechatLogisticsModule.forRootAsync({
          imports: [HttpModule],
          inject: [HttpService],
          useFactory: (httpService: HttpService) => ({
            ...options,
            httpService,
          }),
        })
      : WechatLogisticsModule.forRoot(options);
  const builder = Test.createTestingModule({
    imports: [CacheModule.register({ isGlobal: true }), wechat],
  });
  const moduleRef = await (
    logger ? builder.setLogger(logger) : builder
  ).compile();
  const app = await moduleRef.init();
  return {
    app,
    service: app.get(WechatLogisticsService),
    cache: app.get<Cache>(CACHE_MANAGER),
  };
}

export function emulatorOptions(
  emulator: WechatEmulator,
  extra: Partial<WechatLogisticsModuleOptions> = {},
): WechatLogisticsModuleOptions {
  return {
    appId: emulator.appId,
    appSecret: emulator.appSecret,
    apiBaseUrl: emulator.url,
    timeoutMs: 500,
    ...extra,
  };
}
