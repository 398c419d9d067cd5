import { createHash } from 'node:crypto';
import {
  type FamilyRouteCall,
  type InvalidCall,
} from '../support/family-routes';

const LOCAL = '/cgi-bin/express/local/business';

/** A real carrier account, its secret given to the demo by LOCAL_DELIVERY_SHOP_SECRETS. */
export const SHOP = '1534713176';
export const SHOP_SECRET = 'Shop-Secret-Route-Test-4b7e';
export const LOCAL_DELIVERY_ENV = {
  LOCAL_DELIVERY_SHOP_SECRETS: JSON.stringify({ [SHOP]: SHOP_SECRET }),
};
const ORDER = 'LOCAL-ROUTE-1';
const WAYBILL = '3243279847393001';

/** §4: lower-case hex SHA1 of shopid + shop_order_id + the secret. */
export const sign = (shopId: string, shopOrderId: string, secret: string) =>
  createHash('sha1')
    .update(shopId + shopOrderId + secret)
    .digest('hex');
const SIGN = sign(SHOP, ORDER, SHOP_SECRET);

const person = (name: string) => ({
  name,
  city: '广州市',
  address: '新港中路397号',
  addressDetail: '1栋',
  phone: '13712345678',
  lng: 113.323753,
  lat: 23.097535,
});
const personWire = (name: string) => ({
  name,
  city: '广州市',
  address: '新港中路397号',
  address_detail: '1栋',
  phone: '13712345678',
  lng: 113.323753,
  lat: 23.097535,
});

/** An SFTC order with everything SFTC needs. */
export const ORDER_BODY = {
  shopId: SHOP,
  shopOrderId: ORDER,
  deliveryId: 'SFTC',
  openid: 'oBuyer0001',
  shopNo: '3243279847393',
  sender: person('咖啡小店'),
  receiver: person('张三'),
  cargo: {
    goodsValue: 38.5,
    goodsWeight: 1.2,
    cargoFirstClass: '美食夜宵',
    cargoSecondClass: '零食小吃',
  },
  orderInfo: { orderType: 0, orderTime: 1764140400 },
  shop: {
    wxaPath: 'pages/order?id=1',
    imgUrl: 'https://img.example.com/a.png',
    goodsName: '冷萃咖啡',
    goodsCount: 2,
  },
};
const ORDER_WIRE = {
  shopid: SHOP,
  shop_order_id: ORDER,
  delivery_id: 'SFTC',
  openid: 'oBuyer0001',
  shop_no: '3243279847393',
  sender: personWire('咖啡小店'),
  receiver: personWire('张三'),
  cargo: {
    goods_value: 38.5,
    goods_weight: 1.2,
    cargo_first_class: '美食夜宵',
    cargo_second_class: '零食小吃',
  },
  order_info: { order_type: 0, order_time: 1764140400 },
  shop: {
    wxa_path: 'pages/order?id=1',
    img_url: 'https://img.example.com/a.png',
    goods_name: '冷萃咖啡',
    goods_count: 2,
  },
  delivery_sign: SIGN,
};
/** readd's body: the order without its id, which is in the path. */
const READD_BODY = Object.fromEntries(
  Object.entries(ORDER_BODY).filter(([field]) => field !== 'shopOrderId'),
);

const FEES_REPLY = {
  resultcode: 0,
  resultmsg: 'ok',
  fee: 9.5,
  deliverfee: 10,
  couponfee: 0.5,
  tips: 0,
  insurancefee: 0,
  distance: 2120,
  dispatch_duration: 300,
};
const FEES = {
  fee: 9.5,
  deliverFee: 10,
  couponFee: 0.5,
  tips: 0,
  insuranceFee: 0,
  distance: 2120,
  dispatchDuration: 300,
};
const ADD_REPLY = {
  ...FEES_REPLY,
  waybill_id: WAYBILL,
  order_status: 101,
  finish_code: 0,
  pickup_code: 0,
};
const ADD_ANSWER = {
  ...FEES,
  waybillId: WAYBILL,
  orderStatus: 101,
  finishCode: 0,
  pickupCode: 0,
};
const OK = { resultcode: 0, resultmsg: 'ok' };
const CANCEL_BODY = {
  shopId: SHOP,
  deliveryId: 'SFTC',
  waybillId: WAYBILL,
  cancelReasonId: 1,
};
const CANCEL_WIRE = {
  shopid: SHOP,
  shop_order_id: ORDER,
  delivery_id: 'SFTC',
  waybill_id: WAYBILL,
  cancel_reason_id: 1,
  delivery_sign: SIGN,
};
const CANCEL_REPLY = { ...OK, deduct_fee: 2, desc: '骑手已接单' };
const CANCEL_ANSWER = { deductFee: 2, desc: '骑手已接单' };
const MOCK_BODY = { orderStatus: 102, actionTime: 1764140400 };
const MOCK_WIRE = {
  shop_order_id: ORDER,
  order_status: 102,
  action_time: 1764140400,
};

