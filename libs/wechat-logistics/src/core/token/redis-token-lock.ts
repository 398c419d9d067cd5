import { randomUUID } from 'node:crypto';
import { type WechatTokenLock } from '../interfaces';

/**
 * What {@link RedisTokenLock} needs of a Redis client: node-redis (`redis` /
 * `@redis/client` v4 or v5, `createClient()`) has it as is. For another client,
 * pass `{ sendCommand: (args) => other.call(...args) }`.
 */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

export interface RedisTokenLockOptions {
  /**
   * Put before every lock key, to keep apps or environments that share one Redis apart.
   * @default ''
   */
  keyPrefix?: string;
}

/** Deletes the key only if it still holds our owner value: a holder whose lock expired never frees another's. */
/** Renews the key's TTL only if it still holds our owner value. */
const EXTEND_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * A {@link WechatTokenLock} on Redis: `SET key owner NX PX ttl` to take it, a
 * Lua compare-and-delete to free it. The lock expires by itself, so a crashed
 * holder delays the others by at most its TTL. The client stays the app's: it
 * is neither connected nor closed here. Configure it to fail fast while Redis
 * is down (`disableOfflineQueue`, a `reconnectStrategy`), see the README.
 */
export class RedisTokenLock implements WechatTokenLock {
  private readonly keyPrefix: string;

  constructor(
    private readonly client: RedisCommandClient,
    options: RedisTokenLockOptions = {},
  ) {
    this.keyPrefix = options.keyPrefix ?? '';
  }

  async tryAcquire(key: string, ttlMs: number): Promise<string | undefined> {
    const owner = randomUUID();
    const reply = await this.client.sendCommand([
      'SET',
      this.keyPrefix + key,
      owner,
      'NX',
      'PX',
      String(Math.max(1, Math.ceil(ttlMs))),
    ]);
    return reply === 'OK' ? owner : undefined;
  }

  async extend(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const reply = await this.client.sendCommand([
      'EVAL',
      EXTEND_SCRIPT,
      '1',
      this.keyPrefix + key,
      owner,
      String(Math.max(1, Math.ceil(ttlMs))),
    ]);
    return Number(reply) === 1;
  }

  async release(key: string, owner: string): Promise<boolean> {
    const reply = await this.client.sendCommand([
      'EVAL',
      RELEASE_SCRIPT,
      '1',
      this.keyPrefix + key,
      owner,
    ]);
    return Number(reply) === 1;
  }
}
