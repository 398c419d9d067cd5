import {
  type AddOrderDto,
  AddSource,
  WechatApiError,
  WechatTransportError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  PAST_TIMEOUT_MS,
  cannedReply,
  useEmulatorHarness,
} from '../support/contract-harness';

const ADD = '/cgi-bin/express/business/order/add';
const GET = '/cgi-bin/express/business/order/get';

const order: AddOrderDto = {
  addSource: AddSource.MiniProgram,
  orderId: 'O-1',
  openid: 'oUser1',
  deliveryId: 'TEST',
  bizId: 'test_biz_id',
  sender: {
    name: '张三',
    mobile: '13800138000',
    province: '广东省',
    city: '广州市',
    area: '海珠区',
    address: 'TIT创意园1栋',
  },
  receiver: {
    name: '李四',
    mobile: '13900139000',
    province: '上海市',
    city: '上海市',
    area: '静安区',
    address: '南京西路1号',
  },
  cargo: {
    count: 1,
    weight: 1,
    spaceX: 10,
    spaceY: 10,
    spaceZ: 10,
    detailList: [{ name: '咖啡豆', count: 1 }],
  },
  shop: {
    imgUrl: 'https://example.com/a.png',
    goodsName: '咖啡豆',
    goodsCount: 1,
  },
  insured: { useInsured: 0, insuredValue: 0 },
  service: { serviceType: 1, serviceName: 'test_service_name' },
};

const waybillData = [{ key: 'SF_bagAddr', value: '广州' }];
const EXISTING = { orderId: 'O-1', waybillId: 'WB-EXISTING', waybillData };

/** getOrder's answer: WeChat has the order, with its waybill. */
function getOrderFinds(
  h: ReturnType<typeof useEmulatorHarness>,
  orderStatus = 0,
): void {
  cannedReply(h.wechat, GET, {
    print_html: 'PGh0bWw+',
    waybill_data: waybillData,
    order_id: 'O-1',
    delivery_id: 'TEST',
    waybill_id: 'WB-EXISTING',
    order_status: orderStatus,
  });
}

function getOrderFindsNothing(h: ReturnType<typeof useEmulatorHarness>): void {
  cannedReply(h.wechat, GET, {}, 930563);
}

describe.each(CONTRACT_CLIENTS)(
  'addOrder is never repeated; an unknown outcome is settled with getOrder — over %s',
  (transport) => {
    const h = useEmulatorHarness({ callBudgetMs: 3000 }, transport);

    it('does not retry -1, and returns the order getOrder finds', async () => {
      h.wechat.faults.inject({ path: ADD, errcode: -1, times: 1 });
      getOrderFinds(h);

      await expect(h.client.addOrder(order)).resolves.toEqual(EXISTING);
      expect(h.wechat.requests.count(ADD)).toBe(1);
      expect(h.wechat.requests.forPath(GET).map((r) => r.body)).toEqual([
        { order_id: 'O-1', openid: 'oUser1', delivery_id: 'TEST' },
      ]);
    });

    it('raises the original -1 when getOrder finds no such order', async () => {
      h.wechat.faults.inject({ path: ADD, errcode: -1, times: 1 });
      getOrderFindsNothing(h);

      const call = h.client.addOrder(order);
      await expect(call).rejects.toBeInstanceOf(WechatApiError);
      await expect(call).rejects.toMatchObject({
        errcode: -1,
        api: 'logistics.addOrder',
      });
      expect(h.wechat.requests.count(ADD)).toBe(1);
      expect(h.wechat.requests.count(GET)).toBe(1);
    });

    it('returns the existing order after a timeout where WeChat did create it, calling order/add once', async () => {
      h.wechat.faults.inject({
        path: ADD,
        delayMs: PAST_TIMEOUT_MS,
        body: {
          order_id: 'O-1',
          waybill_id: 'WB-EXISTING',
          waybill_data: waybillData,
        },
        times: 1,
      });
      getOrderFinds(h);

      await expect(h.client.addOrder(order)).resolves.toEqual(EXISTING);
      expect(h.wechat.requests.count(ADD)).toBe(1);
      expect(h.wechat.requests.count(GET)).toBe(1);
    });

    it('raises the original timeout when getOrder says 930563 (nothing was created)', async () => {
      h.wechat.faults.inject({ path: ADD, delayMs: PAST_TIMEOUT_MS, times: 1 });
      getOrderFindsNothing(h);

      const call = h.client.addOrder(order);
      await expect(call).rejects.toBeInstanceOf(WechatTransportError);
      await expect(call).rejects.toMatchObject({
        failure: 'timeout',
        api: 'logistics.addOrder',
      });
      expect(h.wechat.requests.count(ADD)).toBe(1);
    });

    it.each([
      ['a connection reset', { reset: true }],
      ['a reply that is not JSON', { malformedJson: true }],
      ["a gateway's 502 page", { httpStatus: 502 }],
    ])('settles %s with getOrder too', async (_case, fault) => {
      h.wechat.faults.inject({ path: ADD, times: 1, ...fault });
      getOrderFinds(h);

      await expect(h.client.addOrder(order)).resolves.toEqual(EXISTING);
      expect(h.wechat.requests.count(ADD)).toBe(1);
    });

    it.each([930562, 9300508, 9300522])(
      'returns the existing waybill for duplicate-order errcode %p when getOrder finds it',
      async (errcode) => {
        cannedReply(h.wechat, ADD, {}, errcode);
        getOrderFinds(h);

        await expect(h.client.addOrder(order)).resolves.toEqual(EXISTING);
        expect(h.wechat.requests.count(ADD)).toBe(1);
      },
    );

    it('raises the duplicate errcode when the order with that id was cancelled', async () => {
      cannedReply(h.wechat, ADD, {}, 9300522);
      getOrderFinds(h, 1);

      await expect(h.client.addOrder(order)).rejects.toMatchObject({
        name: 'WechatApiError',
        errcode: 9300522,
      });
    });

    it('raises the original error when getOrder cannot tell either', async () => {
      h.wechat.faults.inject({ path: ADD, errcode: -1, times: 1 });
      h.wechat.faults.inject({ path: GET, errcode: 40003, times: 1 });

      await expect(h.client.addOrder(order)).rejects.toMatchObject({
        errcode: -1,
        api: 'logistics.addOrder',
      });
    });

    it('does not ask getOrder after an errcode that says nothing was created', async () => {
      cannedReply(h.wechat, ADD, {}, 9300510);
      await expect(h.client.addOrder(order)).rejects.toMatchObject({
        errcode: 9300510,
      });
      expect(h.wechat.requests.count(GET)).toBe(0);
    });
  },
);
