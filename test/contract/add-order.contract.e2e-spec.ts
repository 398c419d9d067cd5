import {
  type AddOrderDto,
  AddSource,
  TakeMode,
  UseInsured,
  WechatApiError,
  WechatValidationError,
} from 'nestjs-wechat-logistics';
import {
  CONTRACT_CLIENTS,
  cannedReply,
  theOneRequest,
  useEmulatorHarness,
} from '../support/contract-harness';

const ADD = '/cgi-bin/express/business/order/add';

/** Keys deliberately out of WeChat's order: the wire order comes from the DTO, not the caller. */
const fullOrder = (): AddOrderDto => ({
  orderId: '订单-1',
  addSource: AddSource.MiniProgram,
  openid: 'oUser1',
  deliveryId: 'TEST',
  bizId: 'test_biz_id',
  customRemark: '易碎物品',
  tagid: 123,
  sender: {
    name: '张三',
    tel: '020-88888888',
    mobile: '13800138000',
    company: '腾讯',
    postCode: '510000',
    country: '中国',
    province: '广东省',
    city: '广州市',
    area: '海珠区',
    address: 'TIT创意园1栋',
  },
  receiver: {
    address: '南京西路1号',
    area: '静安区',
    city: '上海市',
    province: '上海市',
    mobile: '13900139000',
    name: '李四',
  },
  cargo: {
    count: 2,
    weight: 1.2,
    spaceX: 30.5,
    spaceY: 20,
    spaceZ: 15,
    detailList: [{ name: '咖啡豆', count: 2 }],
  },
  shop: {
    wxaPath: '/pages/order?id=1',
    imgUrl: 'https://example.com/a.png',
    goodsName: '咖啡豆',
    goodsCount: 2,
    detailList: [
      {
        goodsName: '咖啡豆',
        goodsImgUrl: 'https://example.com/a.png',
        goodsDesc: '500g',
      },
    ],
  },
  insured: { useInsured: UseInsured.Yes, insuredValue: 10000 },
  service: { serviceType: 1, serviceName: 'test_service_name' },
  expectTime: 1764140400,
  takeMode: TakeMode.BranchContract,
});

