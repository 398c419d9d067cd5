import {
  type CarrierCodeMatch,
  WechatApiError,
  WechatCarrierNotMappedError,
  WechatUnknownAppError,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  TRACKING_CARRIERS,
  WECHAT_PATHS,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { CapturingLogger } from '../support/capturing-logger';
import { type CarrierCodeApp, startCarrierCodeApp } from './support';

const SHOP_B = { appId: 'wxbbbbbbbbbbbbbbb2', appSecret: 'secret-b' };
const HOUR_MS = 60 * 60 * 1000;

/**
 * What each carrier the emulator's logistics assistant lists (its seed, the
 * 2019 table plus the sandbox carrier) gets against the real tracking entries.
 * BEST, OTP and PJ are gone from WeChat's tracking list as far as any source
 * shows (BEST's express business was sold in 2021, PJ and OTP closed in 2020),
 * and TEST is the sandbox carrier: unmapped on purpose.
 */
const EXPECTED: Record<string, string> = {
  BEST: 'no-match',
  DB: 'DBL by same-name',
  EMS: 'EMS by same-id',
  OTP: 'no-match',
  PJ: 'no-match',
  SF: 'SF by same-id',
  STO: 'STO by same-id',
  YTO: 'YTO by same-id',
  YUNDA: 'YD by same-name-stem',
  ZTO: 'ZTO by same-id',
  TEST: 'no-match',
};

function verdict(match: CarrierCodeMatch | undefined): string {
  if (!match) return 'absent';
  return match.mapped ? `${match.trackingCode} by ${match.rule}` : match.reason;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** Only `Date` is faked: sockets, timers and the emulator run for real, and everyone reads the same moved clock. */
function controlDate(): { advance(ms: number): void } {
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
    now: Date.now(),
  });
  return { advance: (ms) => jest.setSystemTime(Date.now() + ms) };
}

