import { Logger } from '@nestjs/common';
import { SwitchableStore } from '../../../../../test/cluster/support/switchable-store';
import { type WechatTokenLock } from '../interfaces';
import { InMemoryTokenLock } from '../token/in-memory-token-lock';
import {
  SharedStore,
  TokenStoreUnavailableError,
} from './shared-store';

const TIMEOUT_MS = 100;
const soon = () => Date.now() + 5000;

describe('SharedStore', () => {
  let backing: SwitchableStore;
  let store: SharedStore;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;

  beforeEach(() => {
    warn = jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation(() => undefined);
    log = jest
      .spyOn(Logger.prototype, 'log')
      .mockImplementation(() => undefined);
    backing = new SwitchableStore();
    store = new SharedStore(
      backing.cache,
      new InMemoryTokenLock(),
      TIMEOUT_MS,
    );
  });
  afterEach(() => {
    store.dispose();
    jest.restoreAllMocks();
  });

  it('reads back what it wrote', async () => {
    await store.write('k', 'v', 10_000, soon());
    expect(await store.read('k', soon())).toBe('v');
    await store.remove('k', soon());
    expect(await store.read('k', soon())).toBeUndefined();
  });

  it('gives up on an operation the store never answers after its timeout, never later than the caller deadline', async () => {
    backing.mode = 'hang';
    const startedAt = Date.now();
    await expect(store.read('k', soon())).rejects.toBeInstanceOf(
      TokenStoreUnavailableError,
    );
    expect(Date.now() - startedAt).toBeLessThan(2000);
    // A caller with less time left than the store timeout is not kept past its deadline.
    const error = (await store
      .write('k', 'v', 1000, Date.now() + 20)
      .catch((e: unknown) => e)) as Error;
    const waited = Number(/no answer within (\d+) ms/.exec(error.message)?.[1]);
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(20);
  });

  it('reports a read the cache answered as a miss because its store failed', async () => {
    backing.mode = 'fail';
    await expect(store.read('k', soon())).rejects.toBeInstanceOf(
      TokenStoreUnavailableError,
    );
    expect(store.down).toBe(true);
  });

  it('logs an outage once, not per operation, skips the store while it lasts, and logs the recovery once', async () => {
    backing.mode = 'fail';
    for (let i = 0; i < 20; i += 1)
      await expect(store.read('k', soon())).rejects.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/Shared token store unavailable/);

    backing.mode = 'ok'; // back, but not asked again before the probe interval
    await expect(store.read('k', soon())).rejects.toThrow(
      'the shared token store is down',
    );
    await new Promise((resolve) => setTimeout(resolve, 1050));
    expect(await store.read('k', soon())).toBeUndefined();
    expect(store.down).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/answering again/);
  });

  it('notices the store is back within about a second, with no call to ask it', async () => {
    backing.mode = 'fail';
    await expect(store.read('k', soon())).rejects.toThrow();
    expect(store.down).toBe(true);
    backing.mode = 'ok';
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(store.down).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/answering again/);
  });

  it('does not call a store down for an answer that is only late', async () => {
    let answer: (value: string | undefined) => void = () => undefined;
    const lateLock: WechatTokenLock = {
      tryAcquire: () => new Promise((resolve) => (answer = resolve)),
      release: () => Promise.resolve(true),
    };
    const slow = new SharedStore(backing.cache, lateLock, TIMEOUT_MS);
    await expect(slow.tryLock('k', 1000, soon())).rejects.toThrow(
      `no answer within ${TIMEOUT_MS} ms`,
    );
    answer(undefined); // answers after all, within the grace period
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(slow.down).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    slow.dispose();
  });

  it('calls a store down when a timed-out operation never answers', async () => {
    backing.mode = 'hang';
    await expect(store.read('k', soon())).rejects.toThrow();
    expect(store.down).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(store.down).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('frees a lock it won only after giving up on the answer', async () => {
    const real = new InMemoryTokenLock();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const lateLock: WechatTokenLock = {
      tryAcquire: async (key, ttl) => {
        await gate;
        return real.tryAcquire(key, ttl);
      },
      release: (key, owner) => real.release(key, owner),
    };
    const slow = new SharedStore(backing.cache, lateLock, TIMEOUT_MS);
    await expect(slow.tryLock('k', 60_000, soon())).rejects.toThrow();
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Nobody holds it: the late winner was released at once.
    expect(await real.tryAcquire('k', 60_000)).toEqual(expect.any(String));
    slow.dispose();
  });
});
