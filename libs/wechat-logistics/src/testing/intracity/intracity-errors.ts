import { errorReply, newRid, type WechatReply } from '../http/wechat-reply';

/**
 * What the emulator says for each errcode of 同城配送 (intracity.md §7). The
 * reference gives meanings, not WeChat's exact texts, except 48001 and
 * 934010 (quoted by users); the other texts are ours, in WeChat's style.
 */
const INTRACITY_ERRMSGS: Readonly<Record<number, string>> = {
  48001: 'api unauthorized',
  934000: 'other logic error',
  934001: 'invalid args',
  934002: 'order already exists and is being processed, do not add again',
  934003: 'invalid service_trans_id',
  934006: 'orders in delivery, refund is not allowed yet',
  934007: 'not an order in delivery',
  934008: 'wx_store_id does not belong to this appid',
  934009: "the store's city is not served by the carrier",
  934010: 'store has created, please change another out_store_id',
  934012: 'appid and access_token do not match',
  934013: 'store balance is not enough',
  934016: 'order not exists',
  934017: 'order status does not allow cancel',
  934018: 'order has been cancelled',
  934019: 'out of the delivery range of the carrier',
  934020: 'cargo is overweight',
  934021: 'store not exists',
};

/** `{errcode, errmsg: "<text> rid: …"}`; `detail` replaces the text (934001 names the field). */
export function intracityError(errcode: number, detail?: string): WechatReply {
  const text = detail ?? INTRACITY_ERRMSGS[errcode] ?? 'system error';
  return errorReply(errcode, {}, `${text} rid: ${newRid()}`);
}

/** `934001 <field> is required`, as WeChat names a missing field (COMM: `order_detail_path is required`). */
export const fieldRequired = (field: string): WechatReply =>
  intracityError(934001, `${field} is required`);

/** `934001 <field> is invalid`: present but of the wrong type or out of range (our wording). */
export const fieldInvalid = (field: string): WechatReply =>
  intracityError(934001, `${field} is invalid`);

/** Tells a refusal from the value a reader returns instead. */
export function isReply(value: object): value is WechatReply {
  return 'httpStatus' in value && 'body' in value;
}