/**
 * One call per 即时配送 route, under `/local-delivery`; `method` is the
 * operation id: the library's method, or WeChat's own name for it
 * (addLocalOrder) where the logistics assistant's route has the method's.
 */
export const LOCAL_ROUTE_CALLS: readonly FamilyRouteCall[] = [
  {
    method: 'getAllImmeDelivery',
    api: 'localDelivery.getAllImmeDelivery',
    http: 'GET',
    path: '/carriers',
    status: 200,
    wechatPath: `${LOCAL}/delivery/getall`,
    wire: {},
    reply: {
      ...OK,
      list: [{ delivery_id: 'SFTC', delivery_name: '顺丰同城急送' }],
    },
    answer: { list: [{ deliveryId: 'SFTC', deliveryName: '顺丰同城急送' }] },
  },
  {
    method: 'getBindAccount',
    api: 'localDelivery.getBindAccount',
    http: 'GET',
    path: '/shops',
    status: 200,
    wechatPath: `${LOCAL}/shop/get`,
    wire: {},
    reply: {
      ...OK,
      shop_list: [{ shopid: SHOP, delivery_id: 'SFTC', audit_result: 0 }],
    },
    answer: {
      shopList: [{ shopId: SHOP, deliveryId: 'SFTC', auditResult: 0 }],
    },
  },
  {
    method: 'bindLocalAccount',
    api: 'localDelivery.bindAccount',
    http: 'POST',
    path: '/shops/bind',
    body: { deliveryId: 'DADA' },
    status: 200,
    wechatPath: `${LOCAL}/shop/add`,
    wire: { delivery_id: 'DADA' },
    reply: OK,
    answer: {},
  },
  {
    method: 'openDelivery',
    api: 'localDelivery.openDelivery',
    http: 'POST',
    path: '/shops/open',
    status: 200,
    wechatPath: `${LOCAL}/open`,
    wire: {},
    reply: OK,
    answer: {},
  },
  {
    method: 'preAddOrder',
    api: 'localDelivery.preAddOrder',
    http: 'POST',
    path: '/orders/quote',
    body: ORDER_BODY,
    status: 200,
    wechatPath: `${LOCAL}/order/pre_add`,
    wire: ORDER_WIRE,
    reply: FEES_REPLY,
    answer: FEES,
  },
  {
    method: 'addLocalOrder',
    api: 'localDelivery.addOrder',
    http: 'POST',
    path: '/orders',
    body: { ...ORDER_BODY, deliveryToken: 'dada-token-1' },
    status: 201,
    wechatPath: `${LOCAL}/order/add`,
    wire: { ...ORDER_WIRE, delivery_token: 'dada-token-1' },
    reply: ADD_REPLY,
    answer: ADD_ANSWER,
  },
  {
    method: 'reOrder',
    api: 'localDelivery.reOrder',
    http: 'POST',
    path: `/orders/${ORDER}/readd`,
    documentedPath: '/orders/{shopOrderId}/readd',
    body: READD_BODY,
    status: 201,
    wechatPath: `${LOCAL}/order/readd`,
    wire: ORDER_WIRE,
    reply: ADD_REPLY,
    answer: ADD_ANSWER,
  },
  {
    method: 'addTip',
    api: 'localDelivery.addTip',
    http: 'POST',
    path: `/orders/${ORDER}/tips`,
    documentedPath: '/orders/{shopOrderId}/tips',
    body: { shopId: SHOP, waybillId: WAYBILL, tips: 5.5, remark: '天气不好' },
    status: 200,
    wechatPath: `${LOCAL}/order/addtips`,
    wire: {
      shopid: SHOP,
      shop_order_id: ORDER,
      waybill_id: WAYBILL,
      tips: 5.5,
      remark: '天气不好',
      delivery_sign: SIGN,
    },
    reply: OK,
    answer: {},
  },
  {
    method: 'getLocalOrder',
    api: 'localDelivery.getOrder',
    http: 'GET',
    path: `/orders/${ORDER}?shopId=${SHOP}`,
    documentedPath: '/orders/{shopOrderId}',
    status: 200,
    wechatPath: `${LOCAL}/order/get`,
    wire: { shopid: SHOP, shop_order_id: ORDER, delivery_sign: SIGN },
    reply: {
      ...OK,
      order_status: 301,
      waybill_id: WAYBILL,
      rider_name: '谢**',
      rider_phone: '137******2',
      rider_lng: 113.33,
      rider_lat: 23.1,
      reach_time: 300,
    },
    answer: {
      orderStatus: 301,
      orderStatusInfo: { zh: '配送中', en: 'in delivery' },
      waybillId: WAYBILL,
      riderName: '谢**',
      riderPhone: '137******2',
      riderLng: 113.33,
      riderLat: 23.1,
      reachInSeconds: 300,
    },
  },
  {
    method: 'preCancelOrder',
    api: 'localDelivery.preCancelOrder',
    http: 'POST',
    path: `/orders/${ORDER}/cancel-fee`,
    documentedPath: '/orders/{shopOrderId}/cancel-fee',
    body: CANCEL_BODY,
    status: 200,
    wechatPath: `${LOCAL}/order/precancel`,
    wire: CANCEL_WIRE,
    reply: CANCEL_REPLY,
    answer: CANCEL_ANSWER,
  },
  {
    method: 'cancelLocalOrder',
    api: 'localDelivery.cancelOrder',
    http: 'POST',
    path: `/orders/${ORDER}/cancel`,
    documentedPath: '/orders/{shopOrderId}/cancel',
    body: CANCEL_BODY,
    status: 200,
    wechatPath: `${LOCAL}/order/cancel`,
    wire: CANCEL_WIRE,
    reply: CANCEL_REPLY,
    answer: CANCEL_ANSWER,
  },
  {
    method: 'abnormalConfirm',
    api: 'localDelivery.abnormalConfirm',
    http: 'POST',
    path: `/orders/${ORDER}/confirm-return`,
    documentedPath: '/orders/{shopOrderId}/confirm-return',
    body: { shopId: SHOP, waybillId: WAYBILL, remark: '已收到退回商品' },
    status: 200,
    wechatPath: `${LOCAL}/order/confirm_return`,
    wire: {
      shopid: SHOP,
      shop_order_id: ORDER,
      waybill_id: WAYBILL,
      remark: '已收到退回商品',
      delivery_sign: SIGN,
    },
    reply: OK,
    answer: {},
  },
  {
    method: 'mockUpdateOrder',
    api: 'localDelivery.mockUpdateOrder',
    http: 'POST',
    path: `/test/orders/${ORDER}/status`,
    documentedPath: '/test/orders/{shopOrderId}/status',
    body: { shopId: 'test_shop_id', ...MOCK_BODY },
    status: 200,
    wechatPath: `${LOCAL}/test_update_order`,
    // Not signed (§4).
    wire: { shopid: 'test_shop_id', ...MOCK_WIRE },
    reply: OK,
    answer: {},
  },
  {
    method: 'realMockUpdateOrder',
    api: 'localDelivery.realMockUpdateOrder',
    http: 'POST',
    path: `/test/orders/${ORDER}/realmock-status`,
    documentedPath: '/test/orders/{shopOrderId}/realmock-status',
    body: { shopId: SHOP, ...MOCK_BODY },
    status: 200,
    wechatPath: `${LOCAL}/realmock_update_order`,
    wire: { shopid: SHOP, ...MOCK_WIRE, delivery_sign: SIGN },
    reply: OK,
    answer: {},
  },
];

