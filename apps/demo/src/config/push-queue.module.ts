import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule } from '@nestjs/common';
import { WECHAT_PUSH_QUEUE } from 'nestjs-wechat-logistics';

/**
 * BullMQ's connection options for a `redis://` / `rediss://` URL (BullMQ
 * takes ioredis options, not a URL).
 */
export function bullConnection(url: string): {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: object;
} {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username && { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password && { password: decodeURIComponent(parsed.password) }),
    ...(db && { db: Number(db) }),
    ...(parsed.protocol === 'rediss:' && { tls: {} }),
  };
}

/** The queue of durable push delivery (`WECHAT_PUSH_DELIVERY=queue`), on the demo's Redis. */
export function pushQueueModules(redisUrl: string): DynamicModule[] {
  return [
    BullModule.forRoot({ connection: bullConnection(redisUrl) }),
    BullModule.registerQueue({ name: WECHAT_PUSH_QUEUE }),
  ];
}
