import { addOrderBody } from '../../emulator-fixtures.spec-helper';
import { type BusinessApi, businessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

describe('POST /cgi-bin/express/business/quota/get', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;
  const quota = (body: Record<string, unknown>) =>
    api.post(WECHAT_PATHS.getQuota, body);

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
    wechat.accounts.seed({ bizId: 'yto-1', deliveryId: 'YTO', quotaNum: 210 });
  });
  afterEach(() => wechat.stop());

  it('answers a bare {quota_num} for a bound franchise account, as WeChat’s example', async () => {
    expect(await quota({ delivery_id: 'YTO', biz_id: 'yto-1' })).toEqual({
      quota_num: 210,
    });
  });

  it('counts down as addOrder issues waybills on that account', async () => {
    const order = addOrderBody({
      delivery_id: 'YTO',
      biz_id: 'yto-1',
      service: { service_type: 0, service_name: '普通快递' },
    });
    await api.post(WECHAT_PATHS.addOrder, order);
    await api.post(WECHAT_PATHS.addOrder, { ...order, order_id: 'order-2' });

    expect(await quota({ delivery_id: 'YTO', biz_id: 'yto-1' })).toEqual({
      quota_num: 208,
    });
  });

  it('answers 9300527 for a carrier without quota support, even with a bound account', async () => {
    wechat.accounts.seed({ bizId: 'sf-1', deliveryId: 'SF' });

    expect(
      (await quota({ delivery_id: 'SF', biz_id: 'sf-1' }))['errcode'],
    ).toBe(9300527);
    expect((await quota({ delivery_id: 'EMS', biz_id: 'x' }))['errcode']).toBe(
      9300527,
    );
  });

  it('answers 9300525 for an account that is not bound (unknown, under review or unbound)', async () => {
    wechat.accounts.seed({ bizId: 'zto-r', deliveryId: 'ZTO', statusCode: 1 });
    wechat.accounts.seed({ bizId: 'zto-u', deliveryId: 'ZTO', statusCode: 3 });

    for (const bizId of ['nobody', 'zto-r', 'zto-u']) {
      expect(
        (await quota({ delivery_id: 'ZTO', biz_id: bizId }))['errcode'],
      ).toBe(9300525);
    }
    // The account is bound at YTO, not at ZTO.
    expect(
      (await quota({ delivery_id: 'ZTO', biz_id: 'yto-1' }))['errcode'],
    ).toBe(9300525);
  });

  it('answers 9300503 to an unknown carrier and 930561 to a missing field', async () => {
    expect(
      (await quota({ delivery_id: 'NOPE', biz_id: 'yto-1' }))['errcode'],
    ).toBe(9300503);
    expect((await quota({ delivery_id: 'YTO' }))['errcode']).toBe(930561);
  });
});
