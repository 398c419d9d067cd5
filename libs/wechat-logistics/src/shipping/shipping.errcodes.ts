import { type ErrcodeRows } from '../core/errors/errcode-catalogue';

/**
 * Order shipping info management's errcodes (shipping-info.md §5, §4.7–4.12).
 * Platform-wide codes the reference lists beside them (-1, 40013, 40097,
 * 44990, 48001, 61003, 61004, 61007, 61011, the token and transport codes)
 * live in global.errcodes.ts: every family may meet them. 10060013 and
 * 268485253 come from the older page only (one source) and are kept: a
 * client that knows them explains them.
 */
export const SHIPPING_ERRCODES: ErrcodeRows = {
  busy: [
    [
      10060012,
      '系统错误',
      'The shipping service reported a system error. Try again later.',
    ],
    [
      10060019,
      '系统错误',
      'The shipping service reported a system error. Try again later.',
    ],
  ],
  'not-found': [
    [
      10060001,
      '支付单不存在',
      'No such payment: check the transaction id or the merchant id and order no. A payment can take about a minute to become queryable, and payments made in the devtools or before the merchant authorised order management never appear.',
    ],
    [
      268546002,
      '账户不存在这个待发货单号',
      'This account has no unshipped payment with that order id.',
    ],
  ],
  conflict: [
    [
      10060002,
      '支付单已完成发货，无法继续发货',
      'The payment is already fully shipped (or its receipt confirmed); it cannot be shipped again.',
    ],
    [
      10060003,
      '支付单已使用重新发货机会',
      'The payment has used its one re-upload (重新发货): its shipping info can no longer change.',
    ],
    [
      10060004,
      '支付单处于不可发货的状态',
      'The payment is in a state that cannot be shipped (for example refunded).',
    ],
    [
      10060023,
      '发货信息未更新',
      'Nothing changed: the shipping info is the same as the one WeChat already has.',
    ],
    [
      10060028,
      '支付单不是已发货状态',
      'The payment is not in the shipped (已发货) state, which this operation needs.',
    ],
    [
      10060030,
      '支付单已使用提醒收货机会',
      'The buyer was already reminded to confirm receipt; a payment allows one reminder.',
    ],
    [
      10060032,
      '只有物流快递发货时允许提醒用户确认收货',
      'Only an express (logistics type 1) shipment can remind the buyer to confirm receipt.',
    ],
    [
      10210002,
      '状态错误',
      'The brand application is in a state that does not allow this.',
    ],
    // WeChat documents no errmsg for it (one source); the text is ours.
    [
      268486048,
      'trade type already applied',
      'This account has already applied to change its trade type; one application is allowed.',
    ],
  ],
  'bad-request': [
    [
      10060005,
      '物流类型有误',
      'logistics_type must be 1 (express), 2 (intracity), 3 (virtual) or 4 (self-pickup).',
    ],
    [
      10060006,
      '非快递发货时不允许分拆发货',
      'Split delivery is allowed for express (logistics type 1) only.',
    ],
    [
      10060007,
      '分拆发货模式下必须填写 is_all_delivered 字段',
      'Split delivery needs is_all_delivered.',
    ],
    [
      10060008,
      '商品描述 item_desc 字段不能为空',
      'item_desc must not be empty.',
    ],
    [
      10060009,
      '商品描述 item_desc 字段太长',
      'item_desc is longer than 120 characters.',
    ],
    [
      10060011,
      'last_index不合法',
      'last_index is not a cursor WeChat returned.',
    ],
    [10060013, '子单单号重复', 'A sub-payment is listed twice in sub_orders.'],
    [
      10060014,
      '参数错误',
      'WeChat rejected a parameter of the request (its errmsg says which).',
    ],
    [
      10060020,
      '该笔支付单在没有任何商品描述的情况下不允许完成发货',
      'The payment cannot be completed without any goods description.',
    ],
    [10060024, '物流信息列表太长', 'shipping_list has more than 15 packages.'],
    [10060025, '物流公司编码太长', 'express_company is longer than 128 bytes.'],
    [10060026, '物流单号太长', 'tracking_no is longer than 128 bytes.'],
    [
      10060029,
      '签收时间非法',
      'received_time is not valid: it must be after the shipping time.',
    ],
    [
      10060031,
      '该笔支付单不属于 openid 所指定的用户',
      "payer.openid is not the payment's payer.",
    ],
    [268485194, '订单单号类型非法', 'order_number_type must be 1 or 2.'],
    [
      268485195,
      '微信支付单号形式下 transaction_id 字段不能为空',
      'order_number_type 2 needs transaction_id.',
    ],
    [
      268485196,
      '商户侧单号形式下 mchid 字段不能为空',
      'order_number_type 1 needs mchid.',
    ],
    [
      268485197,
      '商户侧单号形式下 out_trade_no 字段不能为空',
      'order_number_type 1 needs out_trade_no.',
    ],
    // Also answered when the time is well formed but not later than the
    // payment's previous upload (COMM-STAFF, §8 #7): the message says both.
    [
      268485216,
      '上传时间非法，请按照 RFC 3339 格式填写',
      "upload_time is not an RFC 3339 time, or is not later than this payment's previous upload.",
    ],
    [
      268485224,
      '发货模式非法',
      'delivery_mode must be 1 (unified) or 2 (split).',
    ],
    [268485226, '物流单号不能为空', 'An express package needs tracking_no.'],
    [
      268485227,
      '物流公司编码不能为空',
      'An express package needs express_company.',
    ],
    [
      268485228,
      '统一发货模式下，物流信息列表长度必须为 1',
      'Unified delivery needs exactly one package in shipping_list.',
    ],
    [
      268485253,
      '主单的订单单号类型与子单的单号类型不一致',
      "A sub-order's order_number_type differs from the parent's.",
    ],
    [268546000, 'type非法', 'type must be 1 (pre-sale) or 2 (test order).'],
    [
      268546001,
      'delay_to非法',
      'delay_to must be at least 15 days and at most 330 days after the payment.',
    ],
    [10210001, '参数错误', 'WeChat rejected a parameter of the brand request.'],
    [
      10210003,
      '图片解析失败',
      'A media_id of the brand application could not be read as an image.',
    ],
  ],
};
