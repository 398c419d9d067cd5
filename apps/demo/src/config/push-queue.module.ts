import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule } from '@nestjs/common';
import {
  WECHAT_PUSH_QUEUE,
  WECHAT_SHIPMENT_QUEUE,
} from 'nestjs-wechat-logistics';

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

/**
 * The BullMQ queues on the demo's Redis: durable push delivery's
 * (`WECHAT_PUSH_DELIVERY=queue`) and durable shipments'
 * (`WECHAT_SHIPMENT_DELIVERY=queue`), each its own, on one connection.
 */
export function queueModules(
  redisUrl: string,
  queues: { pushes: boolean; shipments: boolean },
): DynamicModule[] {
  if (!queues.pushes && !queues.shipments) return [];
  return [
    BullModule.forRoot({ connection: bullConnection(redisUrl) }),
    ...(queues.pushes
      ? [BullModule.registerQueue({ name: WECHAT_PUSH_QUEUE })]
      : []),
    ...(queues.shipments
      ? [BullModule.registerQueue({ name: WECHAT_SHIPMENT_QUEUE })]
      : []),
  ];
}
