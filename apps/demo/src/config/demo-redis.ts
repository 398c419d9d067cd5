import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createClient } from '@redis/client';

export type DemoRedisClient = ReturnType<typeof createDemoRedisClient>;

/** How long the demo's start waits for Redis before going on without it. */
const BOOT_WAIT_MS = 1000;

/**
 * The demo's Redis connection (`REDIS_URL`), shared by the token cache (Keyv)
 * and the token lock. Redis being down never stops the demo: it starts anyway,
 * commands fail at once while Redis is away (the library then uses a
 * per-instance token), and the client reconnects by itself.
 */
export class DemoRedis implements OnApplicationShutdown {
  private constructor(readonly client: DemoRedisClient | undefined) {}

  static async connect(url: string | undefined): Promise<DemoRedis> {
    if (!url) return new DemoRedis(undefined);
    const client = createDemoRedisClient(url);
    let timer: NodeJS.Timeout | undefined;
    const connected = await Promise.race([
      client.connect().then(
        () => true,
        () => false,
      ),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), BOOT_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
    const where = new URL(url).host; // never the password
    new Logger('Demo').log(
      connected
        ? `Access tokens shared through Redis at ${where}`
        : `Redis at ${where} is not answering; starting anyway (per-instance tokens until it does)`,
    );
    return new DemoRedis(client);
  }

  /** After CacheModule's own disconnect; closes whatever is still open. */
  onApplicationShutdown(): void {
    if (this.client?.isOpen) this.client.destroy();
  }
}

/**
 * A node-redis client that never makes a request hang: `@keyv/redis`'s default
 * client queues commands while Redis is unreachable and waits for it forever.
 */
export function createDemoRedisClient(url: string) {
  const client = createClient({
    url,
    // While disconnected every command fails at once instead of waiting in a queue…
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1000,
      // …and the client keeps reconnecting in the background (0.1 s, 0.2 s, … then every 2 s).
      reconnectStrategy: (retries: number) =>
        Math.min(100 * 2 ** retries, 2000) + Math.floor(Math.random() * 100),
    },
  });
  // Unhandled, an 'error' event would end the process; the library logs outages (once each).
  client.on('error', () => undefined);
  return client;
}
