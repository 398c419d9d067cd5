/**
 * getReturnId `status`: how the buyer chose to send the goods back
 * (reference §3.8). WeChat's examples send it as a string (`"status":"1"`),
 * its table as a number: the client reads both. Results say
 * `ReturnStatus | number`: a value WeChat adds later is passed on as it came.
 */
export enum ReturnStatus {
  /** 用户未填写退货信息: the buyer has not chosen yet. */
  NotFilled = 0,
  /** 预约上门取件 (legacy page: 在线预约): the buyer booked a courier pick-up. */
  PickupBooked = 1,
  /** 填写自行寄回运单号 (legacy page: 自主填写): the buyer shipped it and typed the waybill. */
  SelfShipped = 2,
}

/** WeChat's words for each status (current pages), with an English gloss, for logs and pages. */
export const RETURN_STATUS_WORDS: Readonly<
  Record<ReturnStatus, { readonly zh: string; readonly en: string }>
> = {
  [ReturnStatus.NotFilled]: {
    zh: '用户未填写退货信息',
    en: 'buyer has not filled in the return',
  },
  [ReturnStatus.PickupBooked]: {
    zh: '预约上门取件',
    en: 'courier pick-up booked',
  },
  [ReturnStatus.SelfShipped]: {
    zh: '填写自行寄回运单号',
    en: 'buyer self-shipped and typed the waybill',
  },
};
