import {
  errmsgFor,
  errorReply,
  newRid,
  type WechatReply,
} from '../http/wechat-reply';

/**
 * The typical errmsg of each errcode the shipping family answers, from the
 * reference (shipping-info.md §5), kept here rather than taken from the
 * client's catalogue: the emulator must say what WeChat says, whatever the
 * client makes of it.
 */
const SHIPPING_ERRMSGS: Readonly<Record<number, string>> = {
  10060001: '支付单不存在',
  10060002: '支付单已完成发货，无法继续发货',
  10060003: '支付单已使用重新发货机会',
  10060004: '支付单处于不可发货的状态',
  10060005: '物流类型有误',
  10060006: '非快递发货时不允许分拆发货',
  10060007: '分拆发货模式下必须填写 is_all_delivered 字段',
  10060008: '商品描述 item_desc 字段不能为空',
  10060009: '商品描述 item_desc 字段太长',
  10060011: 'last_index不合法',
  10060013: '子单单号重复',
  10060014: '参数错误',
  10060023: '发货信息未更新',
  10060024: '物流信息列表太长',
  10060025: '物流公司编码太长',
  10060026: '物流单号太长',
  10060028: '支付单不是已发货状态',
  10060029: '签收时间非法',
  10060030: '支付单已使用提醒收货机会',
  10060031: '该笔支付单不属于 openid 所指定的用户',
  10060032: '只有物流快递发货时允许提醒用户确认收货',
  268485194: '订单单号类型非法',
  268485195: '微信支付单号形式下 transaction_id 字段不能为空',
  268485196: '商户侧单号形式下 mchid 字段不能为空',
  268485197: '商户侧单号形式下 out_trade_no 字段不能为空',
  268485216: '上传时间非法，请按照 RFC 3339 格式填写',
  268485224: '发货模式非法',
  268485226: '物流单号不能为空',
  268485227: '物流公司编码不能为空',
  268485228: '统一发货模式下，物流信息列表长度必须为 1',
  268485253: '主单的订单单号类型与子单的单号类型不一致',
  268546000: 'type非法',
  268546001: 'delay_to非法',
  268546002: '账户不存在这个待发货单号',
  268486048: 'trade type change already applied',
  10210001: '参数错误',
  10210002: '状态错误',
  10210003: '图片解析失败',
  40097: 'invalid args',
  48001: 'api unauthorized',
};

/**
 * `{errcode, errmsg: "<text>[: detail] rid: …"}`. `detail` says which field,
 * as WeChat's catch-all 10060014 does; it never echoes a value back.
 */
export function shippingError(errcode: number, detail?: string): WechatReply {
  const text = SHIPPING_ERRMSGS[errcode] ?? errmsgFor(errcode);
  const withDetail = detail === undefined ? text : `${text}: ${detail}`;
  return errorReply(errcode, {}, `${withDetail} rid: ${newRid()}`);
}
