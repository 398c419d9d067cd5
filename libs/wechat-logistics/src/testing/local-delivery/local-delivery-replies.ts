import {
  errorReply,
  jsonReply,
  newRid,
  type WechatReply,
} from '../http/wechat-reply';

/**
 * What WeChat says for each errcode this family answers (local-delivery.md
 * §1.5), kept here rather than taken from the client's catalogue: 930555–
 * 930569 mean other things in the logistics assistant, and the emulator must
 * say what WeChat says here. Texts marked "—" in the reference are ours.
 */
const LOCAL_ERRMSGS: Readonly<Record<number, string>> = {
  86000: 'should be called only from third party',
  930557: 'delivery system error',
  930559: 'invalid openid',
  930560: 'shopid need bind first',
  930561: 'args error',
  930562: 'order already exists',
  930563: 'order not exists',
  930564: 'no quota',
  930565: 'order finished',
  930569: 'already open',
  930570: 'cargo_first_class or cargo_second_class invalid',
  9300535: 'shop or goods info invalid',
};

/** A WeChat-level refusal: `{errcode, errmsg: "<text> rid: …"}`, no resultcode (§1.4). */
export function localError(errcode: number): WechatReply {
  const text = LOCAL_ERRMSGS[errcode] ?? 'system error';
  return errorReply(errcode, {}, `${text} rid: ${newRid()}`);
}

/** Success as this family writes it: no errcode at all, `resultcode` 0 (§1.4). */
export function localOk(fields: Record<string, unknown> = {}): WechatReply {
  return jsonReply({ resultcode: 0, resultmsg: 'ok', ...fields });
}

/**
 * A carrier-level refusal: no errcode, `resultcode ≠ 0`, and every success
 * field of the endpoint zero-filled (`zeroFields`), as the COMM captures show.
 */
export function carrierRefusal(
  refusal: CarrierRefusal,
  zeroFields: Readonly<Record<string, unknown>> = {},
): WechatReply {
  return jsonReply({
    resultcode: refusal.resultcode,
    resultmsg: refusal.resultmsg,
    ...zeroFields,
  });
}

/** A carrier's `resultcode`/`resultmsg` (only 0 is defined, §1.4). */
export interface CarrierRefusal {
  readonly resultcode: number;
  readonly resultmsg: string;
}

/**
 * The carrier refusals the emulator gives. 1 and 2062 were seen from SS and
 * DADA (§1.4); the 9xxx codes are the emulator's own (inference: carriers
 * define their codes and none was seen for these cases), one per reason so a
 * test can tell them apart.
 */
export const CARRIER_REFUSALS = {
  badSign: { resultcode: 1, resultmsg: '签名校验失败' },
  priceExpired: {
    resultcode: 2062,
    resultmsg: '订单价格信息已过期,请重新查询后发单',
  },
  /** SFTC's answer to a cancel without `waybill_id` (§1.4, COMM). */
  sftcNeedsWaybill: { resultcode: 1202, resultmsg: '请求参数错误(order_id)' },
  wrongState: { resultcode: 9001, resultmsg: '当前订单状态不允许该操作' },
  notSupported: { resultcode: 9002, resultmsg: '该配送公司不支持该操作' },
  badTip: { resultcode: 9003, resultmsg: '小费金额不符合配送公司规则' },
  cannotCancel: { resultcode: 9004, resultmsg: '骑手已取货,订单不可取消' },
} as const satisfies Record<string, CarrierRefusal>;

/** The zero-filled success fields of each kind of answer (§3.5–§3.11). */
export const ZERO_FIELDS = {
  quote: {
    fee: 0,
    deliverfee: 0,
    couponfee: 0,
    tips: 0,
    insurancefee: 0,
    distance: 0,
    dispatch_duration: 0,
  },
  order: {
    fee: 0,
    deliverfee: 0,
    couponfee: 0,
    tips: 0,
    insurancefee: 0,
    distance: 0,
    waybill_id: '',
    order_status: 0,
    finish_code: 0,
    pickup_code: 0,
    dispatch_duration: 0,
  },
  get: {
    order_status: 0,
    waybill_id: '',
    rider_name: '',
    rider_phone: '',
    rider_lng: 0,
    rider_lat: 0,
    reach_time: 0,
  },
  cancel: { deduct_fee: 0, desc: '' },
  none: {},
} as const;
