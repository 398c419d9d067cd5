import { WechatApiError, WechatShopSecretError } from '../core/errors';
import { type EndpointDefinition } from '../core/caller/endpoint-definition';
import { toErrorResponse } from '../core/filters/wechat-error-response';
import { resolveLocalDelivery } from '../core/options/resolve-local-delivery';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { validAdd } from './dto/local-delivery.spec-helper';
import { WechatLocalDeliveryClient } from './wechat-local-delivery.client';

const SECRET = 'Carrier-AppSecret-5e4d3c';

/** Calls straight through: these specs look at what is sent and how replies read. */
const telemetry = {
  call: (_api: string, run: () => Promise<unknown>) => run(),
} as unknown as WechatTelemetry;

function clientAnswering(reply: Record<string, unknown>) {
  const sent: { path: string; body: unknown }[] = [];
  const client = new WechatLocalDeliveryClient(
    (spec: EndpointDefinition, body?: unknown) => {
      sent.push({ path: spec.path, body });
      return Promise.resolve(reply);
    },
    telemetry,
    () =>
      Promise.resolve({
        appId: 'wxapp',
        levels: resolveLocalDelivery(
          { localDelivery: { shopSecrets: { shop_real: SECRET } } },
          '',
          [],
        ),
      }),
  );
  return { client, sent };
}

