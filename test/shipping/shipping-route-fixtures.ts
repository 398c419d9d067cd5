import { REFERENCE_UPLOAD_INPUT } from '../support/shipping-reference';

/**
 * The demo's twelve shipping routes, one concrete call each: what the demo is
 * sent, the WeChat path and body it must produce, WeChat's answer (canned:
 * the emulator's own shipping handlers are not what these tests pin) and the
 * JSON the demo must answer with.
 */
export interface ShippingRouteCall {
  /** The library method, which is also the route's OpenAPI operation id. */
  readonly method: string;
  readonly http: 'GET' | 'POST' | 'PUT';
  /** Under `/shipping` (the app twin is `/shipping/apps/:appId` + this). */
  readonly path: string;
  readonly body?: object;
  readonly wechatPath: string;
  /** The request body WeChat must receive, parsed. */
  readonly wire: object;
  /** WeChat's answer besides errcode 0. */
  readonly reply: Record<string, unknown>;
  /** The demo's 200 body. */
  readonly answer: object;
}

const ORDER = '/wxa/sec/order';
const BRAND = '/wxa/sec/famousbrand';

/** shipping-info.md §4.1's example upload, camelCase. */
export const UPLOAD_BODY = REFERENCE_UPLOAD_INPUT;

/** …and its wire form, byte for byte as the reference's example. */
export const UPLOAD_WIRE_TEXT =
  '{"order_key":{"order_number_type":2,"transaction_id":"4200000000202311150000000001"},' +
  '"logistics_type":1,"delivery_mode":1,' +
  '"shipping_list":[{"tracking_no":"SF1234567890123","express_company":"SF","item_desc":"保温杯*1",' +
  '"contact":{"receiver_contact":"138****5678"}}],' +
  '"upload_time":"2023-11-15T10:00:00+08:00","payer":{"openid":"oTestPayer0001"}}';

const WIRE_ORDER = {
  transaction_id: '4200000000202311150000000001',
  merchant_trade_no: 'ORD20231115001',
  merchant_id: '1900000109',
  sub_merchant_id: '',
  description: '保温杯*1',
  paid_amount: 916,
  openid: 'oTestPayer0001',
  trade_create_time: 1700000000,
  pay_time: 1700000001,
  in_complaint: false,
  order_state: 2,
  shipping: {
    delivery_mode: 1,
    logistics_type: 1,
    finish_shipping: true,
    finish_shipping_count: 1,
    shipping_list: [
      {
        tracking_no: 'SF1234567890123',
        express_company: 'SF',
        goods_desc: '保温杯*1',
        upload_time: 1700000100,
      },
    ],
  },
};

const ORDER_RESULT = {
  transactionId: '4200000000202311150000000001',
  merchantTradeNo: 'ORD20231115001',
  merchantId: '1900000109',
  subMerchantId: '',
  description: '保温杯*1',
  paidAmount: 916,
  openid: 'oTestPayer0001',
  tradeCreateTime: 1700000000,
  payTime: 1700000001,
  inComplaint: false,
  orderState: 2,
  shipping: {
    deliveryMode: 1,
    logisticsType: 1,
    finishShipping: true,
    finishShippingCount: 1,
    shippingList: [
      {
        trackingNo: 'SF1234567890123',
        expressCompany: 'SF',
        goodsDesc: '保温杯*1',
        uploadTime: 1700000100,
      },
    ],
  },
};

