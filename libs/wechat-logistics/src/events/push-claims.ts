import { type WechatPushClaim } from '../core/interfaces';
import { InMemoryTokenLock } from '../core/token/in-memory-token-lock';
import {
  type RedisCommandClient,
  RedisTokenLock,
  type RedisTokenLockOptions,
} from '../core/token/redis-token-lock';

/**
 * The default {@link WechatPushClaim}: one process's memory (enough for a
 * single instance). The same owner-checked expiring key as the token lock.
 */
export class InMemoryPushClaim implements WechatPushClaim {
  private readonly keys = new InMemoryTokenLock();

  tryClaim(key: string, ttlMs: number): Promise<string | undefined> {
    return this.keys.tryAcquire(key, ttlMs);
  }

  release(key: string, owner: string): Promise<boolean> {
    return this.keys.release(key, owner);
  }

  extend(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.keys.extend(key, owner, ttlMs);
  }
}

/**
 * {@link WechatPushClaim} on Redis: `SET key owner NX PX ttl`, released by a
 * compare-and-delete script, exactly as `RedisTokenLock` (any client with
 * `sendCommand`, e.g. node-redis v4+).
 */
export class RedisPushClaim implements WechatPushClaim {
  private readonly keys: RedisTokenLock;

  constructor(client: RedisCommandClient, options: RedisTokenLockOptions = {}) {
    this.keys = new RedisTokenLock(client, options);
  }

  tryClaim(key: string, ttlMs: number): Promise<string | undefined> {
    return this.keys.tryAcquire(key, ttlMs);
  }

  release(key: string, owner: string): Promise<boolean> {
    return this.keys.release(key, owner);
  }

  extend(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.keys.extend(key, owner, ttlMs);
  }
}
