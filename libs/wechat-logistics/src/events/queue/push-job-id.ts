import {
  type AcceptedWechatEvent,
  definitionOf,
} from '../accepted-wechat-event';

/**
 * One job id per app and event dedupe key: the queue then keeps one job for
 * all the copies WeChat sends, whichever instance each reaches. A path
 * update's is (app, delivery, waybill, version), as before other events were
 * typed, so jobs queued before an upgrade keep their ids; another typed
 * event's key starts with its name. Parts are URI-encoded because BullMQ
 * refuses `:` in custom ids, and `|` (encoded inside a part) keeps the join
 * unambiguous.
 */
export function pushJobId(accepted: AcceptedWechatEvent): string {
  return [
    accepted.appId ?? '',
    ...definitionOf(accepted).dedupeKey(accepted.event).map(String),
  ]
    .map(encodeURIComponent)
    .join('|');
}
