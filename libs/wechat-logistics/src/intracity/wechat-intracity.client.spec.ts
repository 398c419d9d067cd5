import { type EndpointDefinition } from '../core/caller/endpoint-definition';
import { WechatValidationError } from '../core/errors';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { validOrder, validQuote } from './dto/intracity.spec-helper';
import { INTRACITY_ENDPOINTS } from './intracity.endpoints';
import { WechatIntracityClient } from './wechat-intracity.client';

/** Calls straight through: these specs look at what is sent. */
const telemetry = {
  call: (_api: string, run: () => Promise<unknown>) => run(),
} as unknown as WechatTelemetry;

function clientAnswering(
  reply: Record<string, unknown> = { errcode: 0, errmsg: 'ok' },
  appId: string | undefined = 'wxapp',
) {
  const sent: { path: string; body: unknown }[] = [];
  const client = new WechatIntracityClient(
    (spec: EndpointDefinition, body?: unknown) => {
      sent.push({ path: spec.path, body });
      return Promise.resolve(reply);
    },
    telemetry,
    () => Promise.resolve(appId),
  );
  return { client, sent };
}

describe('WechatIntracityClient', () => {
  it('declares the 16 endpoints under /cgi-bin/express/intracity, secured but apply', () => {
    const endpoints = Object.values(INTRACITY_ENDPOINTS);
    expect(endpoints).toHaveLength(16);
    for (const endpoint of endpoints) {
      expect(endpoint.path).toMatch(/^\/cgi-bin\/express\/intracity\/[a-z]+$/);
      expect(endpoint.apiSecurity).toBe(
        endpoint.api === 'intracity.apply' ? 'supported' : 'required',
      );
    }
    // The four whose repeat cannot tell what the first did are sent once.
    expect(
      endpoints
        .filter((endpoint) => 'retryBusy' in endpoint && !endpoint.retryBusy)
        .map((endpoint) => endpoint.api),
    ).toEqual([
      'intracity.createStore',
      'intracity.storeRefund',
      'intracity.addOrder',
      'intracity.cancelOrder',
    ]);
  });

  it('sends a sandbox order in snake_case with use_sandbox 1 and numbers as numbers', async () => {
    const { client, sent } = clientAnswering();
    await client.addOrder(validOrder() as never);
    expect(sent[0].path).toBe('/cgi-bin/express/intracity/addorder');
    expect(sent[0].body).toEqual({
      wx_store_id: '4000000000000042001',
      store_order_id: 'ORD-0001',
      user_openid: 'oUser1',
      user_name: '张三',
      user_phone: '13800138000',
      user_lng: 113.32,
      user_lat: 23.1,
      user_address: '广东省广州市海珠区新港中路397号',
      order_detail_path: 'pages/order/detail?id=ORD-0001',
      callback_url: 'http://127.0.0.1:3000/intracity/callback',
      use_sandbox: 1,
      cargo: {
        cargo_name: '蛋糕',
        cargo_weight: 1500,
        cargo_price: 12800,
        cargo_type: 13,
        cargo_num: 1,
        item_list: [
          {
            item_name: '生日蛋糕',
            item_pic_url: 'https://example.com/cake.png',
            count: 1,
          },
        ],
      },
    });
  });

  it('sends no use_sandbox for a real order (never 0)', async () => {
    const { client, sent } = clientAnswering();
    await client.addOrder({ ...validOrder(), useSandbox: false } as never);
    await client.addOrder({ ...validOrder(), useSandbox: undefined } as never);
    for (const { body } of sent) expect(body).not.toHaveProperty('use_sandbox');
  });

  it("sends the quote's cargo name at the top level too", async () => {
    const { client, sent } = clientAnswering();
    await client.preAddOrder(validQuote() as never);
    expect(sent[0].body).toMatchObject({
      cargo_name: '蛋糕',
      cargo: { cargo_name: '蛋糕' },
      use_sandbox: 1,
    });
  });

  it('always sends pay_mode to queryflow, PAY_MODE_STORE when absent', async () => {
    const { client, sent } = clientAnswering();
    await client.queryFlow({ wxStoreId: '4000', flowType: 1 });
    await client.queryFlow({
      wxStoreId: '4000',
      flowType: 2,
      payMode: 'PAY_MODE_APP' as never,
    });
    expect(sent.map(({ body }) => body)).toEqual([
      { wx_store_id: '4000', flow_type: 1, pay_mode: 'PAY_MODE_STORE' },
      { wx_store_id: '4000', flow_type: 2, pay_mode: 'PAY_MODE_APP' },
    ]);
  });

  it("sends the app's own appid to setpaymode and getpaymode", async () => {
    const { client, sent } = clientAnswering({
      errcode: 0,
      pay_mode: 'PAY_MODE_APP',
      pay_appid: 'wxapp',
    });
    await client.setPayMode({ payMode: 'PAY_MODE_APP' as never });
    expect(await client.getPayMode()).toEqual({
      payMode: 'PAY_MODE_APP',
      payAppid: 'wxapp',
      payComponentAppid: undefined,
    });
    expect(sent.map(({ body }) => body)).toEqual([
      { appid: 'wxapp', pay_mode: 'PAY_MODE_APP' },
      { appid: 'wxapp' },
    ]);
  });

  it('sends apply as {} and updatestore keys/content nested', async () => {
    const { client, sent } = clientAnswering();
    await client.apply();
    await client.updateStore({
      keys: { wxStoreId: '4000' },
      content: { orderPattern: 2, serviceTransPrefer: 'SFTC' as never },
    });
    expect(sent.map(({ body }) => body)).toEqual([
      {},
      {
        keys: { wx_store_id: '4000' },
        content: { order_pattern: 2, service_trans_prefer: 'SFTC' },
      },
    ]);
  });

  it('refuses an invalid input, and an app without an appId for setPayMode, sending nothing', async () => {
    const { client, sent } = clientAnswering({}, '');
    await expect(
      client.storeCharge({
        wxStoreId: '4000',
        serviceTransId: 'DADA' as never,
        amount: 100,
      }),
    ).rejects.toBeInstanceOf(WechatValidationError);
    await expect(
      client.setPayMode({ payMode: 'PAY_MODE_APP' as never }),
    ).rejects.toThrow(/appid is unknown/);
    expect(sent).toEqual([]);
  });
});
