/**
 * `waybill_info.status` of queryTrace / queryFollowTrace (reference §3.4).
 * Not the returns family's `order_status`, whose 0 means "awaiting pick-up".
 * Results say `WaybillTraceStatus | number`: a value WeChat adds later is
 * passed on as it came (values above 6 were not seen; §3.4 says tolerate them).
 */
export enum WaybillTraceStatus {
  /** 运单不存在或者未揽收: unknown to the carrier yet, or not picked up. */
  NotPickedUp = 0,
  /** 已揽件 */
  PickedUp = 1,
  /** 运输中 */
  InTransit = 2,
  /** 派件中 */
  OutForDelivery = 3,
  /** 已签收 */
  Signed = 4,
  /** 异常 */
  Exception = 5,
  /** 代签收: signed for by someone else, a locker or a station. */
  SignedByProxy = 6,
}

/** One status in WeChat's words and in English. */
export interface WaybillTraceStatusWords {
  readonly zh: string;
  readonly en: string;
}

/** WeChat's words for each status (§3.4), with an English gloss. */
export const WAYBILL_TRACE_STATUS_WORDS: Readonly<
  Record<WaybillTraceStatus, WaybillTraceStatusWords>
> = {
  [WaybillTraceStatus.NotPickedUp]: {
    zh: '运单不存在或者未揽收',
    en: 'unknown or not picked up yet',
  },
  [WaybillTraceStatus.PickedUp]: { zh: '已揽件', en: 'picked up' },
  [WaybillTraceStatus.InTransit]: { zh: '运输中', en: 'in transit' },
  [WaybillTraceStatus.OutForDelivery]: {
    zh: '派件中',
    en: 'out for delivery',
  },
  [WaybillTraceStatus.Signed]: { zh: '已签收', en: 'signed' },
  [WaybillTraceStatus.Exception]: { zh: '异常', en: 'exception' },
  [WaybillTraceStatus.SignedByProxy]: {
    zh: '代签收',
    en: 'signed by proxy',
  },
};

/**
 * The words for any status WeChat may send: a number the reference does not
 * define reads `未知状态 N` / `unknown status N` instead of failing, so a
 * page showing the status never breaks on a new value.
 */
export function waybillTraceStatusWords(
  status: number,
): WaybillTraceStatusWords {
  return (
    (
      WAYBILL_TRACE_STATUS_WORDS as Readonly<
        Record<number, WaybillTraceStatusWords>
      >
    )[status] ?? { zh: `未知状态 ${status}`, en: `unknown status ${status}` }
  );
}
