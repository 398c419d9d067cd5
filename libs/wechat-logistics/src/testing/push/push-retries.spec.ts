import { createServer } from 'node:net';
import { type BusinessApi, businessApi } from '../emulator-http.spec-helper';
import { type EmulatorPushOptions } from './emulator-push-options';
import { WECHAT_PATHS } from '../http/emulator-routes';
import { PushReceiver, type ReplyPlan } from './push-receiver.spec-helper';
import { WechatEmulator } from '../wechat-emulator';

const TOKEN = 'pushtoken';
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('WechatEmulator push delivery: replies, retries, timeouts, stop()', () => {
  let wechat: WechatEmulator;
  let receiver: PushReceiver;
  let api: BusinessApi;

  const update = () =>
    api.post(WECHAT_PATHS.testUpdateOrder, {
      biz_id: 'test_biz_id',
      order_id: 'o-1',
      delivery_id: 'TEST',
      waybill_id: 'W1',
      action_time: 1700000000,
      action_type: 100001,
      action_msg: '揽件成功',
    });

  function configure(
    plan: ReplyPlan,
    change: Partial<EmulatorPushOptions> = {},
  ): void {
    receiver.plan = plan;
    wechat.configurePush({
      url: receiver.url,
      token: TOKEN,
      encodingAesKey: KEY,
      retryDelayMs: 10,
      ...change,
    });
  }

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    receiver = await PushReceiver.start({
      token: TOKEN,
      encodingAesKey: KEY,
      appId: wechat.appId,
      now: () => wechat.clock.now(),
    });
    api = await businessApi(wechat);
    wechat.orders.seed({
      orderId: 'o-1',
      deliveryId: 'TEST',
      waybillId: 'W1',
      openid: 'oUser',
    });
  });
  afterEach(async () => {
    await wechat.stop();
    await receiver.close();
  });

  it('retries after two `fail` replies and counts the third `success` as delivered', async () => {
    configure((n) => ({ body: n < 2 ? 'fail' : 'success' }));

    await update();
    await wechat.pushes.settled();

    const delivery = wechat.pushes.last()!;
    expect(delivery.delivered).toBe(true);
    expect(delivery.attempts.map((a) => [a.status, a.body])).toEqual([
      [200, 'fail'],
      [200, 'fail'],
      [200, 'success'],
    ]);
    expect(receiver.received).toHaveLength(3);
  });

  it('re-sends the same event (CreateTime, Version) with a fresh nonce and signature each time', async () => {
    configure((n) => ({ body: n < 2 ? 'fail' : 'success' }));

    await update();
    await wechat.pushes.settled();

    const events = receiver.events();
    expect(events).toHaveLength(3);
    expect(events[1]).toEqual(events[0]);
    expect(events[2]).toEqual(events[0]);
    const queries = receiver.received.map((push) => push.query);
    expect(new Set(queries.map((q) => q['nonce'])).size).toBe(3);
    expect(new Set(queries.map((q) => q['msg_signature'])).size).toBe(3);
    // The Encrypt value is sealed afresh too (new random prefix).
    expect(new Set(receiver.received.map((p) => p.rawBody)).size).toBe(3);
  });

  it('gives up after 1 + 3 attempts when the server always answers 500', async () => {
    configure(() => ({ status: 500, body: 'Internal Server Error' }));

    await update();
    await wechat.pushes.settled();

    const delivery = wechat.pushes.last()!;
    expect(delivery).toMatchObject({ delivered: false, pending: false });
    expect(delivery.attempts.map((a) => a.status)).toEqual([
      500, 500, 500, 500,
    ]);
    expect(receiver.received).toHaveLength(4);
  });

  it.each([
    [0, 1],
    [1, 2],
  ])('makes 1 + retries attempts (retries: %i → %i)', async (retries, n) => {
    configure(() => ({ status: 503 }), { retries });

    await update();
    await wechat.pushes.settled();

    expect(wechat.pushes.last()?.attempts).toHaveLength(n);
  });

  it.each([
    ['HTTP 200 with an empty body', { body: '' }, true],
    ['HTTP 204', { status: 204 }, true],
    ['`success` with a trailing newline', { body: 'success\n' }, true],
    ['HTTP 200 `ok`', { body: 'ok' }, false],
    ['HTTP 302 `success`', { status: 302, body: 'success' }, false],
  ])('treats %s as delivered: %s', async (_case, reply, delivered) => {
    configure(() => reply, { retries: 0 });

    await update();
    await wechat.pushes.settled();

    expect(wechat.pushes.last()?.delivered).toBe(delivered);
  });

  it('counts a reply slower than replyTimeoutMs as a failure and retries the same event', async () => {
    configure((n) => (n === 0 ? { delayMs: 1500 } : { body: 'success' }), {
      replyTimeoutMs: 300,
    });

    await update();
    await wechat.pushes.settled();

    const [slow, fast] = wechat.pushes.last()!.attempts;
    expect(slow?.status).toBeUndefined();
    expect(slow?.error).toBe('timeout: no reply within 300 ms');
    expect(slow?.durationMs).toBeGreaterThanOrEqual(250);
    expect(slow?.durationMs).toBeLessThan(1200);
    expect(fast).toMatchObject({ status: 200, body: 'success' });
    expect(wechat.pushes.last()?.delivered).toBe(true);
    const [first, second] = receiver.events();
    expect(second).toEqual(first);
  });

  it('records connection errors and retries them', async () => {
    const closedPort = await unusedPort();
    wechat.configurePush({
      url: `http://127.0.0.1:${closedPort}/push`,
      token: TOKEN,
      retries: 2,
      retryDelayMs: 0,
    });

    await update();
    await wechat.pushes.settled();

    const delivery = wechat.pushes.last()!;
    expect(delivery.delivered).toBe(false);
    expect(delivery.attempts).toHaveLength(3);
    for (const attempt of delivery.attempts) {
      expect(attempt.error).toMatch(/ECONNREFUSED/);
    }
  });

  it('sends nothing while push is not configured, and pushPathUpdate says so', async () => {
    await update();
    await wechat.pushes.settled();
    configure(() => ({ body: 'success' }));
    wechat.configurePush(undefined);
    await update();
    await wechat.pushes.settled();

    expect(receiver.received).toEqual([]);
    expect(wechat.pushes.all()).toEqual([]);
    await expect(wechat.pushPathUpdate('o-1')).rejects.toThrow(
      /not configured/,
    );
  });

  it('answers testUpdateOrder at once while the receiver has not replied', async () => {
    configure(() => ({ hang: true }));

    expect((await update())['errcode']).toBe(0);
    await receiver.waitFor(1);

    expect(wechat.pushes.last()).toMatchObject({
      pending: true,
      delivered: false,
      attempts: [],
    });
  });

  it('stop() aborts a pending push quickly, without retrying it', async () => {
    configure(() => ({ hang: true }));
    await update();
    await receiver.waitFor(1);

    const started = Date.now();
    await wechat.stop();

    expect(Date.now() - started).toBeLessThan(1000);
    const delivery = wechat.pushes.last()!;
    expect(delivery).toMatchObject({ pending: false, delivered: false });
    expect(delivery.attempts).toHaveLength(1);
    expect(delivery.attempts[0]?.error).toMatch(/^aborted/);
    expect(receiver.received).toHaveLength(1);
    await wechat.pushes.settled();
  });

  it('stop() also cuts the pause before a retry short', async () => {
    configure(() => ({ status: 500 }), { retryDelayMs: 60_000 });
    await update();
    await receiver.waitFor(1);
    while (wechat.pushes.last()?.attempts.length !== 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    const started = Date.now();
    await wechat.stop();

    expect(Date.now() - started).toBeLessThan(1000);
    expect(wechat.pushes.last()?.attempts).toHaveLength(1);
    expect(wechat.pushes.last()?.pending).toBe(false);
  });

  it('pushPathUpdate resolves with the final outcome after retries', async () => {
    configure((n) => (n === 0 ? { status: 502 } : { body: '' }));

    const delivery = await wechat.pushPathUpdate('o-1');

    expect(delivery.delivered).toBe(true);
    expect(delivery.attempts.map((a) => a.status)).toEqual([502, 200]);
  });
});

/** A loopback port nothing listens on (bound, read, released). */
async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 0;
}
