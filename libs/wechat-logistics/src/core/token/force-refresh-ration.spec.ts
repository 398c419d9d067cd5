import { Logger } from '@nestjs/common';
import { createCache } from 'cache-manager';
import { SwitchableStore } from '../../../../../test/cluster/support/switchable-store';
import {
  FORCE_REFRESH_DAILY_LIMIT,
  FORCE_REFRESH_MIN_GAP_MS,
  ForceRefreshRation,
} from './force-refresh-ration';
import { InMemoryTokenLock } from './in-memory-token-lock';
import { SharedStore } from '../store/shared-store';

const DAY_MS = 24 * 60 * 60 * 1000;
const soon = () => Date.now() + 5000;

describe('ForceRefreshRation', () => {
  let now: number;
  const clock = () => now;
  const stores: SharedStore[] = [];
  const storeOn = (cache = createCache()) => {
    const store = new SharedStore(cache, new InMemoryTokenLock(), 250);
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    now = Date.UTC(2026, 0, 1);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    stores.splice(0).forEach((store) => store.dispose());
    jest.restoreAllMocks();
  });

  it('grants force refreshes at least 30 s apart', async () => {
    const ration = new ForceRefreshRation(storeOn(), 'ration', clock);
    expect(await ration.tryTake(soon())).toBe(true);
    now += FORCE_REFRESH_MIN_GAP_MS - 1;
    expect(await ration.tryTake(soon())).toBe(false);
    now += 1;
    expect(await ration.tryTake(soon())).toBe(true);
  });

  it('grants at most 20 in any 24 hours, then again as the oldest age out', async () => {
    const ration = new ForceRefreshRation(storeOn(), 'ration', clock);
    const firstAt = now;
    for (let i = 0; i < FORCE_REFRESH_DAILY_LIMIT; i += 1) {
      expect(await ration.tryTake(soon())).toBe(true);
      now += FORCE_REFRESH_MIN_GAP_MS;
    }
    expect(await ration.tryTake(soon())).toBe(false);
    now = firstAt + DAY_MS - 1;
    expect(await ration.tryTake(soon())).toBe(false);
    now = firstAt + DAY_MS + 1;
    expect(await ration.tryTake(soon())).toBe(true);
    expect(await ration.tryTake(soon())).toBe(false); // 30 s apart still holds
  });

  it('is one ration for every instance that shares the cache', async () => {
    const shared = createCache();
    const a = new ForceRefreshRation(storeOn(shared), 'ration', clock);
    const b = new ForceRefreshRation(storeOn(shared), 'ration', clock);
    expect(await a.tryTake(soon())).toBe(true);
    expect(await b.tryTake(soon())).toBe(false);
    now += FORCE_REFRESH_MIN_GAP_MS;
    expect(await b.tryTake(soon())).toBe(true);
    expect(await a.tryTake(soon())).toBe(false);
  });

  it('grants none while the ration cannot be read or recorded', async () => {
    const backing = new SwitchableStore();
    const ration = new ForceRefreshRation(
      storeOn(backing.cache),
      'ration',
      clock,
    );
    backing.mode = 'fail';
    expect(await ration.tryTake(soon())).toBe(false);
  });
});
