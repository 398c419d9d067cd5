import { InMemoryTokenLock } from './in-memory-token-lock';

describe('InMemoryTokenLock', () => {
  it('is taken by one owner at a time and freed only by that owner', async () => {
    const lock = new InMemoryTokenLock();
    const owner = await lock.tryAcquire('k', 10_000);
    expect(owner).toEqual(expect.any(String));
    expect(await lock.tryAcquire('k', 10_000)).toBeUndefined();
    expect(await lock.release('k', 'somebody-else')).toBe(false);
    expect(await lock.tryAcquire('k', 10_000)).toBeUndefined();
    expect(await lock.release('k', owner as string)).toBe(true);
    expect(await lock.tryAcquire('k', 10_000)).toEqual(expect.any(String));
  });

  it('expires by itself, and an expired holder cannot free the next one', async () => {
    const lock = new InMemoryTokenLock();
    const first = (await lock.tryAcquire('k', 20)) as string;
    await new Promise((resolve) => setTimeout(resolve, 40));
    const second = await lock.tryAcquire('k', 10_000);
    expect(second).toEqual(expect.any(String));
    expect(await lock.release('k', first)).toBe(false);
    expect(await lock.tryAcquire('k', 10_000)).toBeUndefined();
  });

  it('renews a lease for its owner only', async () => {
    const lock = new InMemoryTokenLock();
    const owner = (await lock.tryAcquire('k', 30)) as string;
    expect(await lock.extend('k', 'somebody-else', 10_000)).toBe(false);
    expect(await lock.extend('k', owner, 10_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await lock.tryAcquire('k', 10_000)).toBeUndefined(); // still held: renewed
  });

  it('keeps different keys apart', async () => {
    const lock = new InMemoryTokenLock();
    expect(await lock.tryAcquire('a', 10_000)).toEqual(expect.any(String));
    expect(await lock.tryAcquire('b', 10_000)).toEqual(expect.any(String));
  });
});

describe('InMemoryTokenLock memory', () => {
  it('forgets a holder that releases after its lease ran out', async () => {
    const lock = new InMemoryTokenLock();
    const owner = (await lock.tryAcquire('k', 1)) as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await lock.release('k', owner)).toBe(false);
    expect(lock.size).toBe(0);
  });

  it('holds only live keys however many expired without being released', async () => {
    const lock = new InMemoryTokenLock();
    for (let i = 0; i < 5000; i += 1) await lock.tryAcquire(`gone-${i}`, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < 5000; i += 1)
      await lock.tryAcquire(`live-${i}`, 60_000);
    expect(lock.size).toBeLessThan(5000 + 1024);
    expect(await lock.tryAcquire('live-0', 60_000)).toBeUndefined();
  });
});
