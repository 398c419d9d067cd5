import { createHash } from 'node:crypto';
import { WechatEmulator } from '../wechat-emulator';
import {
  CallbackReceiver,
  createStore,
  type IntracityApi,
  intracityApi,
  orderBody,
} from './intracity.spec-helper';

/** §5's recipe computed here, not with the emulator's function, so the spec checks it independently. */
function expectedSign(body: Record<string, unknown>, token: string): string {
  const text = Object.keys(body)
    .filter((key) => key !== 'sign')
    .sort()
    .map((key) => `${key}=${String(body[key])}`)
    .join('&');
  return createHash('md5')
    .update(`${text}&token=${token}`, 'utf8')
    .digest('hex');
}

describe('同城配送 emulator: status callbacks to callback_url (intracity.md §5)', () => {
  let wechat: WechatEmulator;
  let api: IntracityApi;
  let receiver: CallbackReceiver;
  let store: string;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    api = await intracityApi(wechat);
    receiver = await CallbackReceiver.start();
  });
  afterAll(async () => {
    await wechat.stop();
    await receiver.close();
  });
  beforeEach(async () => {
    wechat.intracity.reset();
    wechat.configurePush(undefined);
    receiver.received.length = 0;
    receiver.plan = () => ({
      status: 200,
      body: '{"return_code":0,"return_msg":"OK"}',
    });
    wechat.intracity.open();
    wechat.intracity.setCallbackPolicy({ retryDelayMs: 5 });
    store = await createStore(api, 's-1');
  });

  const addSandbox = async (id: string) => {
    const reply = await api.post(
      'intracityAddOrder',
      orderBody(store, id, { use_sandbox: 1, callback_url: receiver.url }),
    );
    expect(reply['errcode']).toBe(0);
    return String(reply['wx_order_id']);
  };

  it('POSTs JSON with the order fields, timestamp and the MD5 sign under the control Token', async () => {
    wechat.intracity.setCallbackToken('abcdefghi');
    const id = await addSandbox('o-1');
    const [callback] = await wechat.intracity.callbacks(id);
    expect(callback).toMatchObject({
      orderStatus: 10000,
      delivered: true,
      signed: true,
      url: receiver.url,
    });
    const { body, contentType } = receiver.received[0];
    expect(contentType).toBe('application/json');
    expect(body).toEqual({
      appid: wechat.appId,
      wx_store_id: store,
      wx_order_id: id,
      store_order_id: 'o-1',
      order_status: 10000,
      status_change_time: wechat.intracity.order(id)?.statusChangeTime,
      service_trans_id: 'DADA',
      timestamp: expect.any(Number) as number,
      sign: expectedSign(body, 'abcdefghi'),
    });
  });

  it("signs with the app's message-push Token when push is configured", async () => {
    wechat.intracity.setCallbackToken('control-token');
    wechat.configurePush({
      url: 'http://127.0.0.1:9/push',
      token: 'push-token',
    });
    const id = await addSandbox('o-1');
    await wechat.intracity.callbacks(id);
    const { body } = receiver.received[0];
    expect(body['sign']).toBe(expectedSign(body, 'push-token'));
  });

  it('sends no sign with omitCallbackSign (2023 behaviour), nor when no Token is known', async () => {
    const unsigned = await addSandbox('o-1');
    expect((await wechat.intracity.callbacks(unsigned))[0].signed).toBe(false);
    expect(receiver.received[0].body).not.toHaveProperty('sign');
    wechat.intracity.setCallbackToken('abcdefghi');
    wechat.intracity.omitCallbackSign();
    const omitted = await addSandbox('o-2');
    await wechat.intracity.callbacks(omitted);
    expect(receiver.received[1].body).not.toHaveProperty('sign');
    expect(receiver.received[1].body).toHaveProperty('timestamp');
  });

  it('a callback per status change: mocknotify, cancel and advance each send one', async () => {
    const id = await addSandbox('o-1');
    await api.post('intracityMockNotify', {
      wx_order_id: id,
      order_status: 30000,
    });
    await api.post('intracityCancelOrder', {
      wx_order_id: id,
      cancel_reason_id: 1,
    });
    const statuses = (await wechat.intracity.callbacks(id)).map(
      (c) => c.orderStatus,
    );
    expect(statuses).toEqual([10000, 30000, 20000]);
    wechat.intracity.credit({
      wxStoreId: store,
      serviceTransId: 'DADA',
      amount: 5000,
    });
    const real = await api.post(
      'intracityAddOrder',
      orderBody(store, 'o-2', { callback_url: receiver.url }),
    );
    wechat.intracity.advance(String(real['wx_order_id']), 30000);
    const realStatuses = (
      await wechat.intracity.callbacks(String(real['wx_order_id']))
    ).map((c) => c.orderStatus);
    expect(realStatuses).toEqual([10000, 30000]);
  });

  it('retries until the reply is {"return_code":0}, logging each attempt with its reply', async () => {
    receiver.plan = (index) =>
      index === 0
        ? { status: 500, body: 'busy' }
        : index === 1
          ? { status: 200, body: '{"return_code":1,"return_msg":"FAIL"}' }
          : { status: 200, body: '{"return_code":0,"return_msg":"OK"}' };
    const id = await addSandbox('o-1');
    const [callback] = await wechat.intracity.callbacks(id);
    expect(callback.delivered).toBe(true);
    expect(callback.attempts.map((a) => a.status)).toEqual([500, 200, 200]);
    expect(callback.attempts[1].reply).toBe(
      '{"return_code":1,"return_msg":"FAIL"}',
    );
  });

  it('gives up after the retries (1 + 3 attempts by default)', async () => {
    receiver.plan = () => ({ status: 200, body: 'success' });
    const id = await addSandbox('o-1');
    const [callback] = await wechat.intracity.callbacks(id);
    expect(callback.delivered).toBe(false);
    expect(callback.attempts).toHaveLength(4);
    expect(receiver.received).toHaveLength(4);
  });

  it('sends nothing for an order without callback_url', async () => {
    const reply = await api.post(
      'intracityAddOrder',
      orderBody(store, 'o-1', { use_sandbox: 1 }),
    );
    expect(
      await wechat.intracity.callbacks(String(reply['wx_order_id'])),
    ).toEqual([]);
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses a callback_url that is not an http(s) URL (934001)', async () => {
    const reply = await api.post(
      'intracityAddOrder',
      orderBody(store, 'o-1', { use_sandbox: 1, callback_url: 'ftp://x' }),
    );
    expect(reply['errmsg']).toMatch(/^callback_url is invalid/);
  });
});