const call = (method: string) =>
  LOCAL_ROUTE_CALLS.find((c) => c.method === method)!;
const bad = (method: string, body?: object, path?: string): InvalidCall => {
  const { http, documentedPath } = call(method);
  return {
    method,
    http,
    path: path ?? call(method).path,
    documentedPath,
    body,
  };
};

/** Bad input per route with input: each is its route's documented 400, and nothing is sent. */
export const LOCAL_INVALID: readonly InvalidCall[] = [
  bad('bindLocalAccount', {}),
  bad('preAddOrder', {
    ...ORDER_BODY,
    cargo: { ...ORDER_BODY.cargo, goodsWeight: 60 },
  }),
  bad('addLocalOrder', {
    ...ORDER_BODY,
    cargo: { ...ORDER_BODY.cargo, goodsWeight: 60 },
  }),
  bad('reOrder', {
    ...READD_BODY,
    cargo: { ...ORDER_BODY.cargo, goodsWeight: 60 },
  }),
  bad('addTip', { shopId: SHOP, waybillId: WAYBILL, tips: 0, remark: 'r' }),
  bad('getLocalOrder', undefined, `/orders/${ORDER}`),
  bad('preCancelOrder', {
    shopId: SHOP,
    deliveryId: 'SFTC',
    cancelReasonId: 1,
  }),
  bad('cancelLocalOrder', {
    shopId: SHOP,
    deliveryId: 'SFTC',
    waybillId: WAYBILL,
  }),
  bad('abnormalConfirm', { shopId: SHOP }),
  bad('mockUpdateOrder', { shopId: SHOP, ...MOCK_BODY }),
  bad('realMockUpdateOrder', {
    shopId: SHOP,
    orderStatus: 102,
    actionTime: 'now',
  }),
];
