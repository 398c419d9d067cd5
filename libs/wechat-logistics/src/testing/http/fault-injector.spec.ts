import {
  call,
  postJson,
  RID_SUFFIX,
  stableToken,
  tokenValue,
} from '../emulator-http.spec-helper';
import { WechatEmulator } from '../wechat-emulator';

const CANCEL = '/cgi-bin/express/business/order/cancel';
const cancelBody = { order_id: 'o-1', delivery_id: 'TEST', waybill_id: 'wb-1' };

describe('fault injection', () => {
  let wechat: WechatEmulator;
  let cancelPath: string;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    cancelPath = `${CANCEL}?access_token=${await tokenValue(stableToken(wechat))}`;
    wechat.orders.seed({
      orderId: 'o-1',
      deliveryId: 'TEST',
      waybillId: 'wb-1',
    });
  });
  afterEach(() => wechat.stop());

  it('answers an injected errcode once, with the catalogue errmsg and a rid, then behaves normally', async () => {
    wechat.faults.inject({ path: CANCEL, errcode: -1, times: 1 });

    const faulted = await postJson(wechat, cancelPath, cancelBody);
    expect(faulted.status).toBe(200);
    expect(faulted.body['errcode']).toBe(-1);
    expect(faulted.body['errmsg']).toMatch(/^system error rid: /);
    expect(faulted.body['errmsg']).toMatch(RID_SUFFIX);
    expect(wechat.orders.get('o-1')?.status).toBe('active');

    expect(
      (await postJson(wechat, cancelPath, cancelBody)).body['errcode'],
    ).toBe(0);
    expect(wechat.faults.pending()).toEqual([]);
  });

  it('merges extra body fields and sends an exact errmsg', async () => {
    wechat.faults.inject({
      path: CANCEL,
      errcode: 9300501,
      errmsg: 'delivery logic fail',
      body: {
        delivery_resultcode: 10002,
        delivery_resultmsg: '客户密码不正确',
      },
    });

    expect((await postJson(wechat, cancelPath, cancelBody)).body).toEqual({
      errcode: 9300501,
      errmsg: 'delivery logic fail',
      delivery_resultcode: 10002,
      delivery_resultmsg: '客户密码不正确',
    });
  });

  it('acts before the token check, so token endpoints and tokenless calls can be faulted', async () => {
    wechat.faults.inject({
      path: '/cgi-bin/stable_token',
      errcode: 45009,
      times: 1,
    });
    wechat.faults.inject({ path: CANCEL, errcode: 9300502, times: 1 });

    expect((await stableToken(wechat)).body['errcode']).toBe(45009);
    expect((await postJson(wechat, CANCEL, '')).body['errcode']).toBe(9300502);
    expect(wechat.tokens.fetchCountFor('stable')).toBe(1); // only the beforeEach fetch
    expect((await stableToken(wechat)).body['access_token']).toEqual(
      expect.any(String),
    );
  });

  it('uses faults in order, each up to its times, and a path-less fault on every path', async () => {
    wechat.faults.inject({ path: CANCEL, errcode: 930555, times: 2 });
    wechat.faults.inject({ errcode: -1, times: 1 });

    const codes: unknown[] = [];
    for (let i = 0; i < 4; i += 1) {
      codes.push(
        (await postJson(wechat, cancelPath, cancelBody)).body['errcode'],
      );
    }
    expect(codes).toEqual([930555, 930555, -1, 0]);
  });

  it('delays the normal answer by delayMs', async () => {
    wechat.faults.inject({ path: CANCEL, delayMs: 200, times: 1 });

    const started = Date.now();
    const { body } = await postJson(wechat, cancelPath, cancelBody);

    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(body['errcode']).toBe(0);
  });

  it('delays, then acts, when delayMs is combined with an errcode', async () => {
    wechat.faults.inject({ path: CANCEL, delayMs: 100, errcode: -1 });

    const started = Date.now();
    expect(
      (await postJson(wechat, cancelPath, cancelBody)).body['errcode'],
    ).toBe(-1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('answers a gateway error page as text/html', async () => {
    wechat.faults.inject({ path: CANCEL, httpStatus: 502, times: 1 });
    wechat.faults.inject({
      path: CANCEL,
      httpStatus: 503,
      htmlBody: '<p>down</p>',
      times: 1,
    });

    const first = await postJson(wechat, cancelPath, cancelBody);
    expect(first.status).toBe(502);
    expect(first.headers.get('content-type')).toMatch(/^text\/html/);
    expect(first.text).toContain('502 Bad Gateway');

    const second = await postJson(wechat, cancelPath, cancelBody);
    expect([second.status, second.text]).toEqual([503, '<p>down</p>']);
  });

  it('answers a truncated JSON body with HTTP 200', async () => {
    wechat.faults.inject({ path: CANCEL, malformedJson: true });

    const { status, text, headers } = await postJson(
      wechat,
      cancelPath,
      cancelBody,
    );

    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).toBe('{"errcode":0,"errm');
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('resets the connection without a reply, and the next request gets a new one', async () => {
    wechat.faults.inject({ path: CANCEL, reset: true, times: 1 });

    const failure = await postJson(wechat, cancelPath, cancelBody).catch(
      (error: unknown) => error,
    );
    // fetch's TypeError comes from Node's realm, not Jest's, so match by shape.
    expect(failure).toMatchObject({
      message: 'fetch failed',
      cause: { code: 'ECONNRESET' },
    });

    expect(
      (await postJson(wechat, cancelPath, cancelBody)).body['errcode'],
    ).toBe(0);
    expect(wechat.requests.count(CANCEL)).toBe(2);
  });

  it('hangs until stop(), which still resolves promptly', async () => {
    wechat.faults.inject({ path: CANCEL, hang: true });
    const pending = postJson(wechat, cancelPath, cancelBody).catch(
      (error: unknown) => error,
    );
    await until(() => wechat.requests.count(CANCEL) === 1);

    const started = Date.now();
    await wechat.stop();

    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toMatchObject({ message: 'fetch failed' });
  });

  it('abandons a pending delay on stop()', async () => {
    wechat.faults.inject({ path: CANCEL, delayMs: 60_000 });
    const pending = postJson(wechat, cancelPath, cancelBody).catch(
      (error: unknown) => error,
    );
    await until(() => wechat.requests.count(CANCEL) === 1);

    await wechat.stop();
    expect(await pending).toMatchObject({ message: 'fetch failed' });
  });

  it('faults unknown paths too', async () => {
    wechat.faults.inject({ errcode: -1, times: 1 });
    expect((await call(wechat, 'GET', '/nope')).body['errcode']).toBe(-1);
  });

  it('rejects faults that would do nothing or cannot be carried out', () => {
    expect(() => wechat.faults.inject({ path: CANCEL })).toThrow(TypeError);
    expect(() => wechat.faults.inject({ errcode: -1, times: 0 })).toThrow(
      RangeError,
    );
    expect(() => wechat.faults.inject({ httpStatus: 42 })).toThrow(RangeError);
    expect(() => wechat.faults.inject({ htmlBody: '<p/>' })).toThrow(TypeError);
  });

  it('clear() drops every pending fault', async () => {
    wechat.faults.inject({ errcode: -1 });
    wechat.faults.clear();

    expect(
      (await postJson(wechat, cancelPath, cancelBody)).body['errcode'],
    ).toBe(0);
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