describe.each(CONTRACT_CLIENTS)(
  'addOrder contract (POST /cgi-bin/express/business/order/add) — over %s',
  (transport) => {
    const h = useEmulatorHarness({}, transport);

    it('sends every field in snake_case, in WeChat order, Chinese unescaped', async () => {
      cannedReply(h.wechat, ADD, { order_id: '订单-1', waybill_id: 'WB-1' });
      await h.client.addOrder(fullOrder());

      const sent = theOneRequest(h.wechat, 'POST', ADD, h.appId);
      expect(sent.rawBody).toBe(
        JSON.stringify({
          add_source: 0,
          order_id: '订单-1',
          openid: 'oUser1',
          delivery_id: 'TEST',
          biz_id: 'test_biz_id',
          custom_remark: '易碎物品',
          tagid: 123,
          sender: {
            name: '张三',
            tel: '020-88888888',
            mobile: '13800138000',
            company: '腾讯',
            post_code: '510000',
            country: '中国',
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
            count: 2,
            weight: 1.2,
            space_x: 30.5,
            space_y: 20,
            space_z: 15,
            detail_list: [{ name: '咖啡豆', count: 2 }],
          },
          shop: {
            wxa_path: '/pages/order?id=1',
            img_url: 'https://example.com/a.png',
            goods_name: '咖啡豆',
            goods_count: 2,
            detail_list: [
              {
                goods_name: '咖啡豆',
                goods_img_url: 'https://example.com/a.png',
                goods_desc: '500g',
              },
            ],
          },
          insured: { use_insured: 1, insured_value: 10000 },
          service: { service_type: 1, service_name: 'test_service_name' },
          expect_time: 1764140400,
          take_mode: 0,
        }),
      );
    });

    it('sends an App/H5 order with wx_appid and without openid or shop', async () => {
      cannedReply(h.wechat, ADD, { order_id: 'H5-1', waybill_id: 'WB-2' });
      await h.client.addOrder({
        ...fullOrder(),
        openid: undefined,
        shop: undefined,
        expectTime: undefined,
        takeMode: undefined,
        orderId: 'H5-1',
        addSource: AddSource.AppOrH5,
        wxAppid: 'wx0123456789abcdef',
      });

      const body = theOneRequest(h.wechat, 'POST', ADD, h.appId).body as Record<
        string,
        unknown
      >;
      expect(Object.keys(body).slice(0, 4)).toEqual([
        'add_source',
        'wx_appid',
        'order_id',
        'delivery_id',
      ]);
      expect(body).toMatchObject({
        add_source: 2,
        wx_appid: 'wx0123456789abcdef',
      });
      expect(body).not.toHaveProperty('openid');
      expect(body).not.toHaveProperty('shop');
    });

    it('maps the reply to camelCase', async () => {
      cannedReply(h.wechat, ADD, {
        order_id: '订单-1',
        waybill_id: 'WB-1',
        waybill_data: [
          { key: 'SF_bagAddr', value: '广州' },
          { key: 'SF_mark', value: '101- 07-03 509' },
        ],
      });
      await expect(h.client.addOrder(fullOrder())).resolves.toEqual({
        orderId: '订单-1',
        waybillId: 'WB-1',
        waybillData: [
          { key: 'SF_bagAddr', value: '广州' },
          { key: 'SF_mark', value: '101- 07-03 509' },
        ],
      });
    });

    it("raises a carrier refusal with the carrier's code, without asking getOrder", async () => {
      cannedReply(
        h.wechat,
        ADD,
        { delivery_resultcode: 10002, delivery_resultmsg: '客户密码不正确' },
        9300501,
      );
      await expect(h.client.addOrder(fullOrder())).rejects.toMatchObject({
        name: 'WechatApiError',
        errcode: 9300501,
        api: 'logistics.addOrder',
        deliveryResultcode: 10002,
        deliveryResultmsg: '客户密码不正确',
      });
      expect(h.wechat.requests.count(ADD)).toBe(1);
      expect(
        h.wechat.requests.count('/cgi-bin/express/business/order/get'),
      ).toBe(0);
    });

    describe('refuses bad input before sending anything', () => {
      const order = fullOrder();
      it.each<[string, unknown, string]>([
        [
          'no openid for a mini program order',
          { ...order, openid: undefined },
          'openid is required unless addSource is 2 (App/H5 order)',
        ],
        [
          'an App/H5 order without wxAppid',
          { ...order, addSource: AddSource.AppOrH5 },
          'wxAppid is required when addSource is 2 (App/H5 order)',
        ],
        [
          'expectTime in milliseconds',
          { ...order, expectTime: 1764140400000 },
          'expectTime must be Unix seconds, but 1764140400000 looks like milliseconds (divide it by 1000)',
        ],
        [
          'a receiver without tel or mobile',
          { ...order, receiver: { ...order.receiver, mobile: undefined } },
          'receiver.mobile is required unless tel is given',
        ],
        [
          'a sender name over 64 bytes',
          { ...order, sender: { ...order.sender, name: '名'.repeat(22) } },
          'sender.name must be at most 64 bytes in UTF-8 (a Chinese character is 3 bytes)',
        ],
        [
          'a cargo detail name over 128 bytes',
          {
            ...order,
            cargo: {
              ...order.cargo,
              detailList: [{ name: '货'.repeat(43), count: 1 }],
            },
          },
          'cargo.detailList.0.name must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
        ],
        [
          'an unknown addSource',
          { ...order, addSource: 1 },
          'addSource must be one of 0 (MiniProgram), 2 (AppOrH5)',
        ],
      ])('%s', async (_case, input, message) => {
        const call = h.client.addOrder(input as AddOrderDto);
        await expect(call).rejects.toBeInstanceOf(WechatValidationError);
        await expect(call).rejects.toMatchObject({
          api: 'logistics.addOrder',
          messages: expect.arrayContaining([message]),
        });
        expect(h.wechat.requests.count()).toBe(0);
      });
    });

    it('is a WechatApiError, not a validation error, when WeChat itself refuses', async () => {
      cannedReply(h.wechat, ADD, {}, 9300526);
      await expect(h.client.addOrder(fullOrder())).rejects.toBeInstanceOf(
        WechatApiError,
      );
    });
  },
);