describe('WechatLocalDeliveryClient', () => {
  it("signs with the official vector and sends WeChat's keys (shopid, snake_case)", async () => {
    const { client, sent } = clientAnswering({
      resultcode: 0,
      resultmsg: 'ok',
    });
    await client.getOrder({
      shopId: 'test_shop_id',
      shopOrderId: 'test_shop_order_id',
    });
    expect(sent).toEqual([
      {
        path: '/cgi-bin/express/local/business/order/get',
        body: {
          shopid: 'test_shop_id',
          shop_order_id: 'test_shop_order_id',
          delivery_sign: 'a93d8d6bae9a9483c1b1d4e8670e7f6226ec94cb',
        },
      },
    ]);
  });

  it('signs a configured shop with its secret, which never travels', async () => {
    const { client, sent } = clientAnswering({
      resultcode: 0,
      resultmsg: 'ok',
      fee: 10,
    });
    await client.addOrder({ ...validAdd(), shopId: 'shop_real' });
    const body = sent[0].body as Record<string, unknown>;
    expect(body.delivery_sign).toMatch(/^[0-9a-f]{40}$/);
    expect(JSON.stringify(sent)).not.toContain(SECRET);
    expect(body).toMatchObject({
      shopid: 'shop_real',
      cargo: { goods_value: 38.5, cargo_first_class: '美食夜宵' },
      order_info: { order_type: 0 },
      receiver: { address_detail: '1栋', lng: 113.323753 },
    });
  });

  it('fails a shop without a secret before anything is sent (HTTP 500 naming the shop)', async () => {
    const { client, sent } = clientAnswering({ resultcode: 0 });
    const error = await client
      .getOrder({ shopId: 'shop_unknown', shopOrderId: 'o' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatShopSecretError);
    expect(sent).toEqual([]);
    const { status, body } = toErrorResponse(error as WechatShopSecretError);
    expect(status).toBe(500);
    expect(body).toMatchObject({ shopId: 'shop_unknown' });
    expect(body.message).toContain('"shop_unknown"');
  });

  it('does not sign mockUpdateOrder (§4), and sends nothing for an invalid input', async () => {
    const { client, sent } = clientAnswering({ resultcode: 0, resultmsg: '' });
    await expect(
      client.mockUpdateOrder({
        shopId: 'test_shop_id',
        shopOrderId: 'o',
        orderStatus: 102,
        actionTime: 1764140400,
      }),
    ).resolves.toEqual({});
    expect(sent[0].body).toEqual({
      shopid: 'test_shop_id',
      shop_order_id: 'o',
      order_status: 102,
      action_time: 1764140400,
    });
    await expect(
      client.mockUpdateOrder({
        shopId: 'test_shop_id',
        shopOrderId: 'o',
        orderStatus: 102,
        actionTime: 1764140400000,
      }),
    ).rejects.toThrow(/milliseconds/);
    expect(sent).toHaveLength(1);
  });

  it("turns a carrier's resultcode into a WechatApiError with errcode 0 and the carrier fields (502)", async () => {
    const { client } = clientAnswering({
      resultcode: 2062,
      resultmsg: '订单价格信息已过期,请重新查询后发单',
      fee: 0,
      waybill_id: '',
      order_status: 0,
    });
    const error = (await client
      .addOrder(validAdd())
      .catch((e: unknown) => e)) as WechatApiError;
    expect(error).toBeInstanceOf(WechatApiError);
    expect(error).toMatchObject({
      errcode: 0,
      deliveryResultcode: 2062,
      deliveryResultmsg: '订单价格信息已过期,请重新查询后发单',
      api: 'localDelivery.addOrder',
      attempts: 1,
    });
    expect(error.message).toContain('carrier resultcode 2062');
    const { status, body } = toErrorResponse(error);
    expect(status).toBe(502);
    expect(body).toMatchObject({
      errcode: 0,
      deliveryResultcode: 2062,
      error: 'Bad Gateway',
    });
    expect(body.message).toMatch(/carrier refused it/);
  });

  it.each(['签名校验失败', '平台签名验证错误'])(
    'reads a refused sign (%s) as such, naming the shop and the option',
    async (resultmsg) => {
      const { client } = clientAnswering({ resultcode: 1, resultmsg });
      const error = (await client
        .preCancelOrder({
          shopId: 'shop_real',
          shopOrderId: 'o',
          deliveryId: 'SS',
          waybillId: 'w',
        })
        .catch((e: unknown) => e)) as WechatApiError;
      expect(error.deliveryResultmsg).toBe(resultmsg);
      const { body } = toErrorResponse(error);
      expect(body.message).toContain('The carrier refused the delivery_sign');
      expect(body.message).toContain('"shop_real"');
      expect(body.message).toContain('localDelivery');
      expect(JSON.stringify(body)).not.toContain(SECRET);
    },
  );

  it("maps getOrder's reach_time as seconds remaining, with the status words", async () => {
    const { client } = clientAnswering({
      resultcode: 0,
      resultmsg: 'ok',
      order_status: 301,
      waybill_id: 'W1',
      rider_name: '谢**',
      rider_phone: '137******2',
      rider_lng: 113.3,
      rider_lat: 23.1,
      reach_time: 300,
    });
    await expect(
      client.getOrder({ shopId: 'test_shop_id', shopOrderId: 'o' }),
    ).resolves.toEqual({
      orderStatus: 301,
      orderStatusInfo: { zh: '配送中', en: 'in delivery', final: undefined },
      waybillId: 'W1',
      riderName: '谢**',
      riderPhone: '137******2',
      riderLng: 113.3,
      riderLat: 23.1,
      reachInSeconds: 300,
    });
  });

  it('reads the documented add reply (fees in yuan, metres, seconds)', async () => {
    const { client } = clientAnswering({
      resultcode: 0,
      resultmsg: 'ok',
      fee: 10,
      deliverfee: 10,
      couponfee: 0,
      tips: 0,
      insurancefee: 0,
      distance: 1000,
      waybill_id: '123456789',
      order_status: 101,
      finish_code: 1024,
      pickup_code: 2048,
      dispatch_duration: 300,
    });
    await expect(client.addOrder(validAdd())).resolves.toEqual({
      fee: 10,
      deliverFee: 10,
      couponFee: 0,
      tips: 0,
      insuranceFee: 0,
      distance: 1000,
      waybillId: '123456789',
      orderStatus: 101,
      finishCode: 1024,
      pickupCode: 2048,
      dispatchDuration: 300,
    });
  });
});