export const SHIPPING_ROUTE_CALLS: readonly ShippingRouteCall[] = [
  {
    method: 'uploadShippingInfo',
    http: 'POST',
    path: '/orders/upload',
    body: UPLOAD_BODY,
    wechatPath: `${ORDER}/upload_shipping_info`,
    wire: JSON.parse(UPLOAD_WIRE_TEXT) as object,
    reply: {},
    answer: {},
  },
  {
    method: 'uploadCombinedShippingInfo',
    http: 'POST',
    path: '/orders/upload-combined',
    body: {
      orderKey: { orderNumberType: 2, transactionId: '42000000009' },
      subOrders: [
        {
          orderKey: { orderNumberType: 2, transactionId: '42000000001' },
          logisticsType: 3,
          deliveryMode: 1,
          shippingList: [{ itemDesc: '会员卡*1' }],
        },
      ],
      uploadTime: '2023-11-15T10:00:00.120+08:00',
      payer: { openid: 'oTestPayer0001' },
    },
    wechatPath: `${ORDER}/upload_combined_shipping_info`,
    wire: {
      order_key: { order_number_type: 2, transaction_id: '42000000009' },
      sub_orders: [
        {
          order_key: { order_number_type: 2, transaction_id: '42000000001' },
          logistics_type: 3,
          delivery_mode: 1,
          shipping_list: [{ item_desc: '会员卡*1' }],
        },
      ],
      upload_time: '2023-11-15T10:00:00.120+08:00',
      payer: { openid: 'oTestPayer0001' },
    },
    reply: {},
    answer: {},
  },
  {
    method: 'getOrder',
    http: 'GET',
    path: '/orders/lookup?merchantId=1900000109&merchantTradeNo=ORD20231115001',
    wechatPath: `${ORDER}/get_order`,
    wire: { merchant_id: '1900000109', merchant_trade_no: 'ORD20231115001' },
    reply: { order: WIRE_ORDER },
    answer: { order: ORDER_RESULT },
  },
  {
    method: 'getOrderList',
    http: 'GET',
    path: '/orders?beginTime=1700000000&endTime=1700086400&orderState=2&openid=oTestPayer0001&lastIndex=092dd3&pageSize=50',
    wechatPath: `${ORDER}/get_order_list`,
    wire: {
      pay_time_range: { begin_time: 1700000000, end_time: 1700086400 },
      order_state: 2,
      openid: 'oTestPayer0001',
      last_index: '092dd3',
      page_size: 50,
    },
    reply: { order_list: [WIRE_ORDER], last_index: '092dd4', has_more: true },
    answer: { orderList: [ORDER_RESULT], lastIndex: '092dd4', hasMore: true },
  },
  {
    method: 'notifyConfirmReceive',
    http: 'POST',
    path: '/orders/notify-confirm-receive',
    body: {
      transactionId: '4200000000202311150000000001',
      receivedTime: 1700200000,
    },
    wechatPath: `${ORDER}/notify_confirm_receive`,
    wire: {
      transaction_id: '4200000000202311150000000001',
      received_time: 1700200000,
    },
    reply: {},
    answer: {},
  },
  {
    method: 'opSpecialOrder',
    http: 'POST',
    path: '/orders/special',
    body: { orderId: 'ORD20231115001', type: 1, delayTo: 1702592000 },
    wechatPath: `${ORDER}/opspecialorder`,
    wire: { order_id: 'ORD20231115001', type: 1, delay_to: 1702592000 },
    reply: {},
    answer: {},
  },
  {
    method: 'setMsgJumpPath',
    http: 'PUT',
    path: '/msg-jump-path',
    body: { path: 'pages/order/detail?from=ship' },
    wechatPath: `${ORDER}/set_msg_jump_path`,
    wire: { path: 'pages/order/detail?from=ship' },
    reply: {},
    answer: {},
  },
  {
    method: 'isTradeManaged',
    http: 'GET',
    path: '/trade-managed?appid=wx0123456789abcdef',
    wechatPath: `${ORDER}/is_trade_managed`,
    wire: { appid: 'wx0123456789abcdef' },
    reply: { is_trade_managed: true },
    answer: { isTradeManaged: true },
  },
  {
    method: 'isTradeManagementConfirmationCompleted',
    http: 'GET',
    path: '/trade-management-confirmation?appid=wx0123456789abcdef',
    wechatPath: `${ORDER}/is_trade_management_confirmation_completed`,
    wire: { appid: 'wx0123456789abcdef' },
    reply: { completed: false },
    answer: { completed: false },
  },
  {
    method: 'setWxaTradeType',
    http: 'POST',
    path: '/trade-type/apply',
    body: {
      tradeType: 2,
      materialList: [{ type: 1, mediaId: 'MEDIA_ID_0001' }],
      reason: '主营实物商品销售',
    },
    wechatPath: `${ORDER}/setwxatradetypecgi`,
    wire: {
      trade_type: 2,
      material_list: [{ type: 1, media_id: 'MEDIA_ID_0001' }],
      reason: '主营实物商品销售',
    },
    reply: {},
    answer: {},
  },
  {
    method: 'famousBrandApply',
    http: 'POST',
    path: '/famous-brand/apply',
    body: { application: { applyFor: 2 } },
    wechatPath: `${BRAND}/apply`,
    // `Application`, capital A, as WeChat names it.
    wire: { Application: { apply_for: 2 } },
    reply: {},
    answer: {},
  },
  {
    method: 'getFamousBrandApplyStatus',
    http: 'GET',
    path: '/famous-brand/status',
    wechatPath: `${BRAND}/get_status`,
    wire: {},
    reply: {
      progress: { status: 2 },
      application: {
        apply_for: 1,
        status: 2,
        audit_info: { audit_reason: '材料不清晰' },
      },
    },
    answer: {
      progress: { status: 2 },
      application: {
        applyFor: 1,
        status: 2,
        auditInfo: { auditReason: '材料不清晰' },
      },
    },
  },
];
