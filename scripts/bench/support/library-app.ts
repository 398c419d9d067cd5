import { HttpModule, HttpService } from '@nestjs/axios';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  WechatLogisticsModule,
  type WechatLogisticsModuleOptions,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { type UpstreamInfo } from './upstream';

export interface LibraryApp {
  readonly service: WechatLogisticsService;
  /** Any other provider of the module (another family's service), as Nest resolves it. */
  readonly get: INestApplicationContext['get'];
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
    get: context.get.bind(context),
    close: () => context.close(),
  };
}

export interface LibraryOverHttpService extends LibraryApp {
  /** The app's HttpService the library sends through, for hand-written twins. */
  readonly httpService: HttpService;
}

/** The library with `httpService`: every request through @nestjs/axios's HttpService from HttpModule. */
export async function startLibraryOverHttpService(
  upstream: UpstreamInfo,
): Promise<LibraryOverHttpService> {
  @Module({ imports: [HttpModule], exports: [HttpModule] })
  class EgressModule {}
  @Module({
    imports: [
      EgressModule,
      WechatLogisticsModule.forRootAsync({
        imports: [EgressModule],
        inject: [HttpService],
        useFactory: (httpService: HttpService) => ({
          appId: upstream.appId,
          appSecret: upstream.appSecret,
          apiBaseUrl: upstream.url,
          httpService,
        }),
      }),
    ],
  })
  class BenchModule {}
  const context = await NestFactory.createApplicationContext(BenchModule, {
    logger: false,
  });
  return {
    service: context.get(WechatLogisticsService),
    get: context.get.bind(context),
    httpService: context.get(HttpService),
    close: () => context.close(),
  };
}
