import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  WechatLogisticsModule,
  type WechatLogisticsModuleOptions,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { type UpstreamInfo } from './upstream';

export interface LibraryApp {
  readonly service: WechatLogisticsService;
  close(): Promise<void>;
}

/**
 * The library as an app gets it: `WechatLogisticsModule.forRoot` in a Nest
 * context (no HTTP server), its private memory token cache cold, pointed at the
 * bench's emulator. Each call builds a fresh pool and cache.
 */
export async function startLibrary(
  upstream: UpstreamInfo,
  options: Partial<WechatLogisticsModuleOptions> = {},
): Promise<LibraryApp> {
  const context: INestApplicationContext =
    await NestFactory.createApplicationContext(
      WechatLogisticsModule.forRoot({
        appId: upstream.appId,
        appSecret: upstream.appSecret,
        apiBaseUrl: upstream.url,
        ...options,
      }),
      { logger: false },
    );
  return {
    service: context.get(WechatLogisticsService),
    close: () => context.close(),
  };
}
