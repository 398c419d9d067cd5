import {
  type FamilyRouteCall,
  type InvalidCall,
} from '../support/family-routes';

const OPEN_MSG = '/cgi-bin/express/delivery/open_msg';

/** A token as WeChat's examples show them: 64 base64url characters. */
export const TOKEN =
  'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb';

const GOODS = {
  detailList: [
    {
      goodsName: '保温杯',
      goodsImgUrl: 'https://img.example.com/goods/cup.jpg',
      goodsDesc: '304 不锈钢 500ml',
    },
  ],
};
const WIRE_GOODS = {
  detail_list: [
    {
      goods_name: '保温杯',
      goods_img_url: 'https://img.example.com/goods/cup.jpg',
      goods_desc: '304 不锈钢 500ml',
    },
  ],
};

const REGISTER_BODY = {
  openid: 'oTestBuyer0001',
  senderPhone: '13800138000',
  receiverPhone: '13900139000',
  waybillId: 'YT2212345678901',
  goodsInfo: GOODS,
  transId: '4200000000202311150000000001',
  orderDetailPath: 'pages/order/detail?id=1',
  deliveryId: 'YTO',
};
const REGISTER_WIRE = {
  openid: 'oTestBuyer0001',
  sender_phone: '13800138000',
  receiver_phone: '13900139000',
  waybill_id: 'YT2212345678901',
  goods_info: WIRE_GOODS,
  trans_id: '4200000000202311150000000001',
  order_detail_path: 'pages/order/detail?id=1',
  delivery_id: 'YTO',
};

const TRACE_REPLY = {
  waybill_info: { status: 2, waybill_id: 'YT2212345678901' },
  shop_info: { goods_info: WIRE_GOODS },
  delivery_info: { delivery_id: 'YTO', delivery_name: '圆通速递' },
};
const TRACE_ANSWER = {
  waybillInfo: { status: 2, waybillId: 'YT2212345678901' },
  shopInfo: { goodsInfo: GOODS },
  deliveryInfo: { deliveryId: 'YTO', deliveryName: '圆通速递' },
};

/** One call per 物流服务 route, under `/waybill-tracking`. */
export const TRACKING_ROUTE_CALLS: readonly FamilyRouteCall[] = [
  {
    method: 'traceWaybill',
    api: 'tracking.traceWaybill',
    http: 'POST',
    path: '/trace',
    body: REGISTER_BODY,
    status: 201,
    wechatPath: `${OPEN_MSG}/trace_waybill`,
    wire: REGISTER_WIRE,
    reply: { waybill_token: TOKEN },
    answer: { waybillToken: TOKEN },
  },
  {
    method: 'queryTrace',
    api: 'tracking.queryTrace',
    http: 'GET',
    path: `/trace/${TOKEN}?openid=oTestBuyer0001`,
    documentedPath: '/trace/{waybillToken}',
    status: 200,
    wechatPath: `${OPEN_MSG}/query_trace`,
    wire: { waybill_token: TOKEN, openid: 'oTestBuyer0001' },
    reply: TRACE_REPLY,
    answer: TRACE_ANSWER,
  },
  {
    method: 'updateWaybillGoods',
    api: 'tracking.updateWaybillGoods',
    http: 'PUT',
    path: `/trace/${TOKEN}/goods`,
    documentedPath: '/trace/{waybillToken}/goods',
    body: { goodsInfo: GOODS, openid: 'oTestBuyer0001' },
    status: 200,
    wechatPath: `${OPEN_MSG}/update_waybill_goods`,
    wire: {
      waybill_token: TOKEN,
      goods_info: WIRE_GOODS,
      openid: 'oTestBuyer0001',
    },
    reply: {},
    answer: {},
  },
  {
    method: 'getDeliveryList',
    api: 'tracking.getDeliveryList',
    http: 'GET',
    path: '/carriers',
    status: 200,
    wechatPath: `${OPEN_MSG}/get_delivery_list`,
    wire: {},
    reply: {
      delivery_list: [
        { delivery_id: 'YD', delivery_name: '韵达速递' },
        { delivery_id: '(AU)', delivery_name: 'Interparcel' },
      ],
      count: 2,
    },
    answer: {
      deliveryList: [
        { deliveryId: 'YD', deliveryName: '韵达速递' },
        { deliveryId: '(AU)', deliveryName: 'Interparcel' },
      ],
      count: 2,
    },
  },
  {
    method: 'followWaybill',
    api: 'tracking.followWaybill',
    http: 'POST',
    path: '/follow',
    body: REGISTER_BODY,
    status: 201,
    wechatPath: `${OPEN_MSG}/follow_waybill`,
    wire: REGISTER_WIRE,
    reply: { waybill_token: TOKEN },
    answer: { waybillToken: TOKEN },
  },
  {
    method: 'queryFollowTrace',
    api: 'tracking.queryFollowTrace',
    http: 'GET',
    path: `/follow/${TOKEN}`,
    documentedPath: '/follow/{waybillToken}',
    status: 200,
    wechatPath: `${OPEN_MSG}/query_follow_trace`,
    wire: { waybill_token: TOKEN },
    reply: TRACE_REPLY,
    answer: TRACE_ANSWER,
  },
  {
    method: 'updateFollowWaybillGoods',
    api: 'tracking.updateFollowWaybillGoods',
    http: 'PUT',
    path: `/follow/${TOKEN}/goods`,
    documentedPath: '/follow/{waybillToken}/goods',
    body: { goodsInfo: GOODS },
    status: 200,
    wechatPath: `${OPEN_MSG}/update_follow_waybill_goods`,
    wire: { waybill_token: TOKEN, goods_info: WIRE_GOODS },
    reply: {},
    answer: {},
  },
  {
    method: 'applyMsgPlugin',
    api: 'tracking.applyMsgPlugin',
    http: 'POST',
    path: '/plugins/msg',
    status: 200,
    wechatPath: `${OPEN_MSG}/open_openmsg`,
    wire: {},
    reply: {},
    answer: {},
  },
  {
    method: 'applyQueryPlugin',
    api: 'tracking.applyQueryPlugin',
    http: 'POST',
    path: '/plugins/query',
    status: 200,
    wechatPath: `${OPEN_MSG}/open_query_plugin`,
    wire: {},
    reply: {},
    answer: {},
  },
];

/** Bad input for each route documenting a 400 body: the documented message is this input's. */
export const TRACKING_INVALID: readonly InvalidCall[] = [
  {
    method: 'traceWaybill',
    http: 'POST',
    path: '/trace',
    body: { ...REGISTER_BODY, transId: 'DEMO-TRANSACTION-1' },
  },
  {
    method: 'followWaybill',
    http: 'POST',
    path: '/follow',
    body: { ...REGISTER_BODY, transId: 'DEMO-TRANSACTION-1' },
  },
  {
    method: 'updateWaybillGoods',
    http: 'PUT',
    path: `/trace/${TOKEN}/goods`,
    documentedPath: '/trace/{waybillToken}/goods',
    body: { goodsInfo: { detailList: [] } },
  },
  {
    method: 'updateFollowWaybillGoods',
    http: 'PUT',
    path: `/follow/${TOKEN}/goods`,
    documentedPath: '/follow/{waybillToken}/goods',
    body: { goodsInfo: { detailList: [] } },
  },
];
