import { businessApi, RID_SUFFIX } from '../emulator-http.spec-helper';
import { INTRACITY_PATHS } from './intracity.routes';
import { WechatEmulator } from '../wechat-emulator';
import {
  createStore,
  type IntracityApi,
  intracityApi,
  storeBody,
} from './intracity.spec-helper';

const SHOP_B = { appId: 'wx0000000intracityb', appSecret: 'shop-b-secret' };

describe('同城配送 emulator: apply, stores, pay mode and cities (intracity.md §4.1–§4.4, §4.9–§4.11)', () => {
  let wechat: WechatEmulator;
  let api: IntracityApi;

  beforeAll(async () => {
    wechat = await WechatEmulator.start({ apps: [SHOP_B] });
    api = await intracityApi(wechat);
  });
  afterAll(() => wechat.stop());
  beforeEach(() => {
    wechat.intracity.reset();
    wechat.app(SHOP_B.appId).intracity.reset();
  });

  describe('API security (intracity.md §1)', () => {
    it('refuses a plain call to any path but apply with 934011, and takes apply plain', async () => {
      const plain = await businessApi(wechat);
      const createStore = await plain.post(
        INTRACITY_PATHS.intracityCreateStore,
        storeBody('plain-store'),
      );
      expect(createStore['errcode']).toBe(934011);
      expect(createStore['errmsg']).toMatch(/^signature is needed/);
      expect(wechat.intracity.stores()).toEqual([]);

      expect(await plain.post(INTRACITY_PATHS.intracityApply, {})).toEqual({
        errcode: 0,
        errmsg: 'ok',
      });
    });

    it('keeps what each secured call carried, decrypted, for tests (the request log holds the envelope)', async () => {
      await api.post('intracityApply');
      await createStore(api, 'opened-store');

      const [opened] = wechat.apiSecurity.openedRequests(
        INTRACITY_PATHS.intracityCreateStore,
      );
      expect(opened).toMatchObject({
        appId: wechat.appId,
        body: { out_store_id: 'opened-store' },
      });
      expect(opened?.body).not.toHaveProperty('_n');
      const logged = wechat.requests
        .forPath(INTRACITY_PATHS.intracityCreateStore)
        .at(-1);
      expect(Object.keys(logged?.body as object).sort()).toEqual([
        'authtag',
        'data',
        'iv',
      ]);
    });
  });

  describe('apply', () => {
    it('answers 48001 to every other call until apply, which is idempotent', async () => {
      const before = await api.post('intracityGetCity');
      expect(before['errcode']).toBe(48001);
      expect(before['errmsg']).toMatch(/^api unauthorized rid: /);
      expect(await api.post('intracityApply')).toEqual({
        errcode: 0,
        errmsg: 'ok',
      });
      expect(await api.post('intracityApply')).toEqual({
        errcode: 0,
        errmsg: 'ok',
      });
      expect(wechat.intracity.applied).toBe(true);
      expect((await api.post('intracityGetCity'))['errcode']).toBe(0);
    });

    it('lets every call through from the start with requireApply(false), and open() stands for the console', async () => {
      wechat.intracity.requireApply(false);
      expect((await api.post('intracityGetCity'))['errcode']).toBe(0);
      wechat.intracity.reset();
      wechat.intracity.open();
      expect((await api.post('intracityGetCity'))['errcode']).toBe(0);
    });
  });

  describe('stores', () => {
    beforeEach(() => wechat.intracity.open());

    it('createstore answers a 19-digit wx_store_id string, the appid and the out_store_id', async () => {
      const reply = await api.post('intracityCreateStore', storeBody('s-1'));
      expect(reply).toMatchObject({
        errcode: 0,
        appid: wechat.appId,
        out_store_id: 's-1',
      });
      expect(reply['wx_store_id']).toMatch(/^\d{19}$/);
      expect(wechat.intracity.store('s-1')?.wxStoreId).toBe(
        reply['wx_store_id'],
      );
    });

    it("refuses a repeated out_store_id with 934010 and WeChat's words", async () => {
      await createStore(api, 's-1');
      const reply = await api.post('intracityCreateStore', storeBody('s-1'));
      expect(reply['errcode']).toBe(934010);
      expect(reply['errmsg']).toMatch(
        /^store has created, please change another out_store_id rid: /,
      );
    });

    it.each([
      ['out_store_id', storeBody('', {}), 'out_store_id is required'],
      [
        'address_info',
        storeBody('s', { address_info: undefined }),
        'address_info is required',
      ],
      [
        'address_info.house',
        storeBody('s', {}, { house: '' }),
        'address_info.house is required',
      ],
      [
        'address_info.lat',
        storeBody('s', {}, { lat: '23.1' }),
        'address_info.lat is invalid',
      ],
      [
        'address_info.phone',
        storeBody('s', {}, { phone: '12345' }),
        'address_info.phone is invalid',
      ],
      [
        'order_pattern',
        storeBody('s', { order_pattern: 3 }),
        'order_pattern is invalid',
      ],
      [
        'service_trans_prefer',
        storeBody('s', { order_pattern: 2 }),
        'service_trans_prefer is required',
      ],
    ])('names a bad %s with 934001', async (_field, body, text) => {
      const reply = await api.post('intracityCreateStore', body);
      expect(reply['errcode']).toBe(934001);
      expect(reply['errmsg']).toMatch(
        new RegExp(`^${text.replace('.', '\\.')}`),
      );
      expect(reply['errmsg']).toMatch(RID_SUFFIX);
    });

    it('refuses a carrier other than DADA/SFTC with 934003', async () => {
      const reply = await api.post(
        'intracityCreateStore',
        storeBody('s', { order_pattern: 2, service_trans_prefer: 'MTPS' }),
      );
      expect(reply['errcode']).toBe(934003);
    });

    it('querystore finds one store by either id, or lists all, without store_name', async () => {
      const first = await createStore(api, 's-1');
      await createStore(api, 's-2', {
        order_pattern: 2,
        service_trans_prefer: 'SFTC',
      });
      const one = await api.post('intracityQueryStore', { wx_store_id: first });
      expect(one).toMatchObject({
        errcode: 0,
        total: 1,
        appid: wechat.appId,
        store_list: [
          {
            wx_store_id: first,
            out_store_id: 's-1',
            city_id: '440100',
            order_pattern: 1,
            address_info: { city: '广州市', house: '1号', lat: 23.125 },
          },
        ],
      });
      expect((one['store_list'] as object[])[0]).not.toHaveProperty(
        'store_name',
      );
      const byOut = await api.post('intracityQueryStore', {
        out_store_id: 's-2',
      });
      expect(byOut).toMatchObject({
        total: 1,
        store_list: [{ service_trans_prefer: 'SFTC', order_pattern: 2 }],
      });
      expect(await api.post('intracityQueryStore', {})).toMatchObject({
        total: 2,
      });
    });

    it('tells a store that does not exist (934021) from a store of another app (934008)', async () => {
      const apiB = await intracityApi(wechat, SHOP_B);
      wechat.app(SHOP_B.appId).intracity.open();
      const theirs = await createStore(apiB, 'b-1');
      expect(
        (await api.post('intracityQueryStore', { wx_store_id: theirs }))[
          'errcode'
        ],
      ).toBe(934008);
      expect(
        (
          await api.post('intracityQueryStore', {
            wx_store_id: '4000000000000042001',
          })
        )['errcode'],
      ).toBe(934021);
      expect(
        (await api.post('intracityQueryStore', { out_store_id: 'b-1' }))[
          'errcode'
        ],
      ).toBe(934021);
    });

    it('updatestore changes only what content sends, found by either key; order_pattern may be a string', async () => {
      const id = await createStore(api, 's-1');
      expect(
        await api.post('intracityUpdateStore', {
          keys: { out_store_id: 's-1' },
          content: { order_pattern: '2', service_trans_prefer: 'DADA' },
        }),
      ).toEqual({ errcode: 0, errmsg: 'ok' });
      await api.post('intracityUpdateStore', {
        keys: { wx_store_id: id },
        content: { store_name: '新店名' },
      });
      expect(wechat.intracity.store(id)).toMatchObject({
        storeName: '新店名',
        orderPattern: 2,
        serviceTransPrefer: 'DADA',
        addressInfo: { city: '广州市' },
      });
    });

    it('updatestore refuses missing keys/content, an unknown store and a bad address field', async () => {
      const id = await createStore(api, 's-1');
      expect(
        (await api.post('intracityUpdateStore', { content: {} }))['errmsg'],
      ).toMatch(/^keys is required/);
      expect(
        (await api.post('intracityUpdateStore', { keys: { wx_store_id: id } }))[
          'errmsg'
        ],
      ).toMatch(/^content is required/);
      expect(
        (
          await api.post('intracityUpdateStore', {
            keys: { out_store_id: 'nope' },
            content: {},
          })
        )['errcode'],
      ).toBe(934021);
      const bad = await api.post('intracityUpdateStore', {
        keys: { wx_store_id: id },
        content: {
          order_pattern: 2,
          service_trans_prefer: '',
          address_info: {},
        },
      });
      expect(bad['errmsg']).toMatch(
        /^content\.service_trans_prefer is required/,
      );
    });
  });

  describe('pay mode and cities', () => {
    beforeEach(() => wechat.intracity.open());

    it("setpaymode/getpaymode need the token's own appid (934012)", async () => {
      expect(
        (await api.post('intracityGetPayMode', { appid: SHOP_B.appId }))[
          'errcode'
        ],
      ).toBe(934012);
      expect(
        (
          await api.post('intracitySetPayMode', {
            appid: SHOP_B.appId,
            pay_mode: 'PAY_MODE_APP',
          })
        )['errcode'],
      ).toBe(934012);
      expect(wechat.intracity.payMode).toBe('PAY_MODE_STORE');
    });

    it('getpaymode answers the store by default, and pay_appid once setpaymode chose the app', async () => {
      expect(
        await api.post('intracityGetPayMode', { appid: wechat.appId }),
      ).toEqual({
        errcode: 0,
        errmsg: 'ok',
        pay_mode: 'PAY_MODE_STORE',
      });
      await api.post('intracitySetPayMode', {
        appid: wechat.appId,
        pay_mode: 'PAY_MODE_APP',
      });
      expect(
        await api.post('intracityGetPayMode', { appid: wechat.appId }),
      ).toMatchObject({
        pay_mode: 'PAY_MODE_APP',
        pay_appid: wechat.appId,
      });
      wechat.intracity.setPayMode('PAY_MODE_COMPONENT', 'wxcomponent0000001');
      expect(
        await api.post('intracityGetPayMode', { appid: wechat.appId }),
      ).toMatchObject({
        pay_mode: 'PAY_MODE_COMPONENT',
        pay_component_appid: 'wxcomponent0000001',
      });
      expect(
        (
          await api.post('intracitySetPayMode', {
            appid: wechat.appId,
            pay_mode: 'PAY_MODE_X',
          })
        )['errmsg'],
      ).toMatch(/^pay_mode is invalid/);
    });

    it("getcity lists each carrier's cities with numeric codes, or one carrier's; 934003 for another", async () => {
      const all = await api.post('intracityGetCity');
      const list = all['support_list'] as {
        service_trans_id: string;
        city_list: { city_code: number; city_name: string }[];
      }[];
      expect(list.map((s) => s.service_trans_id)).toEqual(['DADA', 'SFTC']);
      expect(list[0].city_list).toContainEqual({
        city_code: 440100,
        city_name: '广州市',
      });
      expect(list[0].city_list.map((c) => c.city_name)).toContain('武汉市');
      expect(list[1].city_list.map((c) => c.city_name)).not.toContain('武汉市');
      const sftc = await api.post('intracityGetCity', {
        service_trans_id: 'SFTC',
      });
      expect((sftc['support_list'] as unknown[]).length).toBe(1);
      expect(
        (await api.post('intracityGetCity', { service_trans_id: 'SS' }))[
          'errcode'
        ],
      ).toBe(934003);
    });
  });
});
