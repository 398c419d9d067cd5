import { addOrderBody, withSender } from '../../emulator-fixtures.spec-helper';
import {
  type BusinessApi,
  businessApi,
  RID_SUFFIX,
} from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

const base = addOrderBody();
const cargo = base['cargo'] as Record<string, unknown>;

describe('POST /cgi-bin/express/business/order/add: argument checks', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const errcodeOf = async (body: unknown) =>
    (await api.post(WECHAT_PATHS.addOrder, body))['errcode'];

  beforeAll(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.orders.clear());
  afterAll(() => wechat.stop());

  it('accepts the fixture (so every case below fails for its own reason)', async () => {
    expect(await errcodeOf(base)).toBeUndefined();
  });

  it.each([
    ['add_source is missing', { add_source: undefined }],
    ['add_source is 1', { add_source: 1 }],
    ['order_id is missing', { order_id: undefined }],
    ['delivery_id is empty', { delivery_id: '' }],
    ['biz_id is a number', { biz_id: 1 }],
    ['openid is missing for a mini-program order', { openid: undefined }],
    ['sender is missing', { sender: undefined }],
    ['receiver is a string', { receiver: '李四' }],
    ['cargo is missing', { cargo: undefined }],
    ['cargo weight is a string', { cargo: { ...cargo, weight: '1.2' } }],
    ['cargo count is fractional', { cargo: { ...cargo, count: 1.5 } }],
    [
      'cargo detail_list is missing',
      { cargo: { ...cargo, detail_list: undefined } },
    ],
    [
      'a cargo detail has no name',
      { cargo: { ...cargo, detail_list: [{ count: 1 }] } },
    ],
    ['insured is missing', { insured: undefined }],
    [
      'insured.use_insured is 2',
      { insured: { use_insured: 2, insured_value: 0 } },
    ],
    ['service is missing', { service: undefined }],
    ['service_name is missing', { service: { service_type: 1 } }],
    ['shop is missing for a mini-program order', { shop: undefined }],
    ['custom_remark is a number', { custom_remark: 1 }],
    ['tagid is a string', { tagid: '12' }],
    ['expect_time is negative', { expect_time: -1 }],
  ])('answers 930561 when %s', async (_case, change) => {
    const reply = await api.post(WECHAT_PATHS.addOrder, { ...base, ...change });

    expect(reply['errcode']).toBe(930561);
    expect(reply['errmsg']).toMatch(/^args error rid: /);
    expect(reply['errmsg']).toMatch(RID_SUFFIX);
  });

  it.each([
    ['name', { name: undefined }],
    ['province', { province: '' }],
    ['city', { city: undefined }],
    ['area', { area: undefined }],
    ['address', { address: undefined }],
    ['both tel and mobile', { tel: undefined, mobile: undefined }],
  ])('answers 930561 when the sender lacks %s', async (_case, change) => {
    expect(await errcodeOf(withSender(change))).toBe(930561);
  });

  it('accepts a sender with only a landline', async () => {
    expect(
      await errcodeOf(withSender({ mobile: undefined, tel: '020-1234567' })),
    ).toBeUndefined();
  });

  it('needs expect_time for SF only (0 = pick-up agreed in advance)', async () => {
    const sf = addOrderBody({
      delivery_id: 'SF',
      biz_id: 'SF_CASH',
      service: { service_type: 3, service_name: '顺丰标快' },
    });

    expect(await errcodeOf(sf)).toBe(930561);
    expect(await errcodeOf({ ...sf, expect_time: 0 })).toBeUndefined();
  });

  it('does not need openid or shop for an App/H5 order (add_source 2)', async () => {
    const app = addOrderBody({
      add_source: 2,
      wx_appid: 'wx0123456789abcdef',
      openid: undefined,
      shop: undefined,
    });

    expect(await errcodeOf(app)).toBeUndefined();
  });

  it('counts UTF-8 bytes: 21 Chinese characters (63 bytes) fit a name, 22 (66 bytes) do not', async () => {
    expect(
      await errcodeOf(withSender({ name: '张'.repeat(21) })),
    ).toBeUndefined();
    expect(await errcodeOf(withSender({ name: '张'.repeat(22) }))).toBe(
      9300526,
    );
    wechat.orders.clear();
    expect(
      await errcodeOf(withSender({ name: 'a'.repeat(64) })),
    ).toBeUndefined();
  });

  it.each([
    ['tel', 32],
    ['mobile', 32],
    ['company', 64],
    ['post_code', 10],
    ['country', 64],
    ['province', 64],
    ['city', 64],
    ['area', 64],
    ['address', 512],
  ])(
    'answers 9300526 when the sender %s exceeds %d bytes',
    async (field, limit) => {
      expect(
        await errcodeOf(withSender({ [field]: '1'.repeat(limit) })),
      ).toBeUndefined();
      wechat.orders.clear();
      expect(
        await errcodeOf(withSender({ [field]: '1'.repeat(limit + 1) })),
      ).toBe(9300526);
    },
  );

  it.each([
    ['order_id', { order_id: '号'.repeat(171) }],
    ['custom_remark', { custom_remark: '碎'.repeat(342) }],
    [
      'the receiver address',
      {
        receiver: {
          ...(base['receiver'] as object),
          address: '路'.repeat(171),
        },
      },
    ],
    [
      'a cargo detail name',
      {
        cargo: { ...cargo, detail_list: [{ name: '茶'.repeat(43), count: 1 }] },
      },
    ],
    [
      'the shop goods_name',
      { shop: { ...(base['shop'] as object), goods_name: '茶'.repeat(43) } },
    ],
  ])(
    'answers 9300526 when %s is over its limit in bytes',
    async (_case, change) => {
      expect(await errcodeOf({ ...base, ...change })).toBe(9300526);
    },
  );

  it('answers 44002 to an empty body and 47001 to broken JSON', async () => {
    expect(await errcodeOf('')).toBe(44002);
    expect(await errcodeOf('{"order_id":')).toBe(47001);
  });
});
