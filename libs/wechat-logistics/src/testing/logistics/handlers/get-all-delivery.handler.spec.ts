import {
  type BusinessApi,
  businessApi,
  call,
} from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { WechatEmulator } from '../../wechat-emulator';

describe('GET|POST /cgi-bin/express/business/delivery/getall', () => {
  let wechat: WechatEmulator;
  let api: BusinessApi;

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
  });
  afterEach(() => wechat.stop());

  it('lists every carrier with cash, quota and service details, without an errcode', async () => {
    const body = await api.get(WECHAT_PATHS.getAllDelivery);

    expect(body['errcode']).toBeUndefined();
    expect(body['count']).toBe(11);
    expect(body['data']).toHaveLength(11);
    expect(body['data']).toContainEqual({
      delivery_id: 'SF',
      delivery_name: '顺丰速运',
      can_use_cash: 1,
      can_get_quota: 0,
      cash_biz_id: 'SF_CASH',
      service_type: [
        { service_type: 1, service_name: '顺丰即日' },
        { service_type: 2, service_name: '顺丰次晨' },
        { service_type: 3, service_name: '顺丰标快' },
        { service_type: 4, service_name: '顺丰特惠' },
      ],
    });
  });

  it('marks exactly the franchise carriers as supporting getQuota', async () => {
    const data = (await api.get(WECHAT_PATHS.getAllDelivery))['data'] as Record<
      string,
      unknown
    >[];
    const quota = data
      .filter((carrier) => carrier['can_get_quota'] === 1)
      .map((carrier) => carrier['delivery_id']);

    expect(quota).toEqual(['BEST', 'STO', 'YTO', 'YUNDA', 'ZTO']);
    expect(data.find((c) => c['delivery_id'] === 'YTO')).toMatchObject({
      can_use_cash: 0,
      cash_biz_id: '',
    });
  });

  it('answers GET and POST (any body) alike, as the 2019 docs used POST', async () => {
    const viaGet = await api.get(WECHAT_PATHS.getAllDelivery);
    const viaPost = await api.post(WECHAT_PATHS.getAllDelivery, {});
    const viaEmptyPost = await api.post(WECHAT_PATHS.getAllDelivery, '');

    expect(viaPost).toEqual(viaGet);
    expect(viaEmptyPost).toEqual(viaGet);
  });

  it('lists a carrier added at runtime', async () => {
    wechat.carriers.add({
      deliveryId: 'JD',
      deliveryName: '京东物流',
      canUseCash: false,
      canGetQuota: false,
      cashBizId: '',
      serviceTypes: [{ serviceType: 1, serviceName: '标准快递' }],
    });

    expect((await api.get(WECHAT_PATHS.getAllDelivery))['count']).toBe(12);
  });

  it('still needs an access token', async () => {
    const { body } = await call(wechat, 'GET', WECHAT_PATHS.getAllDelivery);

    expect(body['errcode']).toBe(41001);
  });
});
