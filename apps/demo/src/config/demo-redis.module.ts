import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type DemoEnv } from './demo-env';
import { DemoRedis } from './demo-redis';

/** One Redis connection for the token cache and the token lock (none without `REDIS_URL`). */
@Module({
  providers: [
    {
      provide: DemoRedis,
      useFactory: (config: ConfigService<DemoEnv, true>) =>
        DemoRedis.connect(config.get('REDIS_URL', { infer: true })),
      inject: [ConfigService],
    },
  ],
  exports: [DemoRedis],
})
export class DemoRedisModule {}
