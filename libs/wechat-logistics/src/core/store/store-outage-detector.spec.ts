import { Logger } from '@nestjs/common';
import { SwitchableStore } from '../../../../../test/cluster/support/switchable-store';
import { InMemoryTokenLock } from '../token/in-memory-token-lock';
import { SharedStore } from './shared-store';

const TIMEOUT_MS = 100;
const soon = () => Date.now() + 5000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The detector as the store uses it: a real cache-manager cache over a store the test switches. */
describe('StoreOutageDetector (through SharedStore)', () => {
  let backing: SwitchableStore;
  let store: SharedStore;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;
  const lines = (spy: jest.SpyInstance) =>
    spy.mock.calls.map((call: unknown[]) => String(call[0]));

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

  it('a store that answers reads and refuses writes: one line when it starts, none while it lasts (reads going on), one when it ends', async () => {
    await store.write('token', 'T', 60_000, soon());
    backing.mode = 'refuse-writes';
    await expect(store.write('token', 'T2', 60_000, soon())).rejects.toThrow();
    // Three probe intervals of traffic: reads answered, writes refused.
    for (let i = 0; i < 60; i += 1) {
      expect(await store.read('token', soon())).toBe('T');
      await store.write(`k${i}`, 1, 60_000, soon()).catch(() => undefined);
      await pause(50);
    }
    expect(store.down).toBe(false);
    expect(store.writesRefused).toBe(true);
    await expect(store.write('k', 1, 60_000, soon())).rejects.toThrow(
      'the shared token store refuses writes',
    );
    expect(lines(warn)).toEqual([
      expect.stringMatching(/^Shared token store refuses writes \(OomError\)/),
    ]);
    expect(log).not.toHaveBeenCalled();

    backing.mode = 'ok'; // the background write probe sees it, no call needed
    await pause(1300);
    expect(store.writesRefused).toBe(false);
    expect(lines(log)).toEqual([
      expect.stringMatching(/^Shared token store accepts writes again/),
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a write failing because the store is gone is one outage (down), not a refusal of writes as well', async () => {
    backing.mode = 'fail';
    await expect(store.write('k', 1, 60_000, soon())).rejects.toThrow();
    await pause(20); // the read that tells the two apart
    expect(store.down).toBe(true);
    expect(store.writesRefused).toBe(false);
    expect(lines(warn)).toEqual([
      expect.stringMatching(/^Shared token store unavailable/),
    ]);

    backing.mode = 'ok';
    await pause(1300);
    expect(store.down).toBe(false);
    expect(lines(log)).toEqual([
      expect.stringMatching(/^Shared token store is answering again/),
    ]);
    await store.write('k', 1, 60_000, soon());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
  });
});
