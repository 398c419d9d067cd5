import { CACHE_MANAGER, CacheModule } from '@nestjs/cache-manager';
import { type LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type Cache } from 'cache-manager';
import {
  RedisTokenLock,
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { createKeyvRedisStore } from '../../../apps/demo/src/config/cache-options.factory';
import {
  type DemoRedisClient,
  createDemoRedisClient,
} from '../../../apps/demo/src/config/demo-redis';
import { type LibraryApp } from '../../support/library-app';

export interface RedisLibraryApp extends LibraryApp {
  readonly client: DemoRedisClient;
  close(): Promise<void>;
}

/**
 * One instance of a cluster: the module on a Redis token cache (Keyv, keys
 * under `namespace`) and a RedisTokenLock, wired like the demo wires them.
 * Apps started with the same namespace share tokens. Starts even when Redis is down.
 */
export async function startRedisLibraryApp(
  options: WechatLogisticsModuleOptions,
  redisUrl: string,
  namespace: string,
  logger?: LoggerService,
): Promise<RedisLibraryApp> {
  const client = createDemoRedisClient(redisUrl);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.connect().catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, 1000))),
  ]);
  clearTimeout(timer);
  const builder = Test.createTestingModule({
    imports: [
      CacheModule.register({
        isGlobal: true,
        stores: [createKeyvRedisStore(client, namespace)],
      }),
      WechatLogisticsModule.forRoot({
        ...options,
        tokenLock: new RedisTokenLock(client, { keyPrefix: `${namespace}:` }),
      }),
    ],
  });
  if (logger) builder.setLogger(logger);
  const app = await (await builder.compile()).init();
  return {
    app,
    client,
    service: app.get(WechatLogisticsService),
    cache: app.get<Cache>(CACHE_MANAGER),
    close: async () => {
      await app.close();
      if (client.isOpen) client.destroy();
    },
  };
}
