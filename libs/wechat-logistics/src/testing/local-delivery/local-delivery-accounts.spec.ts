import {
  businessApi,
  postJson,
  RID_SUFFIX,
} from '../emulator-http.spec-helper';
import { SHOP_B } from '../emulator-fixtures.spec-helper';
import { WECHAT_PATHS } from '../http/emulator-routes';
import { WechatEmulator } from '../wechat-emulator';
import {
  type LocalApi,
  localApi,
  orderBody,
} from './local-delivery.spec-helper';

const P = WECHAT_PATHS;

describe('即时配送 emulator: carriers, shops and WeChat-level refusals (local-delivery.md §1.5, §3.1–§3.4)', () => {
  let wechat: WechatEmulator;
  let api: LocalApi;

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    api = await localApi(wechat);
  });
  afterAll(() => wechat.stop());
  beforeEach(() => wechat.localDelivery.reset());

  const asAuthorizer = (path: string, body: unknown) =>
    postJson(
      wechat,
      `${path}?access_token=${wechat.tokens.issueAuthorizer()}`,
      body,
    );

  it('delivery/getall lists the real carriers with no errcode, with or without a {} body', async () => {
    const expected = {
      resultcode: 0,
      resultmsg: 'ok',
      list: [
        { delivery_id: 'SFTC', delivery_name: '顺丰同城急送' },
        { delivery_id: 'SS', delivery_name: '闪送' },
        { delivery_id: 'MTPS', delivery_name: '美团配送' },
        { delivery_id: 'DADA', delivery_name: '达达' },
        { delivery_id: 'UU', delivery_name: 'UU跑腿' },
      ],
    };
    expect(await api.post('localGetAllImmeDelivery', {})).toEqual(expected);
    const raw = await (
      await businessApi(wechat)
    ).post(P.localGetAllImmeDelivery, '');
    expect(raw).toEqual(expected);
  });

  it('shop/get lists the shops bound with bindShop, with audit_result', async () => {
    expect(await api.post('localGetBindAccount', {})).toEqual({
      resultcode: 0,
      resultmsg: 'ok',
      shop_list: [],
    });
    wechat.localDelivery.bindShop({
      shopId: 'sf-1',
      deliveryId: 'SFTC',
      secret: 's',
    });
    wechat.localDelivery.bindShop({
      shopId: 'dada-1',
      deliveryId: 'DADA',
      secret: 's',
      auditResult: 1,
    });
    expect(await api.post('localGetBindAccount', {})).toMatchObject({
      shop_list: [
        { shopid: 'sf-1', delivery_id: 'SFTC', audit_result: 0 },
        { shopid: 'dada-1', delivery_id: 'DADA', audit_result: 1 },
      ],
    });
  });

  it("shop/add: 86000 with the app's own token, 930561 for an unknown carrier, else ok and the request is recorded", async () => {
    const own = await api.post('localBindAccount', { delivery_id: 'SFTC' });
    expect(own).toMatchObject({ errcode: 86000 });
    expect(String(own['errmsg'])).toMatch(RID_SUFFIX);
    expect(
      (await asAuthorizer(P.localBindAccount, { delivery_id: 'DDPS' })).body,
    ).toMatchObject({ errcode: 930561 });
    expect(
      (await asAuthorizer(P.localBindAccount, { delivery_id: 'SFTC' })).body,
    ).toEqual({ resultcode: 0, resultmsg: 'ok' });
    expect(wechat.localDelivery.bindRequests()).toEqual(['SFTC']);
  });

  it("open: 86000 with the app's own token, then ok once, then 930569", async () => {
    expect(await api.post('localOpenDelivery', {})).toMatchObject({
      errcode: 86000,
    });
    expect((await asAuthorizer(P.localOpenDelivery, {})).body).toEqual({
      resultcode: 0,
      resultmsg: 'ok',
    });
    expect((await asAuthorizer(P.localOpenDelivery, {})).body).toMatchObject({
      errcode: 930569,
    });
  });

  describe('which shop and carrier an order call may name', () => {
    it('930560 for a shopid the app has not bound, has bound to another carrier, or whose audit is pending', async () => {
      const sf = { shopid: 'sf-1', delivery_id: 'SFTC', secret: 's' };
      expect(
        await api.post('localPreAddOrder', orderBody('o1', sf)),
      ).toMatchObject({ errcode: 930560 });
      wechat.localDelivery.bindShop({
        shopId: 'sf-1',
        deliveryId: 'SFTC',
        secret: 's',
        auditResult: 1,
      });
      expect(
        await api.post('localPreAddOrder', orderBody('o1', sf)),
      ).toMatchObject({ errcode: 930560 });
      wechat.localDelivery.bindShop({
        shopId: 'sf-1',
        deliveryId: 'SFTC',
        secret: 's',
      });
      expect(
        await api.post(
          'localPreAddOrder',
          orderBody('o1', { ...sf, delivery_id: 'DADA' }),
        ),
      ).toMatchObject({ errcode: 930560 });
      expect(
        await api.post('localPreAddOrder', orderBody('o1', sf)),
      ).toMatchObject({ resultcode: 0 });
    });

    it('930561 for an unknown delivery_id, TEST with a real shop, or the sandbox shop with a real carrier', async () => {
      wechat.localDelivery.bindShop({
        shopId: 'sf-1',
        deliveryId: 'SFTC',
        secret: 's',
      });
      expect(
        await api.post(
          'localPreAddOrder',
          orderBody('o1', { delivery_id: 'DDPS' }),
        ),
      ).toMatchObject({ errcode: 930561 });
      expect(
        await api.post(
          'localPreAddOrder',
          orderBody('o1', { shopid: 'sf-1', secret: 's' }),
        ),
      ).toMatchObject({ errcode: 930561 });
      expect(
        await api.post(
          'localPreAddOrder',
          orderBody('o1', { delivery_id: 'SFTC' }),
        ),
      ).toMatchObject({ errcode: 930561 });
    });

    it('another app does not share the bound shops', async () => {
      const other = wechat.addApp(SHOP_B);
      other.localDelivery.bindShop({
        shopId: 'sf-9',
        deliveryId: 'SFTC',
        secret: 's',
      });
      expect(
        await api.post(
          'localPreAddOrder',
          orderBody('o1', { shopid: 'sf-9', delivery_id: 'SFTC', secret: 's' }),
        ),
      ).toMatchObject({ errcode: 930560 });
    });
  });
});