describe('WechatCarrierCodeService (real module, emulator)', () => {
  let wechat: WechatEmulator;
  let lib: CarrierCodeApp | undefined;
  const getAll = () => wechat.requests.count(WECHAT_PATHS.getAllDelivery);

  beforeEach(async () => {
    wechat = await WechatEmulator.start({ apps: [SHOP_B] });
  });
  afterEach(async () => {
    jest.useRealTimers();
    await lib?.app.close();
    lib = undefined;
    await wechat.stop();
  });

  it("maps every carrier of the emulator's logistics list against the real tracking entries, or reports it unmapped on purpose", async () => {
    lib = await startCarrierCodeApp(wechat);
    const mapping = await lib.codes.mapping();

    const seeded = wechat.carriers.list().map((c) => c.deliveryId);
    expect([...mapping.keys()].sort()).toEqual([...seeded].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...seeded].sort());
    for (const deliveryId of seeded)
      expect(`${deliveryId}: ${verdict(mapping.get(deliveryId))}`).toBe(
        `${deliveryId}: ${EXPECTED[deliveryId]}`,
      );
    await expect(lib.codes.trackingCodeFor('YUNDA')).resolves.toBe('YD');
    // The fixture holds one entry per id, as WeChat's list does.
    const ids = TRACKING_CARRIERS.map((c) => c.deliveryId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads 物流服务’s list through the family’s own client (get_delivery_list, body {}), once, and maps the same', async () => {
    lib = await startCarrierCodeApp(wechat, {}, undefined, {
      realTrackingList: true,
    });
    const mapping = await lib.codes.mapping();
    await lib.codes.trackingCodeFor('SF');

    for (const deliveryId of Object.keys(EXPECTED))
      expect(`${deliveryId}: ${verdict(mapping.get(deliveryId))}`).toBe(
        `${deliveryId}: ${EXPECTED[deliveryId]}`,
      );
    const reads = wechat.requests.forPath(WECHAT_PATHS.getTrackingDeliveryList);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.body).toEqual({});
    expect(getAll()).toBe(1);
  });

  it('reads both lists once for the whole module: two apps, one load with the first caller’s token', async () => {
    lib = await startCarrierCodeApp(wechat, { apps: [SHOP_B] });
    const shopB = lib.codes.forApp(SHOP_B.appId);

    await expect(shopB.trackingCodeFor('YUNDA')).resolves.toBe('YD');
    await expect(lib.codes.trackingCodeFor('SF')).resolves.toBe('SF');
    await expect(shopB.mapping()).resolves.toBe(await lib.codes.mapping());

    expect(getAll()).toBe(1);
    expect(lib.tracking.calls).toEqual([SHOP_B.appId]);
    expect(wechat.requests.forApp(SHOP_B.appId).map((r) => r.path)).toContain(
      WECHAT_PATHS.getAllDelivery,
    );
    expect(wechat.tokens.fetchCount).toBe(0);
  });

  it('shares one load among concurrent first calls (single flight)', async () => {
    lib = await startCarrierCodeApp(wechat, { apps: [SHOP_B] });
    const shopB = lib.codes.forApp(SHOP_B.appId);
    const codes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? shopB : lib!.codes).trackingCodeFor('YUNDA'),
      ),
    );
    expect(new Set(codes)).toEqual(new Set(['YD']));
    expect(getAll()).toBe(1);
    expect(lib.tracking.calls).toHaveLength(1);
  });

  it('reads the lists again once they are 24 h old, not before', async () => {
    const clock = controlDate();
    lib = await startCarrierCodeApp(wechat);
    await lib.codes.trackingCodeFor('YUNDA');

    clock.advance(24 * HOUR_MS - 1000);
    await lib.codes.trackingCodeFor('YUNDA');
    expect(getAll()).toBe(1);

    clock.advance(1000);
    await Promise.all([
      lib.codes.trackingCodeFor('YUNDA'),
      lib.codes.trackingCodeFor('SF'),
    ]);
    expect(getAll()).toBe(2);
    expect(lib.tracking.calls).toHaveLength(2);
  });

  it('keeps serving the last good lists when a refresh fails, warning once, and retries every 5 minutes', async () => {
    const clock = controlDate();
    const logger = new CapturingLogger();
    lib = await startCarrierCodeApp(wechat, {}, logger);
    await lib.codes.trackingCodeFor('YUNDA');
    const warnings = () =>
      logger
        .messages('warn')
        .filter((m) => m.startsWith('Carrier lists could not be refreshed'));

    // 48001 is not retried: one request per refresh attempt.
    wechat.faults.inject({ path: WECHAT_PATHS.getAllDelivery, errcode: 48001 });
    clock.advance(24 * HOUR_MS);
    await expect(lib.codes.trackingCodeFor('YUNDA')).resolves.toBe('YD');
    expect(getAll()).toBe(2);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('error=WechatApiError');

    clock.advance(4 * 60 * 1000);
    await expect(lib.codes.trackingCodeFor('SF')).resolves.toBe('SF');
    expect(getAll()).toBe(2);

    clock.advance(60 * 1000);
    await expect(lib.codes.trackingCodeFor('SF')).resolves.toBe('SF');
    expect(getAll()).toBe(3);
    expect(warnings()).toHaveLength(1);

    wechat.faults.clear();
    clock.advance(5 * 60 * 1000);
    await lib.codes.trackingCodeFor('SF');
    expect(getAll()).toBe(4);
    expect(
      logger
        .messages('log')
        .filter((m) => m.startsWith('Carrier lists loaded again')),
    ).toHaveLength(1);
  });

  it("surfaces WeChat's error when nothing is loaded yet, and asks again on the next call", async () => {
    lib = await startCarrierCodeApp(wechat);
    wechat.faults.inject({
      path: WECHAT_PATHS.getAllDelivery,
      errcode: 48001,
      times: 1,
    });
    const error = await rejection(lib.codes.trackingCodeFor('YUNDA'));
    expect(error).toBeInstanceOf(WechatApiError);
    expect((error as WechatApiError).errcode).toBe(48001);

    await expect(lib.codes.trackingCodeFor('YUNDA')).resolves.toBe('YD');
    expect(getAll()).toBe(2);
  });

  it('answers a module-level override without reading any list: the sandbox carrier TEST', async () => {
    lib = await startCarrierCodeApp(wechat, { carrierCodes: { TEST: 'TEST' } });
    await expect(lib.codes.trackingCodeFor('TEST')).resolves.toBe('TEST');
    expect(wechat.requests.count()).toBe(0);
    expect(lib.tracking.calls).toEqual([]);
    expect(verdict((await lib.codes.mapping()).get('TEST'))).toBe(
      'TEST by override',
    );
  });

  it("lets an app's own carrierCodes win over the module's, for that app only", async () => {
    lib = await startCarrierCodeApp(wechat, {
      carrierCodes: { PJ: 'PJ-MODULE', YUNDA: 'YD' },
      apps: [{ ...SHOP_B, carrierCodes: { PJ: 'PJ-SHOP-B' } }],
    });
    const shopB = lib.codes.forApp(SHOP_B.appId);
    await expect(shopB.trackingCodeFor('PJ')).resolves.toBe('PJ-SHOP-B');
    await expect(lib.codes.trackingCodeFor('PJ')).resolves.toBe('PJ-MODULE');
    await expect(shopB.trackingCodeFor('YUNDA')).resolves.toBe('YD');
    expect(verdict((await shopB.mapping()).get('PJ'))).toBe(
      'PJ-SHOP-B by override',
    );
    expect(verdict((await lib.codes.mapping()).get('BEST'))).toBe('no-match');
  });

  it('fails an unmapped carrier naming it and the fix, and sends nothing for it once the lists are in hand', async () => {
    lib = await startCarrierCodeApp(wechat);
    const error = await rejection(lib.codes.trackingCodeFor('PJ'));
    expect(error).toBeInstanceOf(WechatCarrierNotMappedError);
    expect(error).toMatchObject({ deliveryId: 'PJ', reason: 'no-match' });
    expect((error as Error).message).toContain('"PJ" (品骏快递)');
    expect((error as Error).message).toContain('carrierCodes');
    // Reading the lists is all that was sent.
    const paths = new Set(wechat.requests.all().map((r) => r.path));
    expect(paths).toEqual(
      new Set([WECHAT_PATHS.stableToken, WECHAT_PATHS.getAllDelivery]),
    );

    const before = wechat.requests.count();
    const test = await rejection(lib.codes.trackingCodeFor('TEST'));
    expect(test).toMatchObject({ deliveryId: 'TEST', reason: 'no-match' });
    const unknown = await rejection(lib.codes.trackingCodeFor('NOPE'));
    expect(unknown).toMatchObject({
      deliveryId: 'NOPE',
      reason: 'unknown-carrier',
    });
    expect(wechat.requests.count()).toBe(before);
  });

  it('refuses an empty deliveryId and an unknown app before anything is sent', async () => {
    lib = await startCarrierCodeApp(wechat);
    expect(await rejection(lib.codes.trackingCodeFor(''))).toBeInstanceOf(
      WechatValidationError,
    );
    expect(
      await rejection(
        lib.codes.forApp('wxnot-configured').trackingCodeFor('SF'),
      ),
    ).toBeInstanceOf(WechatUnknownAppError);
    expect(wechat.requests.count()).toBe(0);
  });
});
