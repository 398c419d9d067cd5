import { Agent, request as httpRequest } from 'node:http';
import {
  call,
  postJson,
  stableToken,
  tokenValue,
} from './emulator-http.spec-helper';
import { WechatEmulator } from './wechat-emulator';

const CANCEL = '/cgi-bin/express/business/order/cancel';

describe('WechatEmulator', () => {
  let wechat: WechatEmulator;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
  });
  afterEach(() => wechat.stop());

  it('listens on a random loopback port with the default credentials', async () => {
    const other = await WechatEmulator.start({
      appId: 'wx-custom',
      appSecret: 's3cret',
    });
    try {
      expect(wechat.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(other.url).not.toBe(wechat.url);
      expect([wechat.appId, wechat.appSecret]).toEqual([
        'wx0000000000emulator',
        'emulator-secret',
      ]);
      expect([other.appId, other.appSecret]).toEqual(['wx-custom', 's3cret']);
    } finally {
      await other.stop();
    }
  });

  it('records every request with method, path, query, headers, raw and parsed body', async () => {
    const before = wechat.clock.now();
    await postJson(wechat, `${CANCEL}?access_token=abc&x=1`, {
      order_id: '订单1',
    });
    await postJson(wechat, CANCEL, 'not json');
    await call(wechat, 'GET', '/cgi-bin/token?grant_type=client_credential');

    const [first, second] = wechat.requests.forPath(CANCEL);
    expect(first).toMatchObject({
      method: 'POST',
      path: CANCEL,
      query: { access_token: 'abc', x: '1' },
      rawBody: '{"order_id":"订单1"}',
      body: { order_id: '订单1' },
    });
    expect(first?.headers['content-type']).toBe('application/json');
    expect(first?.receivedAt).toBeGreaterThanOrEqual(before);
    expect(second).toMatchObject({ rawBody: 'not json', body: undefined });
    expect(wechat.requests.count()).toBe(3);
    expect(wechat.requests.count(CANCEL)).toBe(2);
    expect(wechat.requests.last()?.path).toBe('/cgi-bin/token');

    wechat.requests.clear();
    expect(wechat.requests.all()).toEqual([]);
  });

  it('keeps connections alive, so a keep-alive client uses one connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < 3; i += 1) {
        const { headers } = await get(agent, `${wechat.url}/cgi-bin/token`);
        expect(headers['connection']).toBe('keep-alive');
      }
      expect(wechat.connectionCount).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it('counts one connection per request for a client that does not reuse sockets', async () => {
    const agent = new Agent({ keepAlive: false });
    for (let i = 0; i < 3; i += 1)
      await get(agent, `${wechat.url}/cgi-bin/token`);

    expect(wechat.connectionCount).toBe(3);
  });

  it('answers an unknown path with HTTP 404 and errcode 40066', async () => {
    const { status, body } = await call(
      wechat,
      'POST',
      '/cgi-bin/express/business/nope',
      '{}',
    );

    expect(status).toBe(404);
    expect(body['errcode']).toBe(40066);
    expect(body['errmsg']).toMatch(/^invalid url rid: /);
  });

  it('answers 43002 to GET on a POST-only endpoint', async () => {
    const token = await tokenValue(stableToken(wechat));

    expect(
      (await call(wechat, 'GET', `${CANCEL}?access_token=${token}`)).body[
        'errcode'
      ],
    ).toBe(43002);
  });

  it('reset() gives fresh state on the same server', async () => {
    wechat.orders.seed({ orderId: 'o-1', deliveryId: 'TEST' });
    wechat.faults.inject({ errcode: -1 });
    const url = wechat.url;

    wechat.reset();

    expect(wechat.orders.list()).toEqual([]);
    expect(wechat.faults.pending()).toEqual([]);
    expect(wechat.requests.count()).toBe(0);
    expect(wechat.url).toBe(url);
    expect((await stableToken(wechat)).body['access_token']).toEqual(
      expect.any(String),
    );
  });

  it('stop() closes idle keep-alive sockets and can be called twice', async () => {
    const agent = new Agent({ keepAlive: true });
    try {
      await get(agent, `${wechat.url}/cgi-bin/token`);
      await wechat.stop();
      await wechat.stop();

      await expect(fetch(`${wechat.url}/cgi-bin/token`)).rejects.toMatchObject({
        message: 'fetch failed',
      });
    } finally {
      agent.destroy();
    }
  });
});

function get(
  agent: Agent,
  url: string,
): Promise<{ headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve({ headers: response.headers }));
    })
      .on('error', reject)
      .end();
  });
}

describe('WechatEmulator.start() options', () => {
  it('rejects a bad option before opening a socket, naming the field', async () => {
    await expect(WechatEmulator.start({ port: -1 })).rejects.toThrow(/port/);
    await expect(
      WechatEmulator.start({ tokenExpiresInSeconds: 0 }),
    ).rejects.toThrow(/tokenExpiresInSeconds/);
  });
});
