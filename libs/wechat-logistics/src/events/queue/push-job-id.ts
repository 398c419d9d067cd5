import { type AcceptedPathUpdate } from '../path-update-dispatcher';

/**
 * One job id per (app, delivery, waybill, version): the queue then keeps one
 * job for all the copies WeChat sends, whichever instance each reaches. Parts
 * are URI-encoded because BullMQ refuses `:` in custom ids, and `|` (encoded
 * inside a part) keeps the join unambiguous.
 */
export function pushJobId({ appId, event }: AcceptedPathUpdate): string {
  return [appId ?? '', event.deliveryId, event.waybillId, String(event.version)]
    .map(encodeURIComponent)
    .join('|');
}
