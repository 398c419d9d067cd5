import {
  errmsgFor,
  errorReply,
  jsonReply,
  newRid,
  type WechatReply,
} from '../http/wechat-reply';

/**
 * What WeChat says for each errcode the return calls answer (reference §5),
 * kept here rather than taken from the client's catalogue: the emulator must
 * say what WeChat says, whatever the client makes of it. 9300522's text is
 * the logistics assistant's (the return pages give none).
 */
const RETURNS_ERRMSGS: Readonly<Record<number, string>> = {
  40097: 'invalid args',
  9300522: 'this orderid is repeated',
  9300569: 'wx_pay_id is empty',
  9300570: 'wx_pay_id is invalid or not insured',
  931023: 'waybill not exist detail: [运单不存在]',
};

/** `{errcode, errmsg: "<text> rid: …"}`. */
export function returnsError(errcode: number): WechatReply {
  const text = RETURNS_ERRMSGS[errcode] ?? errmsgFor(errcode);
  return errorReply(errcode, {}, `${text} rid: ${newRid()}`);
}

/** Success as the return examples write it: `errmsg` is `"OK"`, upper case. */
export function returnsOk(fields: Record<string, unknown> = {}): WechatReply {
  return jsonReply({ errcode: 0, errmsg: 'OK', ...fields });
}
