import {
  type FamilyRouteCall,
  type InvalidCall,
} from '../support/family-routes';

const CURRENT = '/cgi-bin/express/delivery/no_worry_return';
const LEGACY = '/cgi-bin/express/delivery/return';

/** 19 digits, beyond what a JavaScript number holds exactly. */
export const RETURN_ID = '1935761508265738242';

const LEGACY_ADD_BODY = {
  shopOrderId: 'RET-20231115-001',
  bizAddr: {
    name: '张三',
    mobile: '13800138000',
    country: '中国',
    province: '广东省',
    city: '广州市',
    area: '海珠区',
    address: 'TIT创意园1栋',
  },
  openid: 'oTestBuyer0001',
  orderPath: 'pages/order/detail?id=1',
  goodsList: [{ name: '保温杯', url: 'https://img.example.com/goods/cup.jpg' }],
  orderPrice: 916,
};
const LEGACY_ADD_WIRE = {
  shop_order_id: 'RET-20231115-001',
  biz_addr: {
    name: '张三',
    mobile: '13800138000',
    country: '中国',
    province: '广东省',
    city: '广州市',
    area: '海珠区',
    address: 'TIT创意园1栋',
  },
  openid: 'oTestBuyer0001',
  order_path: 'pages/order/detail?id=1',
  goods_list: [
    { name: '保温杯', url: 'https://img.example.com/goods/cup.jpg' },
  ],
  order_price: 916,
};
export const ADD_BODY = {
  ...LEGACY_ADD_BODY,
  wxPayId: '4200000000202311150000000001',
};
const ADD_WIRE = {
  ...LEGACY_ADD_WIRE,
  wx_pay_id: '4200000000202311150000000001',
};

/** get's answer as the official example words it: status a string. */
const GET_REPLY = {
  status: '2',
  waybill_id: 'SF1234567890',
  order_status: 2,
  delivery_id: 'SF',
  delivery_name: '顺丰速运',
};
const GET_ANSWER = {
  status: 2,
  waybillId: 'SF1234567890',
  orderStatus: 2,
  deliveryId: 'SF',
  deliveryName: '顺丰速运',
};

const byId = (kind: 'current' | 'legacy', suffix = '') =>
  `${kind === 'legacy' ? '/legacy' : ''}/${RETURN_ID}${suffix}`;
const documentedById = (kind: 'current' | 'legacy', suffix = '') =>
  `${kind === 'legacy' ? '/legacy' : ''}/{returnId}${suffix}`;

/** One call per 退货组件 route, under `/returns`. */
export const RETURN_ROUTE_CALLS: readonly FamilyRouteCall[] = [
  {
    method: 'addReturnId',
    api: 'returns.addReturnId',
    http: 'POST',
    path: '',
    body: ADD_BODY,
    status: 201,
    wechatPath: `${CURRENT}/add`,
    wire: ADD_WIRE,
    reply: { return_id: RETURN_ID },
    answer: { returnId: RETURN_ID },
  },
  {
    method: 'getReturnId',
    api: 'returns.getReturnId',
    http: 'GET',
    path: byId('current'),
    documentedPath: documentedById('current'),
    status: 200,
    wechatPath: `${CURRENT}/get`,
    wire: { return_id: RETURN_ID },
    reply: GET_REPLY,
    answer: GET_ANSWER,
  },
  {
    method: 'unbindReturnId',
    api: 'returns.unbindReturnId',
    http: 'POST',
    path: byId('current', '/unbind'),
    documentedPath: documentedById('current', '/unbind'),
    status: 200,
    wechatPath: `${CURRENT}/unbind`,
    wire: { return_id: RETURN_ID },
    reply: {},
    answer: {},
  },
  {
    method: 'legacyAddReturnId',
    api: 'returns.legacyAddReturnId',
    http: 'POST',
    path: '/legacy',
    body: LEGACY_ADD_BODY,
    status: 201,
    wechatPath: `${LEGACY}/add`,
    wire: LEGACY_ADD_WIRE,
    reply: { return_id: RETURN_ID },
    answer: { returnId: RETURN_ID },
  },
  {
    method: 'legacyGetReturnId',
    api: 'returns.legacyGetReturnId',
    http: 'GET',
    path: byId('legacy'),
    documentedPath: documentedById('legacy'),
    status: 200,
    wechatPath: `${LEGACY}/get`,
    wire: { return_id: RETURN_ID },
    reply: GET_REPLY,
    answer: GET_ANSWER,
  },
  {
    method: 'legacyUnbindReturnId',
    api: 'returns.legacyUnbindReturnId',
    http: 'POST',
    path: byId('legacy', '/unbind'),
    documentedPath: documentedById('legacy', '/unbind'),
    status: 200,
    wechatPath: `${LEGACY}/unbind`,
    wire: { return_id: RETURN_ID },
    reply: {},
    answer: {},
  },
  {
    method: 'applyReturnPlugin',
    api: 'returns.applyReturnPlugin',
    http: 'POST',
    path: '/plugin',
    status: 200,
    wechatPath: `${LEGACY}/open_return`,
    wire: {},
    reply: {},
    answer: {},
  },
];

/** Bad input for each route documenting a 400 body: the documented message is this input's. */
export const RETURNS_INVALID: readonly InvalidCall[] = [
  {
    method: 'addReturnId',
    http: 'POST',
    path: '',
    body: { ...ADD_BODY, wxPayId: 'DEMO-TRANSACTION-1' },
  },
  {
    method: 'legacyAddReturnId',
    http: 'POST',
    path: '/legacy',
    body: { ...LEGACY_ADD_BODY, shopOrderId: '' },
  },
  ...(['current', 'legacy'] as const).flatMap((kind): InvalidCall[] => [
    {
      method: kind === 'legacy' ? 'legacyGetReturnId' : 'getReturnId',
      http: 'GET',
      path: `${kind === 'legacy' ? '/legacy' : ''}/12345abc`,
      documentedPath: documentedById(kind),
    },
    {
      method: kind === 'legacy' ? 'legacyUnbindReturnId' : 'unbindReturnId',
      http: 'POST',
      path: `${kind === 'legacy' ? '/legacy' : ''}/12345abc/unbind`,
      documentedPath: documentedById(kind, '/unbind'),
    },
  ]),
];
