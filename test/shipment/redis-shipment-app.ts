import { BullModule } from '@nestjs/bullmq';
import { CacheModule } from '@nestjs/cache-manager';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  RedisPushClaim,
  WECHAT_SHIPMENT_QUEUE,
  WechatLogisticsModule,
  type WechatShipmentQueueOptions,
  WechatShipmentService,
} from 'nestjs-wechat-logistics';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { createKeyvRedisStore } from '../../apps/demo/src/config/cache-options.factory';
import { createDemoRedisClient } from '../../apps/demo/src/config/demo-redis';
import { bullConnection } from '../../apps/demo/src/config/push-queue.module';

export interface RedisShipmentApp {
  readonly app: INestApplicationContext;
  readonly shipments: WechatShipmentService;
  close(): Promise<void>;
}

/**
 * One instance of a cluster as the README wires it: the token cache (and so
 * the shipment records) and the claims on the shared Redis, and, with
 * `queue`, BullMQ on it with the shipments' queue registered.
 */
export async function startRedisShipmentApp(options: {
  redisUrl: string;
  namespace: string;
  wechat: WechatEmulator;
  queue?: Omit<WechatShipmentQueueOptions, 'queue'>;
}): Promise<RedisShipmentApp> {
  const { redisUrl, namespace, wechat } = options;
  const client = createDemoRedisClient(redisUrl);
  await client.connect();
  const app = await NestFactory.createApplicationContext(
    {
      module: class RedisShipmentTestModule {},
      imports: [
        CacheModule.register({
          isGlobal: true,
          stores: [createKeyvRedisStore(client, namespace)],
        }),
        ...(options.queue
          ? [
              BullModule.forRoot({
                connection: bullConnection(redisUrl),
                prefix: namespace,
              }),
              BullModule.registerQueue({ name: WECHAT_SHIPMENT_QUEUE }),
            ]
          : []),
        WechatLogisticsModule.forRoot({
          appId: wechat.appId,
          appSecret: wechat.appSecret,
          apiBaseUrl: wechat.url,
          timeoutMs: 500,
          carrierCodes: { TEST: 'TEST' },
          pushClaim: new RedisPushClaim(client, { keyPrefix: `${namespace}:` }),
          ...(options.queue
            ? { shipments: { queue: WECHAT_SHIPMENT_QUEUE, ...options.queue } }
            : {}),
        }),
      ],
    },
    { logger: false, abortOnError: false },
  );
  return {
    app,
    shipments: app.get(WechatShipmentService),
    close: async () => {
      await app.close();
      if (client.isOpen) client.destroy();
    },
  };
}
