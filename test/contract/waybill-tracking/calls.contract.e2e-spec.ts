import {
  type TraceWaybillDto,
  WaybillTraceStatus,
  asFollowWaybillToken,
  asTraceWaybillToken,
  waybillTraceStatusWords,
} from 'nestjs-wechat-logistics';
import { CONTRACT_CLIENTS, cannedReply } from '../../support/contract-harness';
import {
  theOneTrackingRequest,
  useTrackingHarness,
} from '../../support/tracking-harness';

const OPEN_MSG = '/cgi-bin/express/delivery/open_msg';
/** The official example token (reference §4.1). */
const TOKEN =
  'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb';

const REGISTRATION: TraceWaybillDto = {
  openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  senderPhone: '020-88888888',
  receiverPhone: '13800138000',
  waybillId: 'YT2212345678901',
  goodsInfo: {
    detailList: [
      {
        goodsName: '保温杯',
        goodsImgUrl: 'https://img.example.com/cup.jpg',
        goodsDesc: '500ml',
      },
    ],
  },
  transId: '4200001234202311150123456789',
  orderDetailPath: 'pages/order/detail?id=1001',
  deliveryId: 'YTO',
};

/** The same, as WeChat's wire has it: snake_case, goods_info an object wrapping detail_list. */
const REGISTRATION_WIRE =
  '{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o","sender_phone":"020-88888888","receiver_phone":"13800138000",' +
  '"waybill_id":"YT2212345678901","goods_info":{"detail_list":[{"goods_name":"保温杯",' +
  '"goods_img_url":"https://img.example.com/cup.jpg","goods_desc":"500ml"}]},' +
  '"trans_id":"4200001234202311150123456789","order_detail_path":"pages/order/detail?id=1001","delivery_id":"YTO"}';

/** query_trace's official example (§4.2), its goods name filled in. */
const REFERENCE_TRACE_REPLY = {
  waybill_info: { status: 0, waybill_id: 'WXTESTEXPRESS0000014' },
  shop_info: {
    goods_info: {
      detail_list: [{ goods_name: '微信气泡狗', goods_img_url: 'www.qq.com' }],
    },
  },
};

