import { ExpiringMemoryStore } from './expiring-memory-store';

describe('ExpiringMemoryStore (the private cache behind Keyv)', () => {
  let clock: number;
  let store: ExpiringMemoryStore;
  beforeEach(() => {
    clock = 1_000_000;
    store = new ExpiringMemoryStore(3, 60_000, () => clock);
  });
  afterEach(() => store.disconnect());

  it('answers what was set until its TTL, then nothing', () => {
    store.set('a', 'A', 1000);
    store.set('forever', 'F');
    expect(store.get('a')).toBe('A');
    expect(store.has('a')).toBe(true);
    clock += 1000;
    expect(store.get('a')).toBeUndefined();
    expect(store.get('forever')).toBe('F');
  });

  it('drops expired entries on a sweep, without anyone reading them', () => {
    store.set('a', 1, 1000);
    store.set('b', 2, 5000);
    store.set('forever', 3);
    clock += 1000;
    store.sweep();
    expect(store.size).toBe(2);
    clock += 4000;
    store.sweep();
    expect(store.size).toBe(1);
  });

  it('holds at most maxEntries, the least recently used dropped first', () => {
    store.set('a', 1, 60_000);
    store.set('b', 2, 60_000);
    store.set('c', 3, 60_000);
    store.get('a'); // used: 'b' is now the oldest
    store.set('d', 4, 60_000);
    expect(store.size).toBe(3);
    expect(store.get('b')).toBeUndefined();
    expect([store.get('a'), store.get('c'), store.get('d')]).toEqual([1, 3, 4]);
  });

  it('sweeps on its own timer, which keeps no process alive and stops on disconnect', async () => {
    const timed = new ExpiringMemoryStore(10, 20);
    timed.set('a', 1, 10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(timed.size).toBe(0);
    timed.set('b', 1, 10);
    timed.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(timed.size).toBe(1); // no sweep after disconnect
  });
});
