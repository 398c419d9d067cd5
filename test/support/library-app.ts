import { CacheModule } from '@nestjs/cache-manager';
import { type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type Cache } from 'cache-manager';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import {
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';

export interface LibraryApp {
  app: INestApplicationContext;
  service: WechatLogisticsService;
  cache: Cache;
}

/** A bare app: CacheModule (memory) plus the module, to drive the service directly. */
export async function startLibraryApp(
  options: WechatLogisticsModuleOptions,
): Promise<LibraryApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      CacheModule.register({ isGlobal: true }),
      WechatLogisticsModule.forRoot(options),
    ],
  }).compile();
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