describe.each(CONTRACT_CLIENTS)('物流服务 calls — over %s', (transport) => {
  const h = useTrackingHarness({}, transport);

  describe.each([
    ['traceWaybill', 'trace_waybill'],
    ['followWaybill', 'follow_waybill'],
  ] as const)('%s (POST …/open_msg/%s)', (method, segment) => {
    const PATH = `${OPEN_MSG}/${segment}`;

    it('sends every field in snake_case with goods_info as an object, and returns the token', async () => {
      cannedReply(h.wechat, PATH, { waybill_token: TOKEN });
      await expect(h.tracking[method](REGISTRATION)).resolves.toEqual({
        waybillToken: TOKEN,
      });
      expect(theOneTrackingRequest(h, PATH).rawBody).toBe(REGISTRATION_WIRE);
    });

    it('sends only the required fields when the optional ones are absent', async () => {
      cannedReply(h.wechat, PATH, { waybill_token: TOKEN });
      const { openid, receiverPhone, waybillId, goodsInfo } = REGISTRATION;
      await h.tracking[method]({ openid, receiverPhone, waybillId, goodsInfo });
      expect(JSON.parse(theOneTrackingRequest(h, PATH).rawBody)).toEqual({
        openid,
        receiver_phone: receiverPhone,
        waybill_id: waybillId,
        goods_info: {
          detail_list: [
            {
              goods_name: '保温杯',
              goods_img_url: 'https://img.example.com/cup.jpg',
              goods_desc: '500ml',
            },
          ],
        },
      });
    });
  });

  describe.each([
    ['queryTrace', 'query_trace'],
    ['queryFollowTrace', 'query_follow_trace'],
  ] as const)('%s (POST …/open_msg/%s)', (method, segment) => {
    const PATH = `${OPEN_MSG}/${segment}`;
    const query = (openid?: string) =>
      method === 'queryTrace'
        ? h.tracking.queryTrace({
            waybillToken: asTraceWaybillToken(TOKEN),
            openid,
          })
        : h.tracking.queryFollowTrace({
            waybillToken: asFollowWaybillToken(TOKEN),
            openid,
          });

    it("sends the token (and openid) and maps the reference's example", async () => {
      cannedReply(h.wechat, PATH, REFERENCE_TRACE_REPLY);
      await expect(query('oUpF8uMuAJO_M2pxb1Q9zNjWeS6o')).resolves.toEqual({
        waybillInfo: {
          status: WaybillTraceStatus.NotPickedUp,
          waybillId: 'WXTESTEXPRESS0000014',
        },
        shopInfo: {
          goodsInfo: {
            detailList: [
              { goodsName: '微信气泡狗', goodsImgUrl: 'www.qq.com' },
            ],
          },
        },
      });
      expect(theOneTrackingRequest(h, PATH).rawBody).toBe(
        `{"waybill_token":"${TOKEN}","openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}`,
      );
    });

    it('maps delivery_info and goods_desc, and passes an unknown status on as it came', async () => {
      cannedReply(h.wechat, PATH, {
        waybill_info: { status: 9, waybill_id: 'YT2212345678901' },
        shop_info: {
          goods_info: {
            detail_list: [
              {
                goods_name: '杯',
                goods_img_url: 'https://i/1.jpg',
                goods_desc: 'd',
              },
            ],
          },
        },
        delivery_info: { delivery_id: 'YTO', delivery_name: '圆通速递' },
      });
      const result = await query();
      expect(result).toEqual({
        waybillInfo: { status: 9, waybillId: 'YT2212345678901' },
        shopInfo: {
          goodsInfo: {
            detailList: [
              {
                goodsName: '杯',
                goodsImgUrl: 'https://i/1.jpg',
                goodsDesc: 'd',
              },
            ],
          },
        },
        deliveryInfo: { deliveryId: 'YTO', deliveryName: '圆通速递' },
      });
      expect(waybillTraceStatusWords(result.waybillInfo.status)).toEqual({
        zh: '未知状态 9',
        en: 'unknown status 9',
      });
      expect(theOneTrackingRequest(h, PATH).rawBody).toBe(
        `{"waybill_token":"${TOKEN}"}`,
      );
    });

    it('reads detail_list typed "object" as a list of one, and leaves shop_info out when WeChat does (§8.7, §3.2)', async () => {
      cannedReply(h.wechat, PATH, {
        waybill_info: { status: 4, waybill_id: 'YT1' },
        shop_info: {
          goods_info: {
            detail_list: { goods_name: '杯', goods_img_url: 'https://i/1.jpg' },
          },
        },
      });
      expect((await query()).shopInfo).toEqual({
        goodsInfo: {
          detailList: [{ goodsName: '杯', goodsImgUrl: 'https://i/1.jpg' }],
        },
      });
      cannedReply(h.wechat, PATH, {
        waybill_info: { status: 6, waybill_id: 'YT1' },
      });
      const bare = await query();
      expect(bare).toEqual({ waybillInfo: { status: 6, waybillId: 'YT1' } });
      expect(waybillTraceStatusWords(bare.waybillInfo.status)).toEqual({
        zh: '代签收',
        en: 'signed by proxy',
      });
    });

    it('never reads a waybill_token inside waybill_info as the waybill id (§4.12)', async () => {
      cannedReply(h.wechat, PATH, {
        waybill_info: { status: 2, waybill_token: TOKEN },
      });
      const result = await query();
      expect(result.waybillInfo).toEqual({ status: 2, waybillId: '' });
      expect(JSON.stringify(result)).not.toContain(TOKEN);
    });
  });

  describe.each([
    ['updateWaybillGoods', 'update_waybill_goods'],
    ['updateFollowWaybillGoods', 'update_follow_waybill_goods'],
  ] as const)('%s (POST …/open_msg/%s)', (method, segment) => {
    const PATH = `${OPEN_MSG}/${segment}`;

    it('sends the token, goods_info as an object and the openid to its own path', async () => {
      cannedReply(h.wechat, PATH, {});
      const input = {
        goodsInfo: {
          detailList: [
            { goodsName: '雨伞', goodsImgUrl: 'https://img.example.com/u.jpg' },
          ],
        },
        openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      };
      await expect(
        method === 'updateWaybillGoods'
          ? h.tracking.updateWaybillGoods({
              waybillToken: asTraceWaybillToken(TOKEN),
              ...input,
            })
          : h.tracking.updateFollowWaybillGoods({
              waybillToken: asFollowWaybillToken(TOKEN),
              ...input,
            }),
      ).resolves.toEqual({});
      expect(theOneTrackingRequest(h, PATH).rawBody).toBe(
        `{"waybill_token":"${TOKEN}","goods_info":{"detail_list":[{"goods_name":"雨伞",` +
          '"goods_img_url":"https://img.example.com/u.jpg"}]},"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}',
      );
      // Not WXJ's bug: nothing went to get_delivery_list.
      expect(h.wechat.requests.count(`${OPEN_MSG}/get_delivery_list`)).toBe(0);
    });
  });

  describe('getDeliveryList (POST …/open_msg/get_delivery_list)', () => {
    const PATH = `${OPEN_MSG}/get_delivery_list`;

    it("sends {} and maps the reference's example, which has no errmsg", async () => {
      h.wechat.faults.inject({
        path: PATH,
        times: 1,
        body: {
          errcode: 0,
          delivery_list: [
            { delivery_id: '(AU)', delivery_name: 'Interparcel' },
            { delivery_id: 'BDT', delivery_name: '八达通' },
            { delivery_id: 'YD', delivery_name: '韵达速递' },
          ],
          count: 1379,
        },
      });
      await expect(h.tracking.getDeliveryList()).resolves.toEqual({
        deliveryList: [
          { deliveryId: '(AU)', deliveryName: 'Interparcel' },
          { deliveryId: 'BDT', deliveryName: '八达通' },
          { deliveryId: 'YD', deliveryName: '韵达速递' },
        ],
        count: 1379,
      });
      expect(theOneTrackingRequest(h, PATH).rawBody).toBe('{}');
    });

    it('counts the list itself when WeChat leaves count out', async () => {
      cannedReply(h.wechat, PATH, {
        delivery_list: [{ delivery_id: 'SF', delivery_name: '顺丰速运' }],
      });
      await expect(h.tracking.getDeliveryList()).resolves.toEqual({
        deliveryList: [{ deliveryId: 'SF', deliveryName: '顺丰速运' }],
        count: 1,
      });
    });
  });

  describe.each([
    ['applyMsgPlugin', 'open_openmsg'],
    ['applyQueryPlugin', 'open_query_plugin'],
  ] as const)('%s (POST …/open_msg/%s)', (method, segment) => {
    it('sends {} to its path', async () => {
      const PATH = `${OPEN_MSG}/${segment}`;
      cannedReply(h.wechat, PATH, {});
      await expect(h.tracking[method]()).resolves.toEqual({});
      expect(theOneTrackingRequest(h, PATH).rawBody).toBe('{}');
    });
  });
});
