import { type WechatReply } from '../../http/wechat-reply';
import { fieldRequired, intracityError } from '../intracity-errors';
import { text } from '../intracity-fields';
import { type IntracityBook } from '../state/intracity-book';
import { type IntracityOrder } from '../state/intracity-order';

/**
 * The order a call names (§4.14–§4.16): `wx_order_id` alone, or
 * `wx_store_id` + `store_order_id` as a pair. Half a pair is 934001 naming
 * the other half (`wx_store_id` alone is the official example's slip); an
 * order that is not there is 934016.
 */
export function findOrder(
  body: Readonly<Record<string, unknown>>,
  intracity: IntracityBook,
): IntracityOrder | WechatReply {
  const wxOrderId = text(body, 'wx_order_id');
  if (wxOrderId !== undefined)
    return intracity.order(wxOrderId) ?? intracityError(934016);
  const wxStoreId = text(body, 'wx_store_id');
  const storeOrderId = text(body, 'store_order_id');
  if (wxStoreId === undefined && storeOrderId === undefined)
    return fieldRequired('wx_order_id');
  if (storeOrderId === undefined) return fieldRequired('store_order_id');
  if (wxStoreId === undefined) return fieldRequired('wx_store_id');
  const store = intracity.lookupStore(wxStoreId);
  if (typeof store === 'number') return intracityError(store);
  return intracity.order(storeOrderId, wxStoreId) ?? intracityError(934016);
}
