import { WechatApiError } from 'nestjs-wechat-logistics';
import { WECHAT_PATHS, WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from './support/library-app';

/** Seeds `count` cancellable orders and returns the service inputs that cancel them. */
function seedOrders(wechat: WechatEmulator, count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => {
    const order = wechat.orders.seed({
      orderId: `${prefix}-${i}`,
      deliveryId: 'TEST',
      waybillId: `${prefix}-WB-${i}`,
    });
    return {
      orderId: order.orderId,
      deliveryId: 'TEST',
      waybillId: order.waybillId,
    };
  });
}

describe('access tokens', () => {
  let wechat: WechatEmulator;
  let lib: LibraryApp;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    lib = await startLibraryApp(emulatorOptions(wechat, { timeoutMs: 2000 }));
  });
  afterEach(async () => {
    await lib.app.close();
    await wechat.stop();
  });

  it('fetches no token at boot', () => {
    expect(wechat.tokens.fetchCount).toBe(0);
  });

  it('100 concurrent calls on a cold cache share exactly one token fetch, from /cgi-bin/stable_token', async () => {
    const inputs = seedOrders(wechat, 100, 'cold');
    const results = await Promise.all(
      inputs.map((input) => lib.service.cancelOrder(input)),
    );
    expect(results).toHaveLength(100);
    expect(wechat.tokens.fetchCount).toBe(1);
    expect(wechat.tokens.fetchCountFor('stable')).toBe(1);
    expect(wechat.requests.last(WECHAT_PATHS.stableToken)?.body).toEqual({
      grant_type: 'client_credential',
      appid: wechat.appId,
      secret: wechat.appSecret,
      force_refresh: false,
    });
  });

  it('stores the token in the app cache under a key namespaced by endpoint and AppID', async () => {
    await lib.service.cancelOrder(seedOrders(wechat, 1, 'key')[0]);
    const used = wechat.requests.last(WECHAT_PATHS.cancelOrder)?.query
      .access_token;
    expect(
      await lib.cache.get(
        `wechat-logistics:access-token:stable:${wechat.appId}`,
      ),
    ).toBe(used);
  });

  it('100 concurrent calls whose token was revoked share exactly one refresh, and each retries at most once', async () => {
    await lib.service.cancelOrder(seedOrders(wechat, 1, 'warm')[0]);
    const inputs = seedOrders(wechat, 100, 'revoked');
    wechat.tokens.revokeAll();
    wechat.requests.clear();

    await Promise.all(inputs.map((input) => lib.service.cancelOrder(input)));

    expect(wechat.tokens.fetchCount).toBe(2);
    for (const input of inputs)
      expect(wechat.orders.get(input.orderId)?.status).toBe('cancelled');
    // One rejected attempt and one retry per call, never more.
    expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(200);
  });

  it('refreshes and retries after 42001 (token expired)', async () => {
    const [first, second] = seedOrders(wechat, 2, 'expiry');
    await lib.service.cancelOrder(first);
    wechat.clock.advance(7201); // WeChat's clock passes the token's expiry; ours still holds it
    await lib.service.cancelOrder(second);
    const codes = wechat.requests
      .forPath(WECHAT_PATHS.cancelOrder)
      .map((r) => r.query.access_token);
    expect(codes).toHaveLength(3);
    expect(codes[1]).toBe(codes[0]);
    expect(codes[2]).not.toBe(codes[1]);
    expect(wechat.tokens.fetchCount).toBe(2);
  });

  it('fails fast after one refresh and one retry when the token error persists', async () => {
    await lib.app.close();
    lib = await startLibraryApp(
      emulatorOptions(wechat, { tokenEndpoint: 'classic' }),
    );
    const [input] = seedOrders(wechat, 1, 'persist');
    wechat.faults.inject({ path: WECHAT_PATHS.cancelOrder, errcode: 40001 });
    await expect(lib.service.cancelOrder(input)).rejects.toMatchObject({
      name: 'WechatApiError',
      errcode: 40001,
    });
    expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(2);
    expect(wechat.tokens.fetchCount).toBe(2);
  });

  it('forces one rationed refresh when the refresh hands back the very token WeChat rejected, then fails fast outside the ration', async () => {
    const [first, second] = seedOrders(wechat, 2, 'same');
    wechat.faults.inject({ path: WECHAT_PATHS.cancelOrder, errcode: 40001 });
    await expect(lib.service.cancelOrder(first)).rejects.toMatchObject({
      errcode: 40001,
    });
    // cold fetch, the routine refresh that handed back the same token, then one forced refresh
    expect(
      wechat.requests
        .forPath(WECHAT_PATHS.stableToken)
        .map((r) => (r.body as { force_refresh: boolean }).force_refresh),
    ).toEqual([false, false, true]);
    expect(wechat.tokens.forceRefreshCount).toBe(1);
    expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(2);

    // Within 30 s of that forced refresh the ration grants none: the call fails at once.
    wechat.requests.clear();
    await expect(lib.service.cancelOrder(second)).rejects.toMatchObject({
      errcode: 40001,
    });
    expect(wechat.tokens.forceRefreshCount).toBe(1);
    expect(wechat.requests.count(WECHAT_PATHS.stableToken)).toBe(1);
    expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(1);

    // Once WeChat takes that token again, calls use it without refreshing in vain.
    wechat.faults.clear();
    wechat.requests.clear();
    await lib.service.cancelOrder(seedOrders(wechat, 1, 'again')[0]);
    expect(wechat.requests.count(WECHAT_PATHS.stableToken)).toBe(0);
  });

  it('drops a rejected token only if it is still the cached one: a late failure never discards a fresh token', async () => {
    const [warm, slow, fast] = seedOrders(wechat, 3, 'fence');
    await lib.service.cancelOrder(warm);
    // The slow call's request answers 40001 for the old token only after the fast call refreshed it.
    wechat.faults.inject({
      path: WECHAT_PATHS.cancelOrder,
      times: 1,
      delayMs: 400,
      errcode: 40001,
    });
    const slowCall = lib.service.cancelOrder(slow);
    await new Promise((resolve) => setTimeout(resolve, 50));
    wechat.tokens.revokeAll();
    await lib.service.cancelOrder(fast);
    expect(wechat.tokens.fetchCount).toBe(2);

    await slowCall;
    expect(wechat.tokens.fetchCount).toBe(2);
  });

  it('reads the shared cache at most once a second: a token another instance wrote there is used after that', async () => {
    const key = `wechat-logistics:access-token:stable:${wechat.appId}`;
    const [a, b, c] = seedOrders(wechat, 3, 'recheck');
    await lib.service.cancelOrder(a);
    const first = wechat.requests.last(WECHAT_PATHS.cancelOrder)?.query
      .access_token;
    // Another instance's token, as a refresh elsewhere in the cluster would leave it.
    const reply = await fetch(
      `${wechat.url}/cgi-bin/token?grant_type=client_credential&appid=${wechat.appId}&secret=${wechat.appSecret}`,
    );
    const { access_token: other } = (await reply.json()) as {
      access_token: string;
    };
    await lib.cache.set(key, other, 60_000);

    await lib.service.cancelOrder(b);
    expect(
      wechat.requests.last(WECHAT_PATHS.cancelOrder)?.query.access_token,
    ).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await lib.service.cancelOrder(c);
    expect(
      wechat.requests.last(WECHAT_PATHS.cancelOrder)?.query.access_token,
    ).toBe(other);
    expect(wechat.tokens.fetchCountFor('stable')).toBe(1);
  });

  it('replaces the cached token when its TTL (expires_in minus the margin) runs out', async () => {
    await lib.app.close();
    wechat.tokens.setExpiresInSeconds(2); // margin becomes half: cached for 1 s
    lib = await startLibraryApp(emulatorOptions(wechat));
    const [a, b] = seedOrders(wechat, 2, 'ttl');
    await lib.service.cancelOrder(a);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await lib.service.cancelOrder(b);
    expect(wechat.tokens.fetchCount).toBe(2);
  });

  it("uses GET /cgi-bin/token with tokenEndpoint 'classic'", async () => {
    await lib.app.close();
    lib = await startLibraryApp(
      emulatorOptions(wechat, { tokenEndpoint: 'classic' }),
    );
    await lib.service.cancelOrder(seedOrders(wechat, 1, 'classic')[0]);
    expect(wechat.tokens.fetchCountFor('classic')).toBe(1);
    expect(wechat.tokens.fetchCountFor('stable')).toBe(0);
    expect(wechat.requests.last(WECHAT_PATHS.token)?.query).toEqual({
      grant_type: 'client_credential',
      appid: wechat.appId,
      secret: wechat.appSecret,
    });
  });

  it('answers an errcode of the token endpoint as a configuration error, with one fetch for concurrent calls', async () => {
    await lib.app.close();
    lib = await startLibraryApp(
      emulatorOptions(wechat, { appSecret: 'wrong-secret' }),
    );
    const inputs = seedOrders(wechat, 20, 'badsecret');
    const outcomes = await Promise.allSettled(
      inputs.map((input) => lib.service.cancelOrder(input)),
    );
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult)
        .reason as WechatApiError;
      expect(reason).toBeInstanceOf(WechatApiError);
      expect(reason).toMatchObject({
        errcode: 40125,
        api: 'auth.getStableAccessToken',
        fromTokenEndpoint: true,
      });
    }
    expect(wechat.requests.count(WECHAT_PATHS.stableToken)).toBe(1);
    expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(0);
  });

  describe('with accessTokenProvider', () => {
    it('takes tokens from the provider and never fetches one itself', async () => {
      await lib.app.close();
      const issued = wechat.tokens.issueStable(false).accessToken;
      const provider = jest.fn(() => Promise.resolve(issued));
      lib = await startLibraryApp({
        accessTokenProvider: provider,
        apiBaseUrl: wechat.url,
        timeoutMs: 1000,
      });
      await lib.service.cancelOrder(seedOrders(wechat, 1, 'provider')[0]);
      expect(provider).toHaveBeenCalledTimes(1);
      expect(
        wechat.requests.count(WECHAT_PATHS.stableToken) +
          wechat.requests.count(WECHAT_PATHS.token),
      ).toBe(0);
      expect(
        wechat.requests.last(WECHAT_PATHS.cancelOrder)?.query.access_token,
      ).toBe(issued);
    });

    it('asks the provider once more after a rejection, and fails fast if it hands back the same token', async () => {
      await lib.app.close();
      const stale = wechat.tokens.issueStable(false).accessToken;
      wechat.tokens.revokeAll();
      const provider = jest.fn(() => Promise.resolve(stale));
      lib = await startLibraryApp({
        accessTokenProvider: provider,
        apiBaseUrl: wechat.url,
        timeoutMs: 1000,
      });
      await expect(
        lib.service.cancelOrder(seedOrders(wechat, 1, 'stale')[0]),
      ).rejects.toMatchObject({ errcode: 40001 });
      expect(provider).toHaveBeenCalledTimes(2);
      expect(wechat.requests.count(WECHAT_PATHS.cancelOrder)).toBe(1);
    });
  });
});
