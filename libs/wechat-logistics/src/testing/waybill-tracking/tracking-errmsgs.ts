import {
  errmsgFor,
  errorReply,
  newRid,
  type WechatReply,
} from '../http/wechat-reply';

/**
 * What WeChat says for each errcode of these calls (reference §1.1, §4.10):
 * the English text, then WeChat's `detail: [中文原因]` where threads quote
 * one; some are Chinese only. Kept here, not taken from the client's
 * catalogue: 9300507, 9300513 and 9300534 read differently for the logistics
 * assistant, and the emulator must say what WeChat says.
 */
const TRACKING_ERRMSGS: Readonly<Record<number, string>> = {
  [-1]: 'system error detail: [未知异常,请稍后重试]',
  40003: 'invalid openid detail: [openid错误]',
  48001: 'api unauthorized',
  931023: 'waybill not exist detail: [运单不存在]',
  9300559: 'waybill not exist detail: [运单不存在]',
  9300507:
    "invalid token, can't decryption or decryption result is different from the plaintext",
  9300513: 'out of quota',
  9300534: 'invalid shop args',
  9300560: '达到修改次数上限',
  9300561: '图片url错误',
};

/** `{errcode, errmsg: "<text> rid: …"}` as 物流服务 words it. */
export function trackingError(errcode: number): WechatReply {
  const text = TRACKING_ERRMSGS[errcode] ?? errmsgFor(errcode);
  return errorReply(errcode, {}, `${text} rid: ${newRid()}`);
}
